import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { DEMAND_INPUT } from '../testing/fixtures.js';
import {
  freePort,
  graphqlRequest,
  LEAKS,
  MAIN_JS,
  parsed,
  send,
  startBuiltServer,
  type RunningServer,
  type Sent,
} from './fault-support.js';

/**
 * Faults against the built server (`node dist/main.js`, as `pnpm start` runs it) on a PostgreSQL of
 * this file's own, which it stops and starts again: the machine's shared PostgreSQL is never touched.
 */
const ADMIN = { email: 'fault-admin@test.local', password: 'Fault-pass-2026' };
const CREATE = 'mutation($input: DemandInput!) { createDemand(input: $input) { id } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
let port: number;
let database: EmbeddedDatabase | null = null;
let server: RunningServer;
let tokens: string[] = [];
let admin: string;

const startDatabase = async () => {
  database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: true });
  return database.url;
};

async function existing(ids: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    const result = await client.query('select count(*)::int as n from demand where id = any($1::uuid[])', [
      ids,
    ]);
    return result.rows[0].n as number;
  } finally {
    await client.end();
  }
}

/** Workers writing demands until told to stop; every acknowledged id is kept. */
function writeLoad(workers: number) {
  const acknowledged: string[] = [];
  const answers: Sent[] = [];
  let running = true;
  let seq = 0;
  const loops = Array.from({ length: workers }, async (_, w) => {
    while (running) {
      const sent = await graphqlRequest(
        server.url,
        CREATE,
        { input: { ...DEMAND_INPUT, title: `故障测试需求 ${w}-${seq++}` } },
        tokens[w % tokens.length],
      );
      answers.push(sent);
      const id = parsed(sent)?.data?.createDemand?.id;
      if (id) {
        acknowledged.push(id);
      } else {
        await sleep(50);
      }
    }
  });
  return {
    acknowledged,
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe.skipIf(!existsSync(MAIN_JS))('faults (built server, own PostgreSQL)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ttp-fault-pg-'));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as its own user and must reach its folder
    port = await freePort();
    const url = await startDatabase();
    server = await startBuiltServer({
      DATABASE_URL: url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    const login = await graphqlRequest(
      server.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: ADMIN.email,
        p: ADMIN.password,
      },
    );
    admin = parsed(login)!.data.login.token;
    tokens = [];
    for (let i = 0; i < 4; i++) {
      const registered = await graphqlRequest(
        server.url,
        'mutation($input: RegisterInput!) { register(input: $input) { token } }',
        {
          input: {
            email: `fault${i}@test.local`,
            password: 'Fault-pass-2026',
            displayName: `故障${i}`,
            organizationName: `故障测试企业${i}`,
            organizationKind: 'ENTERPRISE',
          },
        },
      );
      tokens.push(parsed(registered)!.data.register.token);
    }
  }, 120_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGKILL');
    }
    await database?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('keeps introspection off in production', async () => {
    const result = parsed(await graphqlRequest(server.url, '{ __schema { types { name } } }'));
    expect(result?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('survives a PostgreSQL restart under write load: errors while down, recovery alone, nothing acknowledged lost', async () => {
    const load = writeLoad(8);
    await sleep(1500);
    const beforeRestart = load.acknowledged.length;
    expect(beforeRestart).toBeGreaterThan(10);

    await database!.stop();
    const downAt = load.answers.length;
    await sleep(3000);
    const health = await send(server.url, 'GET', '/healthz');
    expect(health.status).toBe(503);
    const whileDown = load.answers.slice(downAt);
    expect(server.child.exitCode).toBeNull();

    await startDatabase();
    const upAt = load.acknowledged.length;
    let recoveredMs = -1;
    const restarted = Date.now();
    while (Date.now() - restarted < 30_000) {
      if (
        load.acknowledged.length > upAt + 20 &&
        (await send(server.url, 'GET', '/healthz')).status === 200
      ) {
        recoveredMs = Date.now() - restarted;
        break;
      }
      await sleep(100);
    }
    await load.stop();
    console.info(
      `PostgreSQL restart: ${beforeRestart} writes acknowledged before, ${whileDown.length} answers while down, ` +
        `recovered ${recoveredMs} ms after it came back, ${load.acknowledged.length} acknowledged in all`,
    );

    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(server.child.exitCode).toBeNull();
    // While it was down: answers, not hangs or dropped connections, with a code and nothing internal.
    expect(whileDown.length).toBeGreaterThan(0);
    for (const answer of whileDown) {
      expect(answer.error).toBeUndefined();
      expect(answer.body).not.toMatch(LEAKS);
      const code = parsed(answer)?.errors?.[0]?.extensions?.code ?? (parsed(answer)?.data ? 'ok' : 'none');
      expect(['INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED', 'ok']).toContain(code);
    }
    // Every write the API acknowledged, before and after, is in the database.
    expect(await existing(load.acknowledged)).toBe(load.acknowledged.length);
    // The match index listener finds its way back too (its back-off is at most 5 s).
    for (let i = 0; i < 100 && !server.output().includes('match index listener reconnected'); i++) {
      await sleep(100);
    }
    expect(server.output()).toContain('match index listener reconnected');
  }, 90_000);

  it('finishes the requests in flight on SIGTERM under load, then exits 0', async () => {
    const load = writeLoad(6);
    const items = (batch: number) =>
      Array.from({ length: 200 }, (_, i) => ({
        externalId: `SIGTERM-${batch}-${i}`,
        title: `停机测试成果 ${batch}-${i}`,
        summary: '用于检验停机时正在处理的请求能否完成。',
        keywords: ['停机'],
        industryChain: 'OTHER',
        ipType: 'NONE',
        transferModes: ['LICENSE'],
        // One institution per batch: concurrent imports creating the same new organisation collide
        // (a unique violation in the importer, reported separately).
        institution: `停机测试大学${batch}`,
      }));
    await sleep(500);
    const imports = Array.from({ length: 4 }, (_, batch) =>
      graphqlRequest(
        server.url,
        'mutation($items: [AchievementImportInput!]!) { importAchievements(items: $items) { created errors { message } } }',
        { items: items(batch) },
        admin,
      ),
    );
    await sleep(400); // long enough for the imports to be received, even on a busy machine
    server.child.kill('SIGTERM');
    const results = await Promise.all(imports);
    await load.stop();
    const code = await server.exit;

    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(result.status, result.body).toBe(200);
      expect(parsed(result)!.data?.importAchievements, result.body).toEqual({ created: 200, errors: [] });
    }
    // Every load request either got a full, successful answer or was never accepted.
    for (const answer of load.answers) {
      if (answer.error) {
        expect(['ECONNREFUSED', 'ECONNRESET']).toContain(answer.error);
      } else {
        expect(answer.status).toBe(200);
        expect(parsed(answer)?.data?.createDemand?.id).toEqual(expect.any(String));
      }
    }
    expect(load.answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(await existing(load.acknowledged)).toBe(load.acknowledged.length);
  }, 90_000);
});
