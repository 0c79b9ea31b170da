import { type AnalyzedDoc, type Analyzer, FIELDS, TermKind } from '../text/analyzer.js';
import { type InvertedIndex } from './inverted-index.js';

/** The relevance model's constants (BM25F per channel, then a weighted mean of the channels). */
export const MODEL = {
  k1: 1.2,
  fieldWeights: [3, 2, 1],
  fieldB: [0.4, 0.3, 0.75],
  queryFieldWeights: [3, 2, 1],
  querySaturation: 1.5,
  conceptK: 0.6,
  /** Concept matches count this many times a word of the same idf; bigrams form their own channel. */
  conceptBoost: 2,
  gramShare: 0.4,
  /** Words and bigrams in more than this share of listings say little and cost most: skipped. */
  maxDocShare: 0.2,
};

export interface QueryTerm {
  term: number;
  weight: number;
}

export interface ConceptGroup {
  concept: number;
  weight: number;
  /** The concept's own term (weight 1) and its related concepts' terms (weight < 1). */
  members: QueryTerm[];
}

/** A listing turned into a weighted query, for either direction. */
export interface Query {
  words: QueryTerm[];
  grams: QueryTerm[];
  concepts: ConceptGroup[];
}

export function buildQuery(analyzer: Analyzer, doc: AnalyzedDoc): Query {
  const query: Query = { words: [], grams: [], concepts: [] };
  const [wt, wk, wb] = MODEL.queryFieldWeights as [number, number, number];
  doc.terms.forEach((term, i) => {
    const packed = doc.tfs[i]!;
    const x = wt * (packed & 0xff) + wk * ((packed >>> 8) & 0xff) + wb * (packed >>> 16);
    const weight = (x * (1 + MODEL.querySaturation)) / (x + MODEL.querySaturation);
    const kind = analyzer.kind(term);
    if (kind === TermKind.Word) {
      query.words.push({ term, weight });
    } else if (kind === TermKind.Gram) {
      query.grams.push({ term, weight });
    } else {
      const concept = analyzer.name(term) as number;
      const related = analyzer.thesaurus.concepts[concept]!.related;
      query.concepts.push({
        concept,
        weight,
        members: [
          { term, weight: 1 },
          ...related.map((r) => ({ term: analyzer.conceptTerm(r.concept), weight: r.weight })),
        ],
      });
    }
  });
  return query;
}

export interface Relevance {
  /** Slots with any evidence. */
  slots: number[];
  /** Weighted coverage of the query, 0–1, per slot. */
  content: Float32Array;
  /** Per-channel coverage, for explanations. */
  word: Float32Array;
  concept: Float32Array;
  gram: Float32Array;
}

/** Scores every live slot of an index against a query; reuses its buffers between queries. */
export class Scorer {
  private word = new Float32Array(0);
  private concept = new Float32Array(0);
  private gram = new Float32Array(0);
  private group = new Float32Array(0);
  private content = new Float32Array(0);
  private seen = new Uint8Array(0);

  constructor(private readonly index: InvertedIndex) {}

  score(query: Query): Relevance {
    this.ensure(this.index.slotCount);
    const slots: number[] = [];
    const touch = (slot: number) => {
      if (!this.seen[slot]) {
        this.seen[slot] = 1;
        slots.push(slot);
      }
    };
    const wordNorm = this.channel(query.words, this.word, 0, touch);
    const gramNorm = this.channel(query.grams, this.gram, FIELDS, touch);
    const conceptNorm = this.concepts(query.concepts, touch);
    const alpha = MODEL.conceptBoost;
    const pooledNorm = wordNorm + alpha * conceptNorm;
    const gramShare = gramNorm > 0 ? (pooledNorm > 0 ? MODEL.gramShare : 1) : 0;
    for (const slot of slots) {
      const pooled = pooledNorm > 0 ? (this.word[slot]! + alpha * this.concept[slot]!) / pooledNorm : 0;
      const g = gramNorm > 0 ? this.gram[slot]! / gramNorm : 0;
      this.word[slot] = wordNorm > 0 ? this.word[slot]! / wordNorm : 0;
      this.concept[slot] = conceptNorm > 0 ? this.concept[slot]! / conceptNorm : 0;
      this.gram[slot] = g;
      this.content[slot] = (1 - gramShare) * pooled + gramShare * g;
    }
    return { slots, content: this.content, word: this.word, concept: this.concept, gram: this.gram };
  }

