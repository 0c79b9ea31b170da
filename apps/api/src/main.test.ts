import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './testing/database.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) {
      throw new Error(`server exited early:\n${output}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      return { child, url, output: () => output, exit };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output}`);
}

const post = (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json() as Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }>);

describe.skipIf(!existsSync(main))('the production server (node dist/main.js)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: Running;

  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseServerUrl'));
    server = await start({
      DATABASE_URL: database.url,
      ADMIN_EMAIL: 'root@test.local',
      ADMIN_PASSWORD: 'Root-pass-2026',
      TOKEN_SECRET: 'x'.repeat(40),
    });
  });
  afterAll(async () => {
    server.child.kill('SIGKILL');
    await database.drop();
  });

  it('migrates, loads the demo data, then creates the administrator, in that order', async () => {
    const log = server.output();
    const order = [
      'migrations applied',
      'demo data loaded',
      'administrator account created',
      'platform ready',
    ].map((line) => log.indexOf(line));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const demo = await post(
      server.url,
      'mutation { login(email: "bureau@demo.hc-ttp.cn", password: "Demo@2026hc") { token } }',
    );
    const admin = await post(
      server.url,
      'mutation { login(email: "root@test.local", password: "Root-pass-2026") { token } }',
    );
    const me = await post(
      server.url,
      '{ me { role } achievements { totalCount } }',
      {},
      admin.data.login.token,
    );
    expect(demo.data.login.token).toEqual(expect.any(String));
    expect(me.data.me.role).toBe('BUREAU');
    expect(me.data.achievements.totalCount).toBeGreaterThanOrEqual(20);
  });

  it('keeps introspection off in production', async () => {
    const result = await post(server.url, '{ __schema { types { name } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('finishes a request in flight on SIGTERM, then exits 0', async () => {
    const admin = await post(
      server.url,
      'mutation { login(email: "root@test.local", password: "Root-pass-2026") { token } }',
    );
    const items = Array.from({ length: 300 }, (_, i) => ({
      externalId: `SIGTERM-${i}`,
      title: `停机测试成果${i}`,
      summary: '用于检验停机时正在处理的请求能否完成。',
      keywords: ['停机'],
      industryChain: 'OTHER',
      ipType: 'NONE',
      transferModes: ['LICENSE'],
      institution: '停机测试大学',
    }));
    const inFlight = post(
      server.url,
      'mutation($items: [AchievementImportInput!]!) { importAchievements(items: $items) { created errors { message } } }',
      { items },
      admin.data.login.token,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.child.kill('SIGTERM');
    const result = await inFlight;
    expect(result.data.importAchievements).toEqual({ created: 300, errors: [] });
    expect(await server.exit).toBe(0);
  });
});
