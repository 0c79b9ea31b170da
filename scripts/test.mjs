#!/usr/bin/env node
// Runs every test project once and ends with the plain closing line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, '.turbo', 'test-report.json');
mkdirSync(path.dirname(report), { recursive: true });
rmSync(report, { force: true });

const started = Date.now();
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);

if (!existsSync(report)) {
  console.log(`\nThe test run ended before reporting (exit ${run.status ?? run.signal}).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const result = JSON.parse(readFileSync(report, 'utf8'));
const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
const failedSuites = (result.testResults ?? []).filter(
  (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
).length;
const failed = result.numFailedTests + failedSuites;
console.log(`\nTest suite took ${seconds} s`);
console.log(`${result.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