  /** Clears the buffers of the slots a result touched. */
  release(relevance: Relevance): void {
    for (const slot of relevance.slots) {
      this.seen[slot] = 0;
      this.word[slot] = 0;
      this.gram[slot] = 0;
      this.concept[slot] = 0;
      this.content[slot] = 0;
    }
  }

  idf(term: number): number {
    const n = this.index.liveCount;
    const df = term < this.index.df.length ? this.index.df[term]! : 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private channel(
    terms: QueryTerm[],
    acc: Float32Array,
    lenOffset: number,
    touch: (slot: number) => void,
  ): number {
    const { index } = this;
    const [w0, w1, w2] = MODEL.fieldWeights as [number, number, number];
    const [b0, b1, b2] = MODEL.fieldB as [number, number, number];
    const avg0 = index.avgLen(lenOffset);
    const avg1 = index.avgLen(lenOffset + 1);
    const avg2 = index.avgLen(lenOffset + 2);
    const stride = 2 * FIELDS;
    const k1 = MODEL.k1;
    let norm = 0;
    const maxDf = Math.max(50, MODEL.maxDocShare * index.liveCount);
    for (const { term, weight } of terms) {
      if (term < index.df.length && index.df[term]! > maxDf) {
        continue;
      }
      const idf = this.idf(term);
      const qw = weight * idf;
      norm += qw;
      const docs = index.postDocs[term];
      const tfs = index.postTfs[term];
      if (!docs || !tfs) {
        continue;
      }
      const n = index.postLen[term]!;
      const { alive, lens } = index;
      for (let i = 0; i < n; i++) {
        const slot = docs[i]!;
        if (!alive[slot]) {
          continue;
        }
        const packed = tfs[i]!;
        const base = slot * stride + lenOffset;
        const x =
          (w0 * (packed & 0xff)) / (1 - b0 + (b0 * lens[base]!) / avg0) +
          (w1 * ((packed >>> 8) & 0xff)) / (1 - b1 + (b1 * lens[base + 1]!) / avg1) +
          (w2 * (packed >>> 16)) / (1 - b2 + (b2 * lens[base + 2]!) / avg2);
        acc[slot] = acc[slot]! + (qw * x) / (x + k1);
        touch(slot);
      }
    }
    return norm;
  }

  private concepts(groups: ConceptGroup[], touch: (slot: number) => void): number {
    const { index } = this;
    const [w0, w1, w2] = MODEL.fieldWeights as [number, number, number];
    let norm = 0;
    for (const group of groups) {
      const gw = group.weight * this.idf(group.members[0]!.term);
      norm += gw;
      const groupSlots: number[] = [];
      for (const member of group.members) {
        const docs = index.postDocs[member.term];
        const tfs = index.postTfs[member.term];
        if (!docs || !tfs) {
          continue;
        }
        const n = index.postLen[member.term]!;
        for (let i = 0; i < n; i++) {
          const slot = docs[i]!;
          if (!index.alive[slot]) {
            continue;
          }
          const packed = tfs[i]!;
          const x = w0 * (packed & 0xff) + w1 * ((packed >>> 8) & 0xff) + w2 * (packed >>> 16);
          const s = (member.weight * x) / (x + MODEL.conceptK);
          if (this.group[slot] === 0) {
            groupSlots.push(slot);
          }
          if (s > this.group[slot]!) {
            this.group[slot] = s;
          }
        }
      }
      for (const slot of groupSlots) {
        this.concept[slot] = this.concept[slot]! + gw * this.group[slot]!;
        this.group[slot] = 0;
        touch(slot);
      }
    }
    return norm;
  }

  private ensure(size: number): void {
    if (size <= this.seen.length) {
      return;
    }
    const capacity = Math.max(size, this.seen.length * 2);
    const grow = <T extends Float32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.word = grow(this.word, (n) => new Float32Array(n));
    this.concept = grow(this.concept, (n) => new Float32Array(n));
    this.gram = grow(this.gram, (n) => new Float32Array(n));
    this.group = grow(this.group, (n) => new Float32Array(n));
    this.content = grow(this.content, (n) => new Float32Array(n));
    this.seen = grow(this.seen, (n) => new Uint8Array(n));
  }
}
