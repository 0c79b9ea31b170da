import { readDataFile } from '../data-file.js';
import type { IndustryChain } from '../types.js';

interface ChainData {
  labels: Record<string, string>;
  neighbours: [string, string][];
}

let data: { labels: Map<string, string>; neighbours: Set<string> } | null = null;

function chains() {
  if (!data) {
    const raw = JSON.parse(readDataFile('chains.json')) as ChainData;
    data = {
      labels: new Map(Object.entries(raw.labels)),
      neighbours: new Set(raw.neighbours.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
    };
  }
  return data;
}

/** The Chinese name of a chain code (the code itself when unknown). */
export function chainLabel(chain: IndustryChain): string {
  return chains().labels.get(chain) ?? chain;
}

export type ChainRelation = 'same' | 'neighbour' | 'other' | 'different';

export function chainRelation(a: IndustryChain, b: IndustryChain): ChainRelation {
  if (a === b) {
    return 'same';
  }
  if (chains().neighbours.has(`${a}|${b}`)) {
    return 'neighbour';
  }
  return a === 'OTHER' || b === 'OTHER' ? 'other' : 'different';
}
