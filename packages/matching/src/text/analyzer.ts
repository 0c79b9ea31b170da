import type { Jieba } from '@node-rs/jieba';
import { bigramCode, domainSegmenter, isIndexableWord } from './segmenter.js';
import { Thesaurus } from './thesaurus.js';

/** What a term is: a segmented word, a character bigram (back-off for unseen words), or a concept. */
export const enum TermKind {
  Word = 0,
  Gram = 1,
  Concept = 2,
}

/** Fields of a listing, in index order. */
export const FIELDS = 4; // title, keywords, body, background

/**
 * A listing as term ids with per-field counts (each at most 255) packed as title | keywords << 8 |
 * body << 16 | background << 24. The background is the part of a text about its poster rather than
 * the need (a demand's opening about the enterprise, `backgroundOf`), weighed far below the body.
 */
export interface AnalyzedDoc {
  terms: Int32Array;
  tfs: Uint32Array;
  /** Word lengths then bigram lengths, per field. */
  lens: Float32Array;
}

interface SentenceTerms {
  words: Int32Array;
  grams: Int32Array;
  concepts: Int32Array;
  /** Context-dependent wordings' concepts, as pairs concept index, domain (`Thesaurus.scan`). */
  pending: Int32Array;
}

const CACHE_LIMIT = 200_000;

/**
 * Segmentation settings: jieba's dictionary path only. Its HMM glues unseen characters into
 * pseudo-words that neither the other listing nor plain BM25 produce; bigrams cover unseen words.
 */
export const ANALYSIS = { hmm: false };
/**
 * Clause ends: no word, bigram or thesaurus wording spans punctuation, so clauses are the unit of
 * analysis and of its cache (a full stop between digits, as in 3.5, is not an end).
 */
const CLAUSE_END = /[。！？；!?;\n，,、．：:（）()《》“”"]+|(?<!\d)\.|\.(?!\d)/;

/** Turns text into term ids of one vocabulary; caches the work per distinct sentence. */
export class Analyzer {
  readonly thesaurus: Thesaurus;
  private readonly jieba: Jieba;
  private readonly words = new Map<string, number>();
  private readonly grams = new Map<number, number>();
  private readonly conceptTerms: Int32Array;
  private kinds = new Uint8Array(1024);
  private names: (string | number)[] = [];
  private readonly cache = new Map<string, SentenceTerms>();
  private scratch = new Uint32Array(1024);

  constructor(thesaurus: Thesaurus = Thesaurus.load()) {
    this.thesaurus = thesaurus;
    this.jieba = domainSegmenter(thesaurus.allTerms());
    this.conceptTerms = new Int32Array(thesaurus.concepts.length);
    thesaurus.concepts.forEach((_, index) => {
      this.conceptTerms[index] = this.intern(TermKind.Concept, index);
    });
  }

  get termCount(): number {
    return this.names.length;
  }

  kind(term: number): TermKind {
    return this.kinds[term] as TermKind;
  }

  /** A word, a two-character string, or the thesaurus concept index. */
  name(term: number): string | number {
    return this.names[term]!;
  }

  conceptTerm(concept: number): number {
    return this.conceptTerms[concept]!;
  }

  analyze(title: string, keywords: readonly string[], body: string, background = ''): AnalyzedDoc {
    const touched: number[] = [];
    const lens = new Float32Array(2 * FIELDS);
    const add = (terms: Int32Array, shift: number) => {
      for (const term of terms) {
        const packed = this.scratch[term]!;
        if (packed === 0) {
          touched.push(term);
        }
        if (((packed >>> shift) & 0xff) < 0xff) {
          this.scratch[term] = packed + 2 ** shift;
        }
      }
    };
    const fields = [
      title.split(CLAUSE_END),
      keywords,
      body.split(CLAUSE_END),
      background ? background.split(CLAUSE_END) : [],
    ].map((sentences) => sentences.map((sentence) => this.sentence(sentence)));
    // A context-dependent wording counts where the listing names a concept of its domain elsewhere.
    let domains: Set<number> | null = null;
    const domainsNamed = () =>
      (domains ??= this.thesaurus.domainsOf(
        fields.flatMap((sentences) =>
          sentences.flatMap(({ concepts }) => Array.from(concepts, (term) => this.names[term] as number)),
        ),
      ));
    fields.forEach((sentences, field) => {
      for (const terms of sentences) {
        add(terms.words, field * 8);
        add(terms.grams, field * 8);
        add(terms.concepts, field * 8);
        if (terms.pending.length > 0) {
          const resolved = this.thesaurus.resolve(terms.pending, domainsNamed());
          add(
            Int32Array.from(resolved, (concept) => this.conceptTerms[concept]!),
            field * 8,
          );
        }
        lens[field] = lens[field]! + terms.words.length;
        lens[FIELDS + field] = lens[FIELDS + field]! + terms.grams.length;
      }
    });
    touched.sort((a, b) => a - b);
    const terms = Int32Array.from(touched);
    const tfs = new Uint32Array(terms.length);
    terms.forEach((term, i) => {
      tfs[i] = this.scratch[term]!;
      this.scratch[term] = 0;
    });
    return { terms, tfs, lens };
  }

  private sentence(text: string): SentenceTerms {
    const cached = this.cache.get(text);
    if (cached) {
      return cached;
    }
    if (this.cache.size >= CACHE_LIMIT) {
      this.cache.clear();
    }
    const words: number[] = [];
    for (const token of this.jieba.cutForSearch(text, ANALYSIS.hmm)) {
      const word = token.toLowerCase();
      if (isIndexableWord(word)) {
        words.push(this.intern(TermKind.Word, word));
      }
    }
    const grams: number[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      const code = bigramCode(text.charCodeAt(i), text.charCodeAt(i + 1));
      if (code >= 0) {
        grams.push(this.intern(TermKind.Gram, code));
      }
    }
    const detection = this.thesaurus.scan(text);
    const result = {
      words: Int32Array.from(words),
      grams: Int32Array.from(grams),
      concepts: Int32Array.from(detection.concepts, (concept) => this.conceptTerms[concept]!),
      pending: Int32Array.from(detection.pending),
    };
    this.cache.set(text, result);
    return result;
  }

  private intern(kind: TermKind, key: string | number): number {
    const map = kind === TermKind.Gram ? this.grams : this.words;
    const mapKey = kind === TermKind.Concept ? `\u0001${key}` : key;
    let id = (map as Map<string | number, number>).get(mapKey);
    if (id === undefined) {
      id = this.names.length;
      (map as Map<string | number, number>).set(mapKey, id);
      this.names.push(
        kind === TermKind.Gram ? String.fromCharCode(Math.floor(+key / 65536), +key % 65536) : key,
      );
      if (id >= this.kinds.length) {
        const kinds = new Uint8Array(this.kinds.length * 2);
        kinds.set(this.kinds);
        this.kinds = kinds;
        const scratch = new Uint32Array(this.kinds.length);
        scratch.set(this.scratch);
        this.scratch = scratch;
      }
      this.kinds[id] = kind;
    }
    return id;
  }
}
