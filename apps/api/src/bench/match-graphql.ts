import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { startTestApp, startTestDatabaseServer } from '../testing/index.js';
import { ADMIN } from '../testing/fixtures.js';
import { CHAINS, MODES, cslAchievement, loadCsl } from './csl-corpus.js';

const QUERIES = 200;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

/**
 * `pnpm bench:match` (API part): N achievements in PostgreSQL, the index loaded at start as the server
 * does, then top-10 matchesForDemand through HTTP GraphQL, beside a trivial query through the same
 * path as the baseline measured in the same run.
 */
async function main() {
  const csl = loadCsl();
  if (!csl) {
    console.log(
      'bench:match (GraphQL): ../shared/data/csl/csl-2k.jsonl not found (set SHARED_DIR); nothing measured.',
    );
    return;
  }
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const server = await startTestDatabaseServer();
  try {
    console.log(
      'size      load(ms)   rss(MB)   top-10 p50/p95/p99 (ms)        baseline p50/p95/p99 (ms)   p95 ratio',
    );
    for (const size of sizes) {
      const app = await startTestApp(server.url, { adminEmail: ADMIN.email, adminPassword: ADMIN.password });
      try {
        const em = app.orm.em.getConnection();
        const [{ id: ownerId }] = await em.execute(
          `insert into organization (id, kind, name) values (gen_random_uuid(), 'UNIVERSITY', '基准测试大学') returning id`,
        );
        const [{ id: enterpriseId }] = await em.execute(
          `insert into organization (id, kind, name) values (gen_random_uuid(), 'ENTERPRISE', '基准测试企业') returning id`,
        );
        for (let start = 0; start < size; start += 2000) {
          const rows = Array.from({ length: Math.min(2000, size - start) }, (_, offset) => {
            const item = cslAchievement(csl, start + offset);
            return [
              item.externalId,
              item.title,
              item.summary,
              item.keywords,
              CHAINS[(start + offset) % CHAINS.length],
              1 + ((start + offset) % 9),
              MODES[(start + offset) % MODES.length],
            ];
          });
          await em.execute(
            `insert into achievement (id, external_id, title, summary, keywords, industry_chain, trl, ip_type, transfer_modes, owner_id, status, published_at)
             select gen_random_uuid(), r->>0, r->>1, r->>2, array(select jsonb_array_elements_text(r->3)), (r->>4)::industry_chain, (r->>5)::smallint,
                    'INVENTION_PATENT', array[r->>6], ?, 'PUBLISHED', now()
             from jsonb_array_elements(?::jsonb) as r`,
            [ownerId, JSON.stringify(rows)],
          );
        }
        const demandIds: string[] = [];
        for (let q = 0; q < QUERIES; q++) {
          const source = csl[(q * 7919) % csl.length]!;
          const [{ id }] = await em.execute(
            `insert into demand (id, title, description, keywords, industry_chain, cooperation_modes, owner_id, status, published_at)
             values (gen_random_uuid(), ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, array['LICENSE'], ?, 'PUBLISHED', now()) returning id`,
            [
              source.title,
              source.abstract.slice(0, 120),
              JSON.stringify(source.keywords),
              CHAINS[q % CHAINS.length],
              enterpriseId,
            ],
          );
          demandIds.push(id);
        }
        global.gc?.();
        const loadStarted = performance.now();
        await app.server.services.matching.loadAll();
        const loadMs = performance.now() - loadStarted;
        global.gc?.();
        const rss = process.memoryUsage().rss / 1024 / 1024;

        const token = await app.login(ADMIN.email, ADMIN.password);
        const timed = async (query: string, variables: Record<string, unknown>) => {
          const started = performance.now();
          const result = await app.graphql(query, variables, token);
          if (result.errors) {
            throw new Error(JSON.stringify(result.errors));
          }
          return performance.now() - started;
        };
        const match =
          'query($id: ID!) { matchesForDemand(demandId: $id, first: 10) { score reasons achievement { id title } } }';
        const trivial = 'query { me { id email } }';
        for (const id of demandIds.slice(0, 20)) {
          await timed(match, { id });
          await timed(trivial, {});
        }
        const matchTimes: number[] = [];
        const baseTimes: number[] = [];
        for (const id of demandIds) {
          matchTimes.push(await timed(match, { id }));
          baseTimes.push(await timed(trivial, {}));
        }
        const m = summary(matchTimes);
        const b = summary(baseTimes);
        console.log(
          `${String(size).padEnd(8)} ${fmt(loadMs)} ${fmt(rss)}   ${fmt(m.p50)} ${fmt(m.p95)} ${fmt(m.p99)}   ${fmt(b.p50)} ${fmt(b.p95)} ${fmt(b.p99)}   ${(m.p95 / b.p95).toFixed(1)}×`,
        );
      } finally {
        await app.stop();
      }
    }
  } finally {
    await server.stop();
  }
}

await main();
