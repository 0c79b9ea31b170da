import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AchievementDoc, DemandDoc, TransferMode } from '../src/index.js';

/** `<repo>/../shared/data`, i.e. `../../../shared/data` from the package folder. */
export const SHARED_DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

export interface ExampleSet {
  achievements: AchievementDoc[];
  demands: DemandDoc[];
  qrels: Record<string, Record<string, number>>;
}

interface RawListing {
  externalId: string;
  title: string;
  keywords: string[];
  industryChain: string;
  summary?: string;
  trl?: number | null;
  transferModes?: TransferMode[];
  askingPriceWan?: number | null;
  description?: string;
  minTrl?: number | null;
  budgetWan?: number | null;
  cooperationModes?: TransferMode[];
  deadline?: string | null;
}

export interface CslRecord {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
}

export function dataFile(relative: string): string | null {
  const path = `${SHARED_DATA}${relative}`;
  return existsSync(path) ? path : null;
}

export function loadExampleSet(path: string): ExampleSet {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    achievements: RawListing[];
    demands: RawListing[];
    qrels: Record<string, Record<string, number>>;
  };
  return {
    achievements: raw.achievements.map((a) => ({
      id: a.externalId,
      title: a.title,
      summary: a.summary ?? '',
      keywords: a.keywords,
      industryChain: a.industryChain,
      trl: a.trl ?? null,
      transferModes: a.transferModes ?? [],
      askingPriceWan: a.askingPriceWan ?? null,
    })),
    demands: raw.demands.map((d) => ({
      id: d.externalId,
      title: d.title,
      description: d.description ?? '',
      keywords: d.keywords,
      industryChain: d.industryChain,
      minTrl: d.minTrl ?? null,
      budgetWan: d.budgetWan ?? null,
      cooperationModes: d.cooperationModes ?? [],
      deadline: d.deadline ?? null,
    })),
    qrels: raw.qrels,
  };
}

export function loadCsl(path: string): CslRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CslRecord);
}

/** Sentences of an abstract (the Chinese and the ASCII full stop both occur in CSL). */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?；;.]+[。！？!?；;.]?/g) ?? [text];
}

/** Copy k of abstract i by the recipe of data/README.md. */
export function cslCopy(records: CslRecord[], i: number, k: number): AchievementDoc {
  const a = records[i]!;
  const b = records[(i + 37 * k) % records.length]!;
  const sa = sentences(a.abstract);
  const sb = sentences(b.abstract);
  const body =
    k === 0
      ? a.abstract
      : [...sa.slice(0, Math.ceil(sa.length / 2)), ...sb.slice(Math.ceil(sb.length / 2))].join('');
  return {
    id: `${a.id}-${k}`,
    title: a.title,
    summary: body,
    keywords: (k === 0 ? a.keywords : [...a.keywords, ...b.keywords]).slice(0, 8),
    industryChain: 'OTHER',
    trl: null,
    transferModes: [],
    askingPriceWan: null,
  };
}

/** A demand that is only a title (a CSL title, a terse need): no description, keywords or constraints. */
export function titleDemand(id: string, title: string): DemandDoc {
  return {
    id,
    title,
    description: '',
    keywords: [],
    industryChain: 'OTHER',
    minTrl: null,
    budgetWan: null,
    cooperationModes: [],
    deadline: null,
  };
}
