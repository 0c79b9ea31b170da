import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@ttp/api/testing';
import pg from 'pg';

export const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const serverEntry = path.join(repoRoot, 'apps/api/dist/main.js');
const portalIndex = path.join(repoRoot, 'apps/portal/dist/index.html');

export const ADMIN = { email: 'admin@e2e.test', password: 'Admin@e2e-2026' };

export interface RunningPlatform {
  url: string;
  /** The server's output so far, for failure messages. */
  log(): string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
  login(email: string, password: string): Promise<string>;
  /**
   * Runs SQL on the platform's database. Only for what a browser test cannot wait for (a deadline
   * or a public-notice period passing); everything a user does goes through the portal.
   */
  sql(text: string, params?: unknown[]): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with ${child.exitCode} before it was healthy:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not healthy within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the real production server (`node apps/api/dist/main.js`, serving the built portal) on a fresh
 * database of the given server, with a bureau administrator; SIGTERM on stop.
 */
export async function startPlatform(
  databaseServerUrl: string,
  options: { seedDemo?: boolean } = {},
): Promise<RunningPlatform> {
  for (const [file, what] of [
    [serverEntry, 'the API'],
    [portalIndex, 'the portal'],
  ] as const) {
    if (!existsSync(file)) {
      throw new Error(
        `${what} is not built (${path.relative(repoRoot, file)} is missing): run \`pnpm build\` first`,
      );
    }
  }
  const database = await createTestDatabase(databaseServerUrl);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ttp-e2e-'));
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      SEED_DEMO: options.seedDemo ? 'true' : 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const log = () => output.join('').slice(-4000);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await database.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }

  const graphql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
      throw new Error(
        `GraphQL error: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`,
      );
    }
    return body.data as T;
  };
  const login = async (email: string, password: string) => {
    const data = await graphql<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    return data.login.token;
  };
  const sql = async (text: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(text, params);
    } finally {
      await client.end();
    }
  };
  return { url, log, graphql, login, sql, stop };
}
