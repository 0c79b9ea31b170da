import { InvertedIndex } from '../index/inverted-index.js';
import { type Query, type Relevance, Scorer } from '../index/scorer.js';
import type { AnalyzedDoc } from '../text/analyzer.js';

export interface Candidate<T> {
  slot: number;
  doc: T;
  raw: number;
  content: number;
}

export interface RankOptions<T> {
  first: number;
  minScore: number;
  chains: Set<string> | null;
  exclude: Set<string>;
  /** An upper bound of the score from content relevance alone (the fit factors are ≤ 1). */
  bound: (content: number) => number;
  /** The score 0–100 of a slot from its content relevance, before rounding. */
  score: (doc: T, content: number) => number;
}

/** One searchable side of the engine (achievements or demands): its index and its documents. */
export class Side<T extends { id: string; industryChain: string }> {
  readonly index = new InvertedIndex();
  readonly scorer = new Scorer(this.index);
  private readonly docs: (T | undefined)[] = [];
  private readonly analyzed: (AnalyzedDoc | undefined)[] = [];
  private readonly slots = new Map<string, number>();

  get size(): number {
    return this.slots.size;
  }

  upsert(doc: T, analyzed: AnalyzedDoc): void {
    this.remove(doc.id);
    const slot = this.index.add(analyzed);
    this.docs[slot] = doc;
    this.analyzed[slot] = analyzed;
    this.slots.set(doc.id, slot);
  }

  /** Bulk upsert: analysed listings go into the index in one pass. */
  load(entries: readonly { doc: T; analyzed: AnalyzedDoc }[]): void {
    const fresh = new Map<string, { doc: T; analyzed: AnalyzedDoc }>();
    for (const entry of entries) {
      this.remove(entry.doc.id);
      fresh.set(entry.doc.id, entry);
    }
    const list = [...fresh.values()];
    const slots = this.index.addAll(list.map((entry) => entry.analyzed));
    list.forEach(({ doc, analyzed }, i) => {
      const slot = slots[i]!;
      this.docs[slot] = doc;
      this.analyzed[slot] = analyzed;
      this.slots.set(doc.id, slot);
    });
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) {
      return;
    }
    this.index.remove(slot);
    this.docs[slot] = undefined;
    this.analyzed[slot] = undefined;
    this.slots.delete(id);
  }

  get(id: string): { doc: T; analyzed: AnalyzedDoc; slot: number } | null {
    const slot = this.slots.get(id);
    return slot === undefined ? null : { doc: this.docs[slot]!, analyzed: this.analyzed[slot]!, slot };
  }

  /** The analysed listing in a slot (the second stage reads its title terms). */
  analyzedAt(slot: number): AnalyzedDoc {
    return this.analyzed[slot]!;
  }

  /** The best `first` slots for a query, best first, ties broken by id. */
  rank(query: Query, options: RankOptions<T>): Candidate<T>[] {
    const relevance = this.scorer.score(query, (partial) => {
      const top = this.select(partial, options);
      return top.length === options.first && top.length > 0
        ? minContent(options.bound, top[top.length - 1]!.raw)
        : 0;
    });
    const top = this.select(relevance, options);
    this.scorer.release(relevance);
    return top;
  }

  private select(relevance: Relevance, options: RankOptions<T>): Candidate<T>[] {
    const top: Candidate<T>[] = [];
    const full = () => top.length === options.first;
    // The content below which a listing cannot pass the current last one (`minContent` of its score),
    // kept while that score stays: most slots are turned away without evaluating the bound.
    let floorOf = NaN;
    let floor = 0;
    for (const slot of relevance.slots) {
      const content = relevance.content[slot]!;
      if (full()) {
        const last = top[top.length - 1]!.raw;
        if (last !== floorOf) {
          floorOf = last;
          floor = minContent(options.bound, last);
        }
        if (content < floor || options.bound(content) < last) {
          continue;
        }
      }
      const doc = this.docs[slot];
      if (!doc || options.exclude.has(doc.id) || (options.chains && !options.chains.has(doc.industryChain))) {
        continue;
      }
      const raw = options.score(doc, content);
      if (raw <= 0 || Math.round(raw * 10) / 10 < options.minScore) {
        continue;
      }
      if (full() && !better(raw, doc.id, top[top.length - 1]!)) {
        continue;
      }
      let at = top.length;
      while (at > 0 && better(raw, doc.id, top[at - 1]!)) {
        at--;
      }
      top.splice(at, 0, { slot, doc, raw, content });
      if (top.length > options.first) {
        top.pop();
      }
    }
    return top;
  }
}

/** The content below which `bound` stays under `raw` (bisection; a little low, to be safe). */
function minContent(bound: (content: number) => number, raw: number): number {
  if (bound(1) < raw) {
    return 1;
  }
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (bound(mid) < raw) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return Math.max(0, lo - 1e-4);
}

function better(raw: number, id: string, than: { raw: number; doc: { id: string } }): boolean {
  return raw > than.raw || (raw === than.raw && id < than.doc.id);
}
