import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MatchEngine } from '../src/index.js';
import { PlainBm25 } from './bm25.js';
import { titleDemand } from './data.js';
import { bootstrap, evaluate, mean } from './metrics.js';

/**
 * `pnpm bench:pairs`: a second, larger test bed, written by the thesaurus writers (see README, Growing
 * the thesaurus) and not by anyone tuning the engine. Each block of `bench/pairs/<writer>.fresh.txt`
 * (round 4's fresh sets), `.blind.txt` (round 5's first sets, written before its edits) and
 * `.blind2.txt` (round 5's last sets, never used for fixing) is a need as an enterprise types it (`D:`)
 * and the result titles that answer it (`A:`); the `.fixing.txt` and `.negatives.txt` blocks (results
 * on the same topics, and results sharing a need's setting but not its problem) only fill the pool. Every need is searched among every result title of every file,
 * titles only on both sides (a terse regime, harder than the example set's full listings), beside the
 * same plain BM25 as `bench:quality`.
 */
const DIR = fileURLToPath(new URL('./pairs/', import.meta.url));

interface Block {
  need: string;
  results: string[];
}

function blocks(path: string): Block[] {
  const out: Block[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('D:')) {
      out.push({ need: line.slice(2).trim(), results: [] });
    } else if (line.startsWith('A:') && out.length > 0) {
      out[out.length - 1]!.results.push(line.slice(2).trim());
    }
  }
  return out;
}

function main(): void {
  const files = readdirSync(DIR).filter((file) => file.endsWith('.txt'));
  const ids = new Map<string, string>();
  const queries: { set: string; need: string; judged: Record<string, number> }[] = [];
  const idOf = (title: string) => {
    let id = ids.get(title);
    if (id === undefined) {
      id = `r${ids.size}`;
      ids.set(title, id);
    }
    return id;
  };
  for (const file of files.sort()) {
    for (const block of blocks(`${DIR}${file}`)) {
      const judged = Object.fromEntries(block.results.map((title) => [idOf(title), 1]));
      if (!/\.(fixing|negatives)\.txt$/.test(file)) {
        queries.push({ set: file.replace('.txt', ''), need: block.need, judged });
      }
    }
  }
  const engine = new MatchEngine();
  engine.loadAchievements(
    [...ids].map(([title, id]) => ({
      id,
      title,
      summary: '',
      keywords: [],
      industryChain: 'OTHER',
      trl: null,
      transferModes: [],
      askingPriceWan: null,
    })),
  );
  const bm25 = new PlainBm25();
  ids.forEach((id, title) => bm25.add(id, PlainBm25.text(title, [], '')));
  const rows = queries.map((query) => {
    const ranked = engine
      .matchesForDemand(titleDemand('need', query.need), { first: 10 })
      .map((hit) => hit.id);
    const plain = bm25.search(PlainBm25.text(query.need, [], ''), 10).map((hit) => hit.id);
    return { set: query.set, engine: evaluate(ranked, query.judged), bm25: evaluate(plain, query.judged) };
  });
  const line = (label: string, of: typeof rows) => {
    const e = of.map((row) => row.engine.ndcg);
    const b = of.map((row) => row.bm25.ndcg);
    const [lo, hi] = bootstrap(e.map((value, i) => value - b[i]!));
    const mrr = (pick: (row: (typeof rows)[number]) => number) => mean(of.map(pick)).toFixed(3);
    return `| ${label} | ${of.length} | ${mean(e).toFixed(3)} | ${mean(b).toFixed(3)} | ${mean(e) - mean(b) >= 0 ? '+' : ''}${(mean(e) - mean(b)).toFixed(3)} [${lo.toFixed(3)}, ${hi.toFixed(3)}] | ${mrr((row) => row.engine.mrr)} / ${mrr((row) => row.bm25.mrr)} |`;
  };
  console.log(`${ids.size} result titles, ${queries.length} needs\n`);
  console.log('| needs | n | nDCG@10 engine | BM25 | Δ [95% CI] | MRR engine / BM25 |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(line('all', rows));
  for (const set of [...new Set(rows.map((row) => row.set))]) {
    console.log(
      line(
        set,
        rows.filter((row) => row.set === set),
      ),
    );
  }
}

main();
