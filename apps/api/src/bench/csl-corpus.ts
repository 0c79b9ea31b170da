import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CslAbstract {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  category: string;
}

/** ../shared/data/csl/csl-2k.jsonl beside the project (SHARED_DIR overrides), or null when it is not there. */
export function loadCsl(): CslAbstract[] | null {
  const root = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
  const shared = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
  const file = path.join(shared, 'data/csl/csl-2k.jsonl');
  if (!existsSync(file)) {
    return null;
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CslAbstract);
}

/**
 * The benchmarks spread listings over six chains and four modes, as a real library is, so that the
 * fit factors differ between listings (packages/matching/bench/match.ts spreads its own the same way).
 */
export const CHAINS = [
  'ADVANCED_MANUFACTURING',
  'ELECTRONIC_MATERIALS',
  'MODERN_AGRICULTURE',
  'HEALTHCARE',
  'DIGITAL_ECONOMY',
  'NEW_ENERGY',
];
export const MODES = ['ASSIGNMENT', 'LICENSE', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'];

const sentences = (text: string) => text.split(/(?<=[。；！？.;])/).filter((s) => s.trim());

/**
 * The data README's recipe: copy k of abstract i takes i's title, the first half of i's sentences and
 * the second half of abstract j = (i + 37k) mod n's, and i's keywords then j's (first 8).
 */
export function cslAchievement(csl: CslAbstract[], index: number) {
  const n = csl.length;
  const i = index % n;
  const k = Math.floor(index / n);
  const j = (i + 37 * k) % n;
  const a = sentences(csl[i]!.abstract);
  const b = sentences(csl[j]!.abstract);
  return {
    externalId: `${csl[i]!.id}-${k}`,
    title: csl[i]!.title,
    summary: [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(''),
    keywords: [...new Set([...csl[i]!.keywords, ...csl[j]!.keywords])].slice(0, 8),
  };
}
