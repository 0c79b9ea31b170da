import 'reflect-metadata';
import autocannon from 'autocannon';
import { createTestDatabase, startTestDatabaseServer } from '../testing/database.js';
import { graphqlRequest, parsed, startBuiltServer } from '../hardening/fault-support.js';
import { CHAINS, MODES, cslAchievement, loadCsl, type CslAbstract } from './csl-corpus.js';

/**
 * `pnpm bench:load`: the built server (a child process, default budgets) on a fresh database with
 * 10,000 achievements bulk-imported, then USERS distinct accounts for DURATION seconds, each making
 * one request a second (autocannon's connectionRate: a 1 s think time; the accounts out of phase,
 * BENCH_BURST=1 for all at once) through a mix of reads
 * (listing pages, matchesForDemand on their own demand, a keyword search) and writes (create and
 * submit a demand). Prints throughput, latency percentiles for reads and writes apart, errors,
 * 5xx and RATE_LIMITED, and per operation its latency beside the same request made alone in the
 * same run (the baseline); BENCH_PROFILE=<dir> writes the server's CPU profile; exits non-zero when a target is missed (no 5xx, no RATE_LIMITED, read p95 ≤ 150 ms).
 */
const USERS = Number(process.env.BENCH_USERS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 60);
const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const READ_P95_TARGET_MS = 150;
const ADMIN = { email: 'bench-admin@test.local', password: 'Bench-pass-2026' };

const SYLLABLES =
  '新型复合材料制备方法智能检测系统油茶精深加工中药材种植装配式建筑显示面板电子浆料储能电池数控机床远程医疗数字乡村生态修复'.split(
    '',
  );
function syntheticCorpus(): CslAbstract[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const phrase = (n: number) =>
    Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  return Array.from({ length: 2000 }, (_, i) => ({
    id: `SYN${i}`,
    title: `${phrase(12)}的研究`,
    abstract: Array.from({ length: 6 }, () => `${phrase(40)}。`).join(''),
    keywords: [phrase(4), phrase(4), phrase(3)],
    category: '工学',
  }));
}

const LISTING_FIELDS =
  'id title summary keywords industryChain trl transferModes askingPriceWan status organization { id name }';
const DEMAND_FIELDS =
  'id title description keywords industryChain minTrl budgetWan status organization { id name }';
const QUERIES = {
  achievements: `query Achievements($first: Int!, $filter: ListingFilter) { achievements(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTING_FIELDS} } } } }`,
  demands: `query Demands($first: Int!) { demands(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${DEMAND_FIELDS} } } } }`,
  matches:
    'query Matches($id: ID!) { matchesForDemand(demandId: $id, first: 10) { score reasons achievement { id title industryChain trl } } }',
  create: 'mutation CreateDemand($input: DemandInput!) { createDemand(input: $input) { id status } }',
  submit: 'mutation SubmitDemand($id: ID!) { submitDemand(id: $id) { id status } }',
};

interface Context {
  token?: string;
  demandId?: string;
  createdId?: string;
  kind?: 'read' | 'write';
  label?: string;
}

const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? NaN };
};

