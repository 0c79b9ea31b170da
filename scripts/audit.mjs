#!/usr/bin/env node
// `pnpm audit` (CI): fails on a high or critical advisory in production dependencies that the
// committed allow-list (audit-allowlist.json) does not cover. Only when the registry's audit
// endpoint cannot be reached does it pass, with a loud warning, since then nothing was checked.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FAILING = new Set(['high', 'critical']);
const today = new Date().toISOString().slice(0, 10);

function loadAllowList() {
  const file = path.join(root, 'audit-allowlist.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')).advisories ?? [];
  const problems = [];
  for (const entry of entries) {
    for (const field of ['id', 'package', 'reason', 'date', 'review-by']) {
      if (!entry[field]) {
        problems.push(`audit-allowlist.json: an entry lacks "${field}": ${JSON.stringify(entry)}`);
      }
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(2);
  }
  return entries;
}

function runAudit() {
  if (process.env.AUDIT_REPORT_FILE) {
    // For checking this script: a saved `pnpm audit --json` report instead of a live run.
    return { status: 1, stdout: readFileSync(process.env.AUDIT_REPORT_FILE, 'utf8'), stderr: '' };
  }
  // pnpm itself: the one running this script, else the version packageManager pins, through npx.
  const pinned = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager ?? 'pnpm';
  const execPath = process.env.npm_execpath;
  const [command, args] =
    execPath && /pnpm/.test(execPath)
      ? /\.[cm]?js$/.test(execPath)
        ? [process.execPath, [execPath]]
        : [execPath, []] // pnpm 11+ ships as a native executable
      : [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', pinned]];
  const result = spawnSync(command, [...args, 'audit', '--prod', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  if (result.error && result.error.code !== 'ETIMEDOUT') {
    console.error(`could not run pnpm audit: ${result.error.message}`);
    process.exit(2);
  }
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

// The audit endpoint is missing or unreachable (a mirror without it, no network): nothing was checked.
const UNREACHABLE =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|network|responded with (40[45]|5\d\d)/i;

function parse(stdout) {
  const start = stdout.indexOf('{');
  if (start < 0) {
    return null;
  }
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return null;
  }
}

const allowList = loadAllowList();
const run = runAudit();
const report = parse(run.stdout);
const output = `${run.stdout}\n${run.stderr}\n${run.error?.message ?? ''}`;

if (!report?.advisories) {
  if (UNREACHABLE.test(output) || run.error) {
    const bar = '!'.repeat(78);
    console.warn(`${bar}\n!! DEPENDENCY AUDIT NOT RUN: the registry's audit endpoint could not be reached.`);
    console.warn(
      `!! ${(output.match(/.*(ERR_PNPM_\w+|responded with \d+|E[A-Z]{4,}).*/)?.[0] ?? output.trim().split('\n')[0]).trim()}`,
    );
    console.warn(`!! No advisory was checked. Run \`pnpm audit\` where the registry answers.\n${bar}`);
    process.exit(0);
  }
  console.error(`pnpm audit failed and said something this script does not understand:\n${output.trim()}`);
  process.exit(2);
}

const findings = Object.values(report.advisories).filter((advisory) => FAILING.has(advisory.severity));
const allowed = [];
const failing = [];
for (const advisory of findings) {
  const ids = [String(advisory.id), advisory.github_advisory_id, advisory.url].filter(Boolean);
  const entry = allowList.find((e) => ids.includes(String(e.id)) && e.package === advisory.module_name);
  if (entry && entry['review-by'] >= today) {
    allowed.push({ advisory, entry });
  } else {
    failing.push({ advisory, expired: entry ? entry['review-by'] : null });
  }
}

for (const { advisory, entry } of allowed) {
  console.log(
    `allowed   ${advisory.severity.padEnd(8)} ${advisory.module_name} ${advisory.github_advisory_id ?? advisory.id}: ${entry.reason} (review by ${entry['review-by']})`,
  );
}
for (const { advisory, expired } of failing) {
  const paths = (advisory.findings ?? [])
    .flatMap((f) => f.paths ?? [])
    .slice(0, 3)
    .join(', ');
  console.error(
    `FAILING   ${advisory.severity.padEnd(8)} ${advisory.module_name} ${advisory.github_advisory_id ?? advisory.id}: ${advisory.title}` +
      `${paths ? ` (via ${paths})` : ''}${expired ? ` — allow-list entry expired ${expired}` : ''}\n          ${advisory.url ?? ''}`,
  );
}
const counts = report.metadata?.vulnerabilities ?? {};
console.log(
  `audit (production dependencies): ${JSON.stringify(counts)}; ${failing.length} failing, ${allowed.length} allowed`,
);
process.exit(failing.length ? 1 : 0);
