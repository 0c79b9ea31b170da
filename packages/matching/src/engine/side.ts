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
  /** An upper bound of the score from content relevance alone, before the fit factors. */
  bound: (content: number) => number;
  /** The fit factors (≤ 1) that multiply a listing's score; they may read only its `profile` fields. */
  fit: (doc: T) => number;
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
  /**
   * Listings grouped by what the fit factors read of them (`profile`): a ranking computes each
   * profile's fit once, and from it the content each listing needs to pass the current last hit.
   */
  private readonly profileIds = new Map<string, number>();
  private readonly profiles: T[] = [];
  private profileOf = new Uint32Array(1024);
  private need = new Float32Array(0);

  /** @param profile the fields of a listing that the fit factors read, as a key. */
  constructor(private readonly profile: (doc: T) => string) {}

  get size(): number {
    return this.slots.size;
  }

  upsert(doc: T, analyzed: AnalyzedDoc): void {
    this.remove(doc.id);
    const slot = this.index.add(analyzed);
    this.setProfile(slot, doc);
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
      this.setProfile(slot, doc);
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
        ? this.floors(options, top[top.length - 1]!.raw)
        : null;
    });
    const top = this.select(relevance, options);
    this.scorer.release(relevance);
    return top;
  }

  /**
   * The content each slot needs to pass a hit scoring `raw`: its profile's fit divides what the content
   * must give (a listing whose fit is below raw / bound(1), or outside the chains asked for, cannot).
   */
  private floors(options: RankOptions<T>, raw: number): { min: number; need: Float32Array } {
    const byFit = new Map<number, number>();
    const needOf = this.profiles.map((doc) => {
      if (options.chains && !options.chains.has(doc.industryChain)) {
        return Infinity;
      }
      const fit = options.fit(doc);
      let need = byFit.get(fit);
      if (need === undefined) {
        need = fit > 0 && options.bound(1) * fit >= raw ? minContent(options.bound, raw / fit) : Infinity;
        byFit.set(fit, need);
      }
      return need;
    });
    const slotCount = this.index.slotCount;
    if (this.need.length < slotCount) {
      this.need = new Float32Array(this.profileOf.length);
    }
    const { need, profileOf } = this;
    const { alive } = this.index;
    for (let slot = 0; slot < slotCount; slot++) {
      need[slot] = alive[slot] ? needOf[profileOf[slot]!]! : Infinity;
    }
    return { min: Math.min(...byFit.values()), need };
  }

  private setProfile(slot: number, doc: T): void {
    const key = this.profile(doc);
    let id = this.profileIds.get(key);
    if (id === undefined) {
      id = this.profiles.length;
      this.profileIds.set(key, id);
      this.profiles.push(doc);
    }
    if (slot >= this.profileOf.length) {
      const grown = new Uint32Array(Math.max(slot + 1, this.profileOf.length * 2));
      grown.set(this.profileOf);
      this.profileOf = grown;
    }
    this.profileOf[slot] = id;
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
