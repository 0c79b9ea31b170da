import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built server, as `pnpm start` runs it. */
export const MAIN_JS = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output(): string;
  exit: Promise<number | null>;
}

/** Starts `node dist/main.js` in production mode and waits for /healthz. */
export async function startBuiltServer(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, MAIN_JS], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
      TOKEN_SECRET: 'fault-test-secret-'.padEnd(40, 'x'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) {
      throw new Error(`server exited early:\n${output}`);
    }
    if ((await send(url, 'GET', '/healthz')).status === 200) {
      return { child, url, output: () => output, exit };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output}`);
}

export interface Sent {
  status?: number;
  body?: string;
  /** A connection-level failure (ECONNREFUSED …): no HTTP answer at all. */
  error?: string;
}

/** One request on its own connection (no keep-alive), so a server shutting down is seen plainly. */
export function send(
  url: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  token?: string,
): Promise<Sent> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      `${url}${path}`,
      {
        method,
        agent: false,
        headers: {
          connection: 'close',
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: 60_000,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: text }));
        response.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ error: error.code ?? error.message }),
        );
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.on('timeout', () => request.destroy(new Error('TIMEOUT')));
    request.end(payload);
  });
}

export const graphqlRequest = (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) => send(url, 'POST', '/graphql', { query, variables }, token);

/** Parses a GraphQL answer; undefined when the body is not JSON. */
export function parsed(
  sent: Sent,
): { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined {
  try {
    return sent.body ? JSON.parse(sent.body) : undefined;
  } catch {
    return undefined;
  }
}

/** What must never be in an answer: a stack frame, a file path, SQL text. */
export const LEAKS =
  /at\s+\S+\s+\(|\/work\/|node_modules|\.ts:\d+|\.js:\d+|select |insert |update |relation "|syntax error at|ECONNREFUSED/i;
