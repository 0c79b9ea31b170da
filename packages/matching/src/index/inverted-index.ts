import { type AnalyzedDoc, FIELDS } from '../text/analyzer.js';

/**
 * Postings per term id in typed arrays (slot ids ascending, per-field counts packed), a forward list
 * per slot, document frequencies over live slots. Removal marks the slot dead; postings are compacted
 * once dead slots pile up, so upserts and removals stay incremental.
 */
export class InvertedIndex {
  postDocs: (Int32Array | undefined)[] = [];
  postTfs: (Uint32Array | undefined)[] = [];
  postLen = new Int32Array(1024);
  df = new Int32Array(1024);
  alive = new Uint8Array(1024);
  lens = new Float32Array(1024 * 2 * FIELDS);
  readonly lenSums = new Float64Array(2 * FIELDS);
  private forward: (Int32Array | undefined)[] = [];
  private forwardTfs: (Uint32Array | undefined)[] = [];
  private slots = 0;
  private live = 0;
  private dead = 0;

  get liveCount(): number {
    return this.live;
  }

  get slotCount(): number {
    return this.slots;
  }

  avgLen(field: number): number {
    return this.live > 0 ? Math.max(1, this.lenSums[field]! / this.live) : 1;
  }

  /** Terms of a slot, ascending. */
  termsOf(slot: number): Int32Array {
    return this.forward[slot] ?? new Int32Array(0);
  }

  has(slot: number, term: number): boolean {
    return this.tfOf(slot, term) !== 0;
  }

  /** The packed per-field counts of a term in a slot (0 when absent), from the forward list. */
  tfOf(slot: number, term: number): number {
    const terms = this.forward[slot];
    if (!terms) {
      return 0;
    }
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = terms[mid]!;
      if (value === term) {
        return this.forwardTfs[slot]![mid]!;
      }
      if (value < term) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return 0;
  }

  /** Adds many listings, sizing each posting list once instead of doubling it. */
  addAll(docs: readonly AnalyzedDoc[]): number[] {
    let maxTerm = -1;
    for (const doc of docs) {
      if (doc.terms.length > 0) {
        maxTerm = Math.max(maxTerm, doc.terms[doc.terms.length - 1]!);
      }
    }
    this.growTerms(maxTerm + 1);
    const extra = new Int32Array(maxTerm + 1);
    for (const doc of docs) {
      for (const term of doc.terms) {
        extra[term] = extra[term]! + 1;
      }
    }
    for (let term = 0; term <= maxTerm; term++) {
      const need = this.postLen[term]! + extra[term]!;
      const docsOf = this.postDocs[term];
      if (extra[term]! > 0 && (!docsOf || docsOf.length < need)) {
        // Headroom, so that the upserts after a bulk load do not reallocate long lists at once.
        const capacity = need + (need >> 3) + 2;
        const nextDocs = new Int32Array(capacity);
        const nextTfs = new Uint32Array(capacity);
        if (docsOf) {
          nextDocs.set(docsOf.subarray(0, this.postLen[term]!));
          nextTfs.set(this.postTfs[term]!.subarray(0, this.postLen[term]!));
        }
        this.postDocs[term] = nextDocs;
        this.postTfs[term] = nextTfs;
      }
    }
    return docs.map((doc) => this.add(doc));
  }

  add(doc: AnalyzedDoc): number {
    const slot = this.slots++;
    this.growSlots(slot + 1);
    this.alive[slot] = 1;
    this.live++;
    this.forward[slot] = doc.terms;
    this.forwardTfs[slot] = doc.tfs;
    for (let f = 0; f < 2 * FIELDS; f++) {
      this.lens[slot * 2 * FIELDS + f] = doc.lens[f]!;
      this.lenSums[f] = this.lenSums[f]! + doc.lens[f]!;
    }
    const { terms, tfs } = doc;
    this.growTerms(terms.length > 0 ? terms[terms.length - 1]! + 1 : 0);
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const n = this.postLen[term]!;
      let docs = this.postDocs[term];
      let termTfs = this.postTfs[term];
      if (!docs || n === docs.length) {
        const size = Math.max(4, n + (n >> 1));
        const nextDocs = new Int32Array(size);
        const nextTfs = new Uint32Array(size);
        if (docs && termTfs) {
          nextDocs.set(docs);
          nextTfs.set(termTfs);
        }
        docs = this.postDocs[term] = nextDocs;
        termTfs = this.postTfs[term] = nextTfs;
      }
      docs[n] = slot;
      termTfs![n] = tfs[i]!;
      this.postLen[term] = n + 1;
      this.df[term] = this.df[term]! + 1;
    }
    return slot;
  }

  remove(slot: number): void {
    if (!this.alive[slot]) {
      return;
    }
    this.alive[slot] = 0;
    this.live--;
    this.dead++;
    for (const term of this.termsOf(slot)) {
      this.df[term] = this.df[term]! - 1;
    }
    for (let f = 0; f < 2 * FIELDS; f++) {
      this.lenSums[f] = this.lenSums[f]! - this.lens[slot * 2 * FIELDS + f]!;
    }
    this.forward[slot] = undefined;
    this.forwardTfs[slot] = undefined;
    if (this.dead > 1024 && this.dead > this.live) {
      this.compact();
    }
  }

  private compact(): void {
    for (let term = 0; term < this.postDocs.length; term++) {
      const docs = this.postDocs[term];
      const tfs = this.postTfs[term];
      if (!docs || !tfs) {
        continue;
      }
      let kept = 0;
      for (let i = 0; i < this.postLen[term]!; i++) {
        if (this.alive[docs[i]!]) {
          docs[kept] = docs[i]!;
          tfs[kept] = tfs[i]!;
          kept++;
        }
      }
      this.postLen[term] = kept;
    }
    this.dead = 0;
  }

  private growSlots(size: number): void {
    if (size <= this.alive.length) {
      return;
    }
    const capacity = Math.max(size, this.alive.length * 2);
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    const lens = new Float32Array(capacity * 2 * FIELDS);
    lens.set(this.lens);
    this.lens = lens;
  }

  private growTerms(size: number): void {
    if (size <= this.df.length) {
      return;
    }
    const capacity = Math.max(size, this.df.length * 2);
    const df = new Int32Array(capacity);
    df.set(this.df);
    this.df = df;
    const postLen = new Int32Array(capacity);
    postLen.set(this.postLen);
    this.postLen = postLen;
  }
}
