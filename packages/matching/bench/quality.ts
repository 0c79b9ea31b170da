import { type AchievementDoc, type DemandDoc, type MatchHit, MatchEngine } from '../src/index.js';
import { PlainBm25 } from './bm25.js';
import { dataFile, loadCsl, loadExampleSet, titleDemand } from './data.js';
import { type QueryScores, type Qrels, bootstrap, evaluate, mean } from './metrics.js';

interface TrackResult {
  name: string;
  engine: QueryScores[];
  bm25: QueryScores[];
}

const TODAY = '2026-01-01';

function firstSentence(text: string): string {
  return text.match(/^[^。！？!?]*[。！？!?]?/)?.[0] ?? text;
}

function track(
  name: string,
  queries: { id: string; run: () => MatchHit[]; bm25: () => string[] }[],
  qrels: Qrels,
): TrackResult {
  const result: TrackResult = { name, engine: [], bm25: [] };
  for (const query of queries) {
    const judged = qrels[query.id]!;
    result.engine.push(
      evaluate(
        query.run().map((hit) => hit.id),
        judged,
      ),
    );
    result.bm25.push(evaluate(query.bm25(), judged));
  }
  return result;
}

function fmt(value: number): string {
  return value.toFixed(3);
}

function printTable(results: TrackResult[]): void {
  console.log(
    '| track | n | nDCG@10 engine [95% CI] | nDCG@10 BM25 [95% CI] | Δ nDCG [95% CI] | recall@10 eng / BM25 | MRR eng / BM25 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, engine, bm25 } of results) {
    const e = engine.map((s) => s.ndcg);
    const b = bm25.map((s) => s.ndcg);
    const d = e.map((v, i) => v - b[i]!);
    const ci = (values: number[]) => bootstrap(values).map(fmt).join(', ');
    console.log(
      `| ${name} | ${e.length} | ${fmt(mean(e))} [${ci(e)}] | ${fmt(mean(b))} [${ci(b)}] | ${d[0] === undefined ? '' : (mean(d) >= 0 ? '+' : '') + fmt(mean(d))} [${ci(d)}] | ${fmt(mean(engine.map((s) => s.recall)))} / ${fmt(mean(bm25.map((s) => s.recall)))} | ${fmt(mean(engine.map((s) => s.mrr)))} / ${fmt(mean(bm25.map((s) => s.mrr)))} |`,
    );
  }
}

function bm25Over<T>(docs: T[], id: (doc: T) => string, text: (doc: T) => string): PlainBm25 {
  const index = new PlainBm25();
  docs.forEach((doc) => index.add(id(doc), text(doc)));
  return index;
}

const achievementText = (a: AchievementDoc) => PlainBm25.text(a.title, a.keywords, a.summary);
const demandText = (d: DemandDoc) => PlainBm25.text(d.title, d.keywords, d.description);

function main(): void {
  const examplePath = dataFile('example/example-set.json');
  const cslPath = dataFile('csl/csl-2k.jsonl');
  if (!examplePath && !cslPath) {
    console.log('Shared data not found (../shared/data beside the repository): nothing to measure.');
    return;
  }
  const results: TrackResult[] = [];
  if (examplePath) {
    const set = loadExampleSet(examplePath);
    const engine = new MatchEngine();
    engine.loadAchievements(set.achievements);
    engine.loadDemands(set.demands);
    const achievementsBm25 = bm25Over(set.achievements, (a) => a.id, achievementText);
    const demandsBm25 = bm25Over(set.demands, (d) => d.id, demandText);
    const labelled = set.demands.filter((d) => set.qrels[d.id]);
    results.push(
      track(
        'full',
        labelled.map((d) => ({
          id: d.id,
          run: () => engine.matchesForDemand(d, { first: 10, today: TODAY }),
          bm25: () => achievementsBm25.search(demandText(d)).map((hit) => hit.id),
        })),
        set.qrels,
      ),
    );
    const terse = labelled.map((d) => ({ ...d, description: firstSentence(d.description), keywords: [] }));
    results.push(
      track(
        'terse',
        terse.map((d) => ({
          id: d.id,
          run: () => engine.matchesForDemand(d, { first: 10, today: TODAY }),
          bm25: () => achievementsBm25.search(demandText(d)).map((hit) => hit.id),
        })),
        set.qrels,
      ),
    );
    const reverse: Qrels = {};
    for (const [demand, judged] of Object.entries(set.qrels)) {
      for (const [achievement, grade] of Object.entries(judged)) {
        (reverse[achievement] ??= {})[demand] = grade;
      }
    }
    const byId = new Map(set.achievements.map((a) => [a.id, a]));
    results.push(
      track(
        'reverse',
        Object.keys(reverse)
          .sort()
          .map((id) => ({
            id,
            run: () => engine.matchesForAchievement(byId.get(id)!, { first: 10, today: TODAY }),
            bm25: () => demandsBm25.search(achievementText(byId.get(id)!)).map((hit) => hit.id),
          })),
        reverse,
      ),
    );
    calibrationReport(engine, set.demands, set.qrels);
  } else {
    console.log('example-set.json not found: full, terse and reverse tracks skipped.');
  }
  if (cslPath) {
    const records = loadCsl(cslPath);
    const engine = new MatchEngine();
    engine.loadAchievements(
      records.map((r) => ({
        id: r.id,
        title: '',
        summary: r.abstract,
        keywords: [],
        industryChain: 'OTHER',
        trl: null,
        transferModes: [],
        askingPriceWan: null,
      })),
    );
    const bm25 = bm25Over(
      records,
      (r) => r.id,
      (r) => PlainBm25.text('', [], r.abstract),
    );
    const qrels: Qrels = Object.fromEntries(records.map((r) => [r.id, { [r.id]: 1 }]));
    results.push(
      track(
        'CSL title→abstract',
        records.map((r) => ({
          id: r.id,
          run: () => engine.matchesForDemand(titleDemand(`q-${r.id}`, r.title), { first: 10 }),
          bm25: () => bm25.search(PlainBm25.text(r.title, [], '')).map((hit) => hit.id),
        })),
        qrels,
      ),
    );
  } else {
    console.log('csl-2k.jsonl not found: CSL track skipped.');
  }
  console.log('');
  printTable(results);
  printHalves(results);
}

