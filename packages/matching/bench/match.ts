import { type AchievementDoc, type DemandDoc, MatchEngine } from '../src/index.js';
import { PlainBm25 } from './bm25.js';
import { type CslRecord, cslCopy, dataFile, loadCsl, sentences } from './data.js';

/** `tsx --expose-gc bench/match.ts [--sizes 10000,100000] [--queries 300]` */
function args(): { sizes: number[]; queries: number } {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '10000,100000').split(',').map(Number),
    queries: Number(value('--queries') ?? 300),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

function rssMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Listings spread over six chains, TRL 1–9 and four modes, as a real library is (and as the GraphQL
// benchmark's are): the fit factors then differ between listings, which loosens the pruning's bound.
const CHAINS = [
  'ADVANCED_MANUFACTURING',
  'ELECTRONIC_MATERIALS',
  'MODERN_AGRICULTURE',
  'HEALTHCARE',
  'DIGITAL_ECONOMY',
  'NEW_ENERGY',
];
const MODES = ['ASSIGNMENT', 'LICENSE', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'] as const;

function withFit(doc: AchievementDoc, n: number): AchievementDoc {
  return {
    ...doc,
    industryChain: CHAINS[n % CHAINS.length]!,
    trl: 1 + (n % 9),
    transferModes: [MODES[n % 4]!],
  };
}

/** A demand from a CSL record: its title and first two sentences, in one of the chains, by licence. */
function demandOf(record: CslRecord, n: number): DemandDoc {
  return {
    id: `q-${n}`,
    title: record.title,
    description: sentences(record.abstract).slice(0, 2).join(''),
    keywords: record.keywords.slice(0, 4),
    industryChain: CHAINS[n % CHAINS.length]!,
    minTrl: null,
    budgetWan: null,
    cooperationModes: ['LICENSE'],
    deadline: null,
  };
}

function timeQueries(run: (i: number) => void, count: number): number[] {
  for (let i = 0; i < 20; i++) {
    run(i);
  }
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function main(): void {
  const path = dataFile('csl/csl-2k.jsonl');
  if (!path) {
    console.log('csl-2k.jsonl not found (../shared/data beside the repository): nothing to measure.');
    return;
  }
  if (!gc) {
    console.log('(run with --expose-gc for RSS after gc; figures below are without a forced gc)');
  }
  const { sizes, queries } = args();
  const records = loadCsl(path);
  const rows: string[] = [];
  for (const size of sizes) {
    const docs: AchievementDoc[] = [];
    for (let n = 0; n < size; n++) {
      docs.push(withFit(cslCopy(records, n % records.length, Math.floor(n / records.length)), n));
    }
    const demands = Array.from({ length: queries }, (_, i) =>
      demandOf(records[(i * 7919) % records.length]!, i),
    );
    const before = rssMb();
    let start = performance.now();
    const engine = new MatchEngine();
    engine.loadAchievements(docs);
    const build = (performance.now() - start) / 1000;
    const rss = rssMb();
    start = performance.now();
    engine.upsertAchievement({ ...docs[0]!, id: 'incremental-upsert' });
    const upsertMs = performance.now() - start;
    const engineTimes = timeQueries(
      (i) => engine.matchesForDemand(demands[i % queries]!, { first: 10 }),
      queries,
    );

    start = performance.now();
    const bm25 = new PlainBm25();
    docs.forEach((doc) => bm25.add(doc.id, PlainBm25.text(doc.title, doc.keywords, doc.summary)));
    const bm25Build = (performance.now() - start) / 1000;
    const bm25Times = timeQueries((i) => {
      const d = demands[i % queries]!;
      bm25.search(PlainBm25.text(d.title, d.keywords, d.description), 10);
    }, queries);
    const p = (times: number[], q: number) => percentile(times, q).toFixed(2);
    rows.push(
      `| ${size} | engine | ${build.toFixed(1)} | ${p(engineTimes, 50)} | ${p(engineTimes, 95)} | ${p(engineTimes, 99)} | ${(rss - before).toFixed(0)} (total ${rss.toFixed(0)}) | upsert ${upsertMs.toFixed(1)} ms |`,
      `| ${size} | plain BM25 | ${bm25Build.toFixed(1)} | ${p(bm25Times, 50)} | ${p(bm25Times, 95)} | ${p(bm25Times, 99)} | | |`,
      `| ${size} | ratio engine/BM25 | ${(build / bm25Build).toFixed(2)} | ${(percentile(engineTimes, 50) / percentile(bm25Times, 50)).toFixed(2)} | ${(percentile(engineTimes, 95) / percentile(bm25Times, 95)).toFixed(2)} | ${(percentile(engineTimes, 99) / percentile(bm25Times, 99)).toFixed(2)} | | |`,
    );
    console.log(`${size}: done`);
  }
  console.log('');
  console.log(
    '| achievements | system | build s | p50 ms | p95 ms | p99 ms | RSS MB after gc (index) | notes |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((row) => console.log(row));
}

main();