async function main() {
  let corpus = loadCsl();
  if (!corpus) {
    console.log(
      'bench:load: ../shared/data/csl/csl-2k.jsonl not found (set SHARED_DIR); using synthetic Chinese text instead.',
    );
    corpus = syntheticCorpus();
  }
  const databaseServer = await startTestDatabaseServer();
  const database = await createTestDatabase(databaseServer.url);
  // BENCH_PROFILE=<folder>: the server writes a V8 CPU profile there when it exits (open it in
  // Chrome's DevTools or speedscope) — where a request's time goes under this load.
  const profileDir = process.env.BENCH_PROFILE;
  const server = await startBuiltServer(
    {
      DATABASE_URL: database.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    },
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  try {
    const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const answer = parsed(await graphqlRequest(server.url, query, variables, token));
      if (!answer?.data || answer.errors) {
        throw new Error(`set-up request failed: ${JSON.stringify(answer?.errors ?? answer)}`);
      }
      return answer.data;
    };
    const admin = (
      await call('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: ADMIN.email,
        p: ADMIN.password,
      })
    ).login.token as string;

    let started = Date.now();
    for (let start = 0; start < LISTINGS; start += 500) {
      const items = Array.from({ length: Math.min(500, LISTINGS - start) }, (_, offset) => {
        const index = start + offset;
        const item = cslAchievement(corpus!, index);
        return {
          ...item,
          summary: item.summary.slice(0, 5000),
          industryChain: CHAINS[index % CHAINS.length],
          trl: 1 + (index % 9),
          ipType: 'INVENTION_PATENT',
          transferModes: [MODES[index % MODES.length]],
          askingPriceWan: 20 + (index % 50) * 10,
          institution: `基准测试大学${index % 40}`,
        };
      });
      const result = await call(
        'mutation($items: [AchievementImportInput!]!) { importAchievements(items: $items) { created errors { index message } } }',
        { items },
        admin,
      );
      if (result.importAchievements.errors.length) {
        throw new Error(`import errors: ${JSON.stringify(result.importAchievements.errors.slice(0, 3))}`);
      }
    }
    console.log(`imported ${LISTINGS} achievements in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    started = Date.now();
    const users: { token: string; demandId: string }[] = [];
    for (let i = 0; i < USERS; i++) {
      const token = (
        await call('mutation($input: RegisterInput!) { register(input: $input) { token } }', {
          input: {
            email: `bench${i}@test.local`,
            password: 'Bench-pass-2026',
            displayName: `用户${i}`,
            organizationName: `基准测试企业${i}`,
            organizationKind: 'ENTERPRISE',
          },
        })
      ).register.token as string;
      const source = corpus[(i * 7919) % corpus.length]!;
      const demand = await call(QUERIES.create, { input: demandInput(source, i) }, token);
      users.push({ token, demandId: demand.createDemand.id });
    }
    console.log(
      `registered ${USERS} accounts with a demand each in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    let seq = 0;
    // Baseline in the same run: each read alone (one account, one request at a time, 20 times, the first
    // two not counted: they open the connection).
    const baselineBodies: Record<string, () => string> = {
      'achievements page': () => JSON.stringify({ query: QUERIES.achievements, variables: { first: 20 } }),
      matchesForDemand: () =>
        JSON.stringify({ query: QUERIES.matches, variables: { id: users[0]!.demandId } }),
      'demands page': () => JSON.stringify({ query: QUERIES.demands, variables: { first: 20 } }),
      'text search': () =>
        JSON.stringify({
          query: QUERIES.achievements,
          variables: { first: 20, filter: { text: corpus![(seq += 13) % corpus!.length]!.keywords[0] } },
        }),
    };
    const alone: Record<string, number> = {};
    for (const [label, make] of Object.entries(baselineBodies)) {
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        const at = performance.now();
        // fetch keeps its connection open, as autocannon's clients do.
        const answer = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${users[0]!.token}` },
          body: make(),
        });
        await answer.json();
        samples.push(performance.now() - at);
      }
      alone[label] = percentiles(samples.slice(2)).p50;
    }

    let nextUser = 0;
    const counts = { requests: 0, errors: 0, rateLimited: 0, fiveXx: 0, non2xx: 0 };
    const latency = { read: [] as number[], write: [] as number[] };
    const byLabel: Record<string, number[]> = {};
    const errorSamples = new Set<string>();
    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const request =
      (user: (typeof users)[number] | null) =>
      (kind: 'read' | 'write', label: string, build: (context: Context) => string | null) => ({
        method: 'POST' as const,
        path: '/graphql',
        setupRequest: (req: any, context: Context) => {
          if (!context.token) {
            const assigned = user ?? users[nextUser++ % users.length]!;
            context.token = assigned.token;
            context.demandId = assigned.demandId;
          }
          const built = build(context);
          return {
            ...req,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${context.token}` },
            body: built ?? body(QUERIES.matches, { id: context.demandId }),
          };
        },
        onResponse: (status: number, text: string, context: Context) => {
          context.kind = kind;
          context.label = label;
          counts.requests++;
          if (status >= 500) {
            counts.fiveXx++;
          }
          if (status < 200 || status >= 300) {
            counts.non2xx++;
          }
          let answer: any;
          try {
            answer = JSON.parse(text);
          } catch {
            answer = null;
          }
          const errors: { extensions?: { code?: string }; message?: string }[] =
            answer?.errors ?? (answer ? [] : [{ message: text.slice(0, 100) }]);
          if (errors.length) {
            counts.errors++;
            if (errors.some((e) => e.extensions?.code === 'RATE_LIMITED')) {
              counts.rateLimited++;
            }
            if (errorSamples.size < 5) {
              errorSamples.add(`${errors[0]?.extensions?.code ?? status}: ${errors[0]?.message ?? ''}`);
            }
          }
          const created = answer?.data?.createDemand?.id;
          if (created) {
            context.createdId = created;
          }
        },
      });

    /** The mix each account cycles through: four reads, two writes. */
    const requests = (user: (typeof users)[number] | null) => {
      const of = request(user);
      return [
        of('read', 'achievements page', () => body(QUERIES.achievements, { first: 20 })),
        of('read', 'matchesForDemand', (c) => body(QUERIES.matches, { id: c.demandId })),
        of('read', 'demands page', () => body(QUERIES.demands, { first: 20 })),
        of('write', 'createDemand', () =>
          body(QUERIES.create, { input: demandInput(corpus![seq++ % corpus!.length]!, seq) }),
        ),
        of('read', 'text search', () =>
          body(QUERIES.achievements, {
            first: 20,
            filter: { text: corpus![seq++ % corpus!.length]!.keywords[0] },
          }),
        ),
        of('write', 'submitDemand', (c) => (c.createdId ? body(QUERIES.submit, { id: c.createdId }) : null)),
      ];
    };

    // One autocannon client per account, started 1/USERS s apart: each sends a request a second
    // (its think time), and the accounts are out of phase as real users are. A single client with
    // USERS connections fires all of them in the same millisecond every second, which measures a
    // burst of USERS simultaneous requests queueing on one thread, not 50 people at work
    // (BENCH_BURST=1 measures that worst case).
    const burst = process.env.BENCH_BURST === '1';
    const runs = (burst ? [null] : users).map(
      (user, i) =>
        new Promise<autocannon.Result>((resolve, reject) =>
          setTimeout(
            () => {
              const instance = autocannon(
                {
                  url: server.url,
                  connections: burst ? USERS : 1,
                  connectionRate: 1,
                  duration: DURATION,
                  timeout: 10,
                  requests: requests(user),
                },
                (error, result) => (error ? reject(error) : resolve(result)),
              );
              instance.on('response', (client: any, _status: number, _bytes: number, ms: number) => {
                const context = client.requestIterator.context as Context;
                latency[context.kind ?? 'read'].push(ms);
                (byLabel[context.label ?? '?'] ??= []).push(ms);
              });
            },
            (i * 1000) / USERS,
          ),
        ),
    );
    const results = await Promise.all(runs);
    const result = {
      requests: { total: results.reduce((sum, r) => sum + r.requests.total, 0) },
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    };

    const reads = percentiles(latency.read);
    const writes = percentiles(latency.write);
    const fmt = (ms: number) => ms.toFixed(1).padStart(8);
    console.log(
      `\nbench:load — ${USERS} accounts, 1 request/s each (${burst ? 'all at once: BENCH_BURST' : 'out of phase'}), ${DURATION} s, ${LISTINGS} achievements, store: ${process.env.REDIS_URL ? 'redis' : 'memory'}`,
    );
    console.log('kind      requests   p50 (ms)   p95 (ms)   p99 (ms)   max (ms)');
    console.log(
      `reads   ${String(reads.n).padStart(10)} ${fmt(reads.p50)}   ${fmt(reads.p95)}   ${fmt(reads.p99)}   ${fmt(reads.max)}`,
    );
    console.log(
      `writes  ${String(writes.n).padStart(10)} ${fmt(writes.p50)}   ${fmt(writes.p95)}   ${fmt(writes.p99)}   ${fmt(writes.max)}`,
    );
    console.log(
      `throughput ${(result.requests.total / DURATION).toFixed(1)} req/s (${result.requests.total} in all) · ` +
        `errors ${counts.errors} · non-2xx ${counts.non2xx} · 5xx ${counts.fiveXx} · RATE_LIMITED ${counts.rateLimited} · ` +
        `timeouts ${result.timeouts} · connection errors ${result.errors}`,
    );
    for (const [label, samples] of Object.entries(byLabel)) {
      const p = percentiles(samples);
      const base = alone[label];
      console.log(
        `  ${label.padEnd(18)} n ${String(samples.length).padStart(5)}  p50 ${fmt(p.p50)}  p95 ${fmt(p.p95)}` +
          (base ? `  alone p50 ${fmt(base)}  loaded/alone p50 ×${(p.p50 / base).toFixed(1)}` : ''),
      );
    }
    if (errorSamples.size) {
      console.log(`error samples: ${[...errorSamples].join(' | ')}`);
    }
    const missed = [
      counts.fiveXx > 0 && `${counts.fiveXx} 5xx`,
      counts.rateLimited > 0 && `${counts.rateLimited} RATE_LIMITED`,
      reads.p95 > READ_P95_TARGET_MS && `read p95 ${reads.p95.toFixed(1)} ms > ${READ_P95_TARGET_MS} ms`,
      result.errors + result.timeouts > 0 && `${result.errors + result.timeouts} connection errors/timeouts`,
    ].filter(Boolean);
    console.log(
      missed.length
        ? `TARGETS MISSED: ${missed.join(', ')}`
        : 'targets met: no 5xx, no RATE_LIMITED, read p95 ≤ 150 ms',
    );
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    server.child.kill('SIGTERM');
    await server.exit;
    await database.drop();
    await databaseServer.stop();
  }
}

function demandInput(source: CslAbstract, i: number) {
  return {
    title: source.title.slice(0, 200),
    description: source.abstract.slice(0, 300),
    keywords: source.keywords.slice(0, 5),
    industryChain: CHAINS[i % CHAINS.length],
    minTrl: 1 + (i % 6),
    budgetWan: 50 + (i % 10) * 20,
    cooperationModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
    deadline: '2027-12-31',
    contactName: '王经理',
    contactPhone: '13900000000',
    contactEmail: 'bench@factory.test',
  };
}

await main();