/**
 * nDCG@10 on two fixed halves of each track (even and odd query positions), to design a change on
 * one half and check that it also helps the other: a change that helps one only fits items.
 */
function printHalves(results: TrackResult[]): void {
  console.log('');
  console.log('| track | half A engine / BM25 | half B engine / BM25 |');
  console.log('| --- | --- | --- |');
  for (const { name, engine, bm25 } of results) {
    const half = (scores: QueryScores[], parity: number) =>
      fmt(mean(scores.filter((_, i) => i % 2 === parity).map((s) => s.ndcg)));
    console.log(
      `| ${name} | ${half(engine, 0)} / ${half(bm25, 0)} | ${half(engine, 1)} / ${half(bm25, 1)} |`,
    );
  }
}

/** Top-hit scores of answerable against unanswerable demands, and the scores of each grade. */
function calibrationReport(engine: MatchEngine, demands: DemandDoc[], qrels: Qrels): void {
  const answerable: number[] = [];
  const unanswerable: number[] = [];
  const byGrade: Record<string, number[]> = { '2': [], '1': [], '0': [] };
  for (const demand of demands) {
    const hits = engine.matchesForDemand(demand, { first: 10, today: TODAY });
    const top = hits[0]?.score ?? 0;
    const judged = qrels[demand.id];
    if (judged) {
      answerable.push(top);
      hits.forEach((hit) => byGrade[String(judged[hit.id] ?? 0)]!.push(hit.score));
    } else {
      unanswerable.push(top);
    }
  }
  const share = (values: number[], threshold: number) =>
    values.filter((v) => v >= threshold).length / values.length;
  console.log('Calibration (full demands → achievements, top-10 scores):');
  console.log(`  top hit, answerable demands (${answerable.length}): mean ${mean(answerable).toFixed(1)}`);
  console.log(
    `  top hit, unanswerable demands (${unanswerable.length}): mean ${mean(unanswerable).toFixed(1)}`,
  );
  console.log(
    `  demands whose top hit ≥ 60: answerable ${(100 * share(answerable, 60)).toFixed(0)} %, unanswerable ${(100 * share(unanswerable, 60)).toFixed(0)} %`,
  );
  for (const grade of ['2', '1', '0']) {
    const values = byGrade[grade]!;
    console.log(`  grade ${grade} hits in top 10: n ${values.length}, mean score ${mean(values).toFixed(1)}`);
  }
  // Short queries must not score higher than full ones: the same demands, terse.
  const terseTop = (answerableSide: boolean) =>
    demands
      .filter((demand) => Boolean(qrels[demand.id]) === answerableSide)
      .map(
        (demand) =>
          engine.matchesForDemand(
            { ...demand, description: firstSentence(demand.description), keywords: [] },
            { first: 1, today: TODAY },
          )[0]?.score ?? 0,
      );
  const terseYes = terseTop(true);
  const terseNo = terseTop(false);
  console.log(
    `  terse demands, top hit: answerable mean ${mean(terseYes).toFixed(1)} (≥ 60: ${(100 * share(terseYes, 60)).toFixed(0)} %), unanswerable mean ${mean(terseNo).toFixed(1)} (≥ 60: ${(100 * share(terseNo, 60)).toFixed(0)} %)`,
  );
  // The same halves as the tracks (even / odd positions among answerable, and among unanswerable,
  // demands): a calibration change must separate them better on both.
  for (const [name, parity] of [
    ['A', 0],
    ['B', 1],
  ] as const) {
    const yes = share(
      answerable.filter((_, i) => i % 2 === parity),
      60,
    );
    const no = share(
      unanswerable.filter((_, i) => i % 2 === parity),
      60,
    );
    console.log(
      `  half ${name}, top hit ≥ 60: answerable ${(100 * yes).toFixed(0)} %, unanswerable ${(100 * no).toFixed(0)} %, separation ${(100 * (yes - no)).toFixed(0)} points`,
    );
  }
}

main();
