import { type AnalyzedDoc, type Analyzer, FIELDS, TermKind } from '../text/analyzer.js';
import { type InvertedIndex } from './inverted-index.js';

/** The relevance model's constants (BM25F per channel, then a weighted mean of the channels). */
export const MODEL = {
  k1: 1.2,
  /** Title, keywords, body, background (a demand's opening about the enterprise itself, `backgroundOf`). */
  fieldWeights: [3, 2, 1, 0.1],
  fieldB: [0.4, 0.3, 0.75, 0.75],
  queryFieldWeights: [3, 2, 1, 0.1],
  querySaturation: 1.5,
  conceptK: 0.6,
  /** Concept matches count this many times a word of the same idf; bigrams form their own channel. */
  conceptBoost: 2.5,
  /** The bigrams' share of a query's words' part (the rest of the pooled words and concepts: see `plan`). */
  gramShare: 0.4,
  /** Words and bigrams in more than this share of listings say little and cost most: skipped. */
  maxDocShare: 0.1,
  /** A character standing alone (铌, 磷, but also 放, 久) is a vaguer clue than a word. */
  singleCharWeight: 1,
  /** At most this share of the content score may be left to the late, pruned pass. */
  lateShare: 0.25,
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

/** A listing as a query: its terms weighed by field (`MODEL.queryFieldWeights`), saturated. */
export function buildQuery(analyzer: Analyzer, doc: AnalyzedDoc): Query {
  const query: Query = { words: [], grams: [], concepts: [] };
  doc.terms.forEach((term, i) => {
    const x = fieldSum(MODEL.queryFieldWeights, doc.tfs[i]!);
    const weight = (x * (1 + MODEL.querySaturation)) / (x + MODEL.querySaturation);
    const kind = analyzer.kind(term);
    if (kind === TermKind.Word) {
      const single = (analyzer.name(term) as string).length === 1;
      query.words.push({ term, weight: single ? weight * MODEL.singleCharWeight : weight });
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

/** Per-field counts (packed as in `AnalyzedDoc`) weighed and summed, without length normalisation. */
function fieldSum(weights: readonly number[], packed: number): number {
  return (
    weights[0]! * (packed & 0xff) +
    weights[1]! * ((packed >>> 8) & 0xff) +
    weights[2]! * ((packed >>> 16) & 0xff) +
    weights[3]! * (packed >>> 24)
  );
}

export interface Relevance {
  /** Slots with any evidence. */
  slots: number[];
  /** Weighted coverage of the query, 0–1, per slot (a lower bound for slots pruned as hopeless). */
  content: Float32Array;
}

/**
 * The content share each slot must reach to enter the result, given the content of the slots seen so
 * far: per slot, because the fit factors that multiply it differ between listings (a listing in another
 * chain needs more content to pass the same score); `min` is the lowest of them. `null` when it cannot
 * say yet. Used to skip the postings of common terms that cannot change the top.
 */
export type Floor = (partial: Relevance) => { min: number; need: Float32Array } | null;

const enum Channel {
  Word = 0,
  Gram = 1,
  Concept = 2,
}

/** One query term or concept group, with its share of the content score at most. */
interface Unit {
  channel: Channel;
  weight: number;
  members: QueryTerm[];
  postings: number;
  bound: number;
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

  /**
   * Content shares of the slots that match the query. With a floor, the postings of the most common
   * terms are read last and only for slots that can still reach it (MaxScore, term at a time): the
   * top of the ranking is the same as without.
   */
  score(query: Query, floor?: Floor): Relevance {
    const { index } = this;
    this.ensure(index.slotCount);
    const { units, scale, late, lateBound } = this.plan(query, floor !== undefined);
    const slots: number[] = [];
    const touch = (slot: number) => {
      if (!this.seen[slot]) {
        this.seen[slot] = 1;
        slots.push(slot);
      }
    };
    const lateSet = new Set(late);
    for (const unit of units) {
      if (!lateSet.has(unit)) {
        this.scan(unit, touch);
      }
    }
    const relevance = { slots, content: this.content };
    const content = (slot: number) =>
      scale[0]! * this.word[slot]! + scale[1]! * this.gram[slot]! + scale[2]! * this.concept[slot]!;
    for (const slot of slots) {
      this.content[slot] = content(slot);
    }
    if (late.length === 0) {
      return relevance;
    }
    const threshold = floor!(relevance);
    if (threshold === null) {
      for (const unit of late) {
        this.scan(unit, touch);
      }
    } else if (threshold.min <= lateBound) {
      // A listing without any of the rarer terms could still make it: read the common terms' postings,
      // for the slots that can still reach their floor.
      for (const unit of late) {
        this.scan(unit, touch, { need: threshold.need, lateBound });
      }
    } else {
      const { need } = threshold;
      for (const slot of slots) {
        if (this.content[slot]! + lateBound >= need[slot]!) {
          for (const unit of late) {
            this.lookUp(unit, slot);
          }
        }
      }
    }
    for (const slot of slots) {
      this.content[slot] = content(slot);
    }
    return relevance;
  }

  /**
   * The content share of one live slot, exactly as `score` computes it with a floor when every
   * posting is read (and as the pruned pass computes it for the slots that can still reach the top):
   * the same units, in the same order, with the same 32-bit accumulators. 0 when nothing matches.
   */
  contentOf(query: Query, slot: number): number {
    if (!this.index.alive[slot]) {
      return 0;
    }
    const { units, scale, late } = this.plan(query, true);
    const lateSet = new Set(late);
    const acc = [0, 0, 0];
    for (const unit of [...units.filter((unit) => !lateSet.has(unit)), ...late]) {
      const add = this.contribution(unit, slot);
      if (add !== 0) {
        acc[unit.channel] = Math.fround(acc[unit.channel]! + add);
      }
    }
    return Math.fround(
      scale[Channel.Word]! * acc[Channel.Word]! +
        scale[Channel.Gram]! * acc[Channel.Gram]! +
        scale[Channel.Concept]! * acc[Channel.Concept]!,
    );
  }

  /**
   * The query's units (terms and concept groups) with their weights and bounds, the channels' scales,
   * and, when the caller can give a floor, the most common units to read last.
   */
  private plan(
    query: Query,
    pruned: boolean,
  ): { units: Unit[]; scale: number[]; late: Unit[]; lateBound: number } {
    const { index } = this;
    const maxDf = Math.max(50, MODEL.maxDocShare * index.liveCount);
    const units: Unit[] = [];
    let wordNorm = 0;
    let gramNorm = 0;
    let conceptNorm = 0;
    const postingsOf = (term: number) => (term < index.postLen.length ? index.postLen[term]! : 0);
    for (const [channel, terms] of [
      [Channel.Word, query.words],
      [Channel.Gram, query.grams],
    ] as const) {
      for (const { term, weight } of terms) {
        if (term < index.df.length && index.df[term]! > maxDf) {
          continue;
        }
        const qw = weight * this.idf(term);
        if (channel === Channel.Word) {
          wordNorm += qw;
        } else {
          gramNorm += qw;
        }
        units.push({
          channel,
          weight: qw,
          members: [{ term, weight: 1 }],
          postings: postingsOf(term),
          bound: 0,
        });
      }
    }
    for (const group of query.concepts) {
      const gw = group.weight * this.idf(group.members[0]!.term);
      conceptNorm += gw;
      const postings = group.members.reduce((sum, member) => sum + postingsOf(member.term), 0);
      units.push({ channel: Channel.Concept, weight: gw, members: group.members, postings, bound: 0 });
    }
    const alpha = MODEL.conceptBoost;
    const pooledNorm = wordNorm + alpha * conceptNorm;
    // Bigrams back off the words (a word the listing's segmentation cut otherwise still shares its
    // bigrams), not the concepts: their share is `gramShare` of the words' part of the pooled channel.
    const gramShare = gramNorm > 0 ? (pooledNorm > 0 ? (MODEL.gramShare * wordNorm) / pooledNorm : 1) : 0;
    const scale = [
      pooledNorm > 0 ? (1 - gramShare) / pooledNorm : 0,
      gramNorm > 0 ? gramShare / gramNorm : 0,
      pooledNorm > 0 ? ((1 - gramShare) * alpha) / pooledNorm : 0,
    ];
    for (const unit of units) {
      unit.bound = unit.weight * scale[unit.channel]!;
    }
    // The most common terms, whose postings cost most and whose share is small, may be left for last.
    const late: Unit[] = [];
    let lateBound = 0;
    if (pruned) {
      const minPostings = Math.max(1000, index.liveCount / 64);
      const byCost = [...units].sort((a, b) => b.postings - a.postings);
      for (const unit of byCost) {
        if (unit.postings < minPostings || lateBound + unit.bound > MODEL.lateShare) {
          break;
        }
        late.push(unit);
        lateBound += unit.bound;
      }
    }
    return { units, scale, late, lateBound };
  }

  /**
   * How much a query says, in units independent of the index's size: the idf-weighted mass of its
   * words and concepts (concepts × `conceptBoost`, as in the content share; bigrams not counted,
   * they restate the words), each idf divided by the largest possible, ln(1 + live listings).
   */
  evidence(query: Query): number {
    const { units } = this.plan(query, false);
    let mass = 0;
    for (const unit of units) {
      if (unit.channel === Channel.Word) {
        mass += unit.weight;
      } else if (unit.channel === Channel.Concept) {
        mass += MODEL.conceptBoost * unit.weight;
      }
    }
    const n = this.index.liveCount;
    return n > 0 ? mass / Math.log(1 + n) : 0;
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

  /**
   * Adds a unit's postings to its channel's accumulator. With `skip`, a slot whose content so far plus
   * everything still unread (`lateBound`) stays below its floor is left alone (and untouched when new).
   */
  private scan(
    unit: Unit,
    touch: (slot: number) => void,
    skip?: { need: Float32Array; lateBound: number },
  ): void {
    const need = skip?.need;
    const lateBound = skip?.lateBound ?? 0;
    const { content } = this;
    if (unit.channel === Channel.Concept) {
      this.scanConcept(unit, touch, need, lateBound);
      return;
    }
    const { index } = this;
    const term = unit.members[0]!.term;
    const docs = index.postDocs[term];
    const tfs = index.postTfs[term];
    if (!docs || !tfs) {
      return;
    }
    const acc = unit.channel === Channel.Word ? this.word : this.gram;
    const lenOffset = unit.channel === Channel.Word ? 0 : FIELDS;
    const [w0, w1, w2, w3] = MODEL.fieldWeights as [number, number, number, number];
    const [b0, b1, b2, b3] = MODEL.fieldB as [number, number, number, number];
    const avg0 = index.avgLen(lenOffset);
    const avg1 = index.avgLen(lenOffset + 1);
    const avg2 = index.avgLen(lenOffset + 2);
    const avg3 = index.avgLen(lenOffset + 3);
    const stride = 2 * FIELDS;
    const k1 = MODEL.k1;
    const qw = unit.weight;
    const n = index.postLen[term]!;
    const { alive, lens } = index;
    for (let i = 0; i < n; i++) {
      const slot = docs[i]!;
      if (!alive[slot] || (need !== undefined && content[slot]! + lateBound < need[slot]!)) {
        continue;
      }
      const packed = tfs[i]!;
      const base = slot * stride + lenOffset;
      const x =
        (w0 * (packed & 0xff)) / (1 - b0 + (b0 * lens[base]!) / avg0) +
        (w1 * ((packed >>> 8) & 0xff)) / (1 - b1 + (b1 * lens[base + 1]!) / avg1) +
        (w2 * ((packed >>> 16) & 0xff)) / (1 - b2 + (b2 * lens[base + 2]!) / avg2) +
        (packed >>> 24 === 0 ? 0 : (w3 * (packed >>> 24)) / (1 - b3 + (b3 * lens[base + 3]!) / avg3));
      acc[slot] = acc[slot]! + (qw * x) / (x + k1);
      touch(slot);
    }
  }

  private scanConcept(
    unit: Unit,
    touch: (slot: number) => void,
    need: Float32Array | undefined,
    lateBound: number,
  ): void {
    const { index, content } = this;
    const groupSlots: number[] = [];
    for (const member of unit.members) {
      const docs = index.postDocs[member.term];
      const tfs = index.postTfs[member.term];
      if (!docs || !tfs) {
        continue;
      }
      const n = index.postLen[member.term]!;
      for (let i = 0; i < n; i++) {
        const slot = docs[i]!;
        if (!index.alive[slot] || (need !== undefined && content[slot]! + lateBound < need[slot]!)) {
          continue;
        }
        const x = fieldSum(MODEL.fieldWeights, tfs[i]!);
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
      this.concept[slot] = this.concept[slot]! + unit.weight * this.group[slot]!;
      this.group[slot] = 0;
      touch(slot);
    }
  }

  /** The same contribution as `scan`, for one slot, from its forward list. */
  private lookUp(unit: Unit, slot: number): void {
    const add = this.contribution(unit, slot);
    if (add === 0) {
      return;
    }
    const acc =
      unit.channel === Channel.Word ? this.word : unit.channel === Channel.Gram ? this.gram : this.concept;
    acc[slot] = acc[slot]! + add;
  }

  /**
   * What a unit adds to a slot's channel accumulator, computed as `scan` does (a concept group's best
   * member rounded to 32 bits, as `scan` keeps it in a Float32Array), so that a slot's content does
   * not depend on whether its postings were scanned or looked up.
   */
  private contribution(unit: Unit, slot: number): number {
    const { index } = this;
    const [w0, w1, w2, w3] = MODEL.fieldWeights as [number, number, number, number];
    if (unit.channel === Channel.Concept) {
      let best = 0;
      for (const member of unit.members) {
        const packed = index.tfOf(slot, member.term);
        if (packed !== 0) {
          const x = fieldSum(MODEL.fieldWeights, packed);
          best = Math.max(best, (member.weight * x) / (x + MODEL.conceptK));
        }
      }
      return best === 0 ? 0 : unit.weight * Math.fround(best);
    }
    const packed = index.tfOf(slot, unit.members[0]!.term);
    if (packed === 0) {
      return 0;
    }
    const lenOffset = unit.channel === Channel.Word ? 0 : FIELDS;
    const [b0, b1, b2, b3] = MODEL.fieldB as [number, number, number, number];
    const base = slot * 2 * FIELDS + lenOffset;
    const { lens } = index;
    const x =
      (w0 * (packed & 0xff)) / (1 - b0 + (b0 * lens[base]!) / index.avgLen(lenOffset)) +
      (w1 * ((packed >>> 8) & 0xff)) / (1 - b1 + (b1 * lens[base + 1]!) / index.avgLen(lenOffset + 1)) +
      (w2 * ((packed >>> 16) & 0xff)) / (1 - b2 + (b2 * lens[base + 2]!) / index.avgLen(lenOffset + 2)) +
      (packed >>> 24 === 0
        ? 0
        : (w3 * (packed >>> 24)) / (1 - b3 + (b3 * lens[base + 3]!) / index.avgLen(lenOffset + 3)));
    return (unit.weight * x) / (x + MODEL.k1);
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

/**
 * A concept of a listing related to several of the query's concepts is one piece of evidence, not
 * one per query concept: reached only through relations, a hub concept (a general method or setting
 * linked to many problems) would otherwise earn the link weight once for each of the query's concepts
 * it is linked to, and cover every facet of a demand it addresses none of. Each related member's
 * weight is divided by the square root of the number of the query's concept groups it is a related
 * member of; the query's own concepts, and a related concept reached from one of them only, keep
 * their weight. Query-side only, so the pruning bounds and pair scoring stay exact. Used for demands
 * (see `MatchEngine.demandQuery`): the other way round it cost reverse nDCG.
 */
export function shareRelatedEvidence(query: Query): Query {
  const uses = new Map<number, number>();
  for (const group of query.concepts) {
    for (let i = 1; i < group.members.length; i++) {
      const term = group.members[i]!.term;
      uses.set(term, (uses.get(term) ?? 0) + 1);
    }
  }
  return {
    ...query,
    concepts: query.concepts.map((group) => ({
      ...group,
      members: group.members.map((member, i) => {
        const n = i === 0 ? 1 : uses.get(member.term)!;
        return n > 1 ? { term: member.term, weight: member.weight / Math.sqrt(n) } : member;
      }),
    })),
  };
}
