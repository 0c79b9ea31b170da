import { dataLines, readDataFile } from '../data-file.js';

/** A concept: one thing however it is worded (a symptom, a mechanism, a method, a part). */
export interface Concept {
  name: string;
  terms: string[];
  /**
   * Concepts one step away (symptom ↔ mechanism ↔ remedy, part ↔ whole), with a weight below 1: how
   * much naming that concept says of this one (lower for a concept with many links, `HUB_LINKS`).
   */
  related: { concept: number; weight: number }[];
  /** The files (domains) whose lines define it, for context-dependent wordings (`=?`). */
  domains: number[];
}

/** What one text names: concepts, and context-dependent wordings' concepts waiting for their domain. */
export interface Detection {
  concepts: number[];
  /** Pairs concept, domain: the concept counts only where a concept of that domain is named too. */
  pending: number[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  concepts: number[] | null;
  /** Context-dependent wordings ending here, as pairs concept, domain. */
  pending: number[] | null;
  /**
   * The wordings ending here begin (end) with a Latin letter or a digit: they count only where the text
   * has none just before (after) them — oled, his, sic as whole words, led封装 not inside oled封装.
   */
  latinStart: boolean;
  latinEnd: boolean;
}

const RELATED_WEIGHT = 0.6;
/**
 * A concept related to more concepts than this is weaker evidence of each (its links' weight × √(this
 * / its number of links)): a setting or a general method (养老, 木结构, 可靠性, 干燥) relates to many
 * problems, and a listing naming it has not thereby named any one of them.
 */
const HUB_LINKS = 2;
/** The first file holds the cross-chain concepts. */
const GENERAL_DOMAIN = 0;

export const THESAURUS_FILES = [
  'general.txt',
  'camellia-oil.txt',
  'chinese-medicine.txt',
  'agriculture.txt',
  'prefab-building.txt',
  'display-electronics.txt',
  'new-energy.txt',
  'manufacturing.txt',
  'healthcare.txt',
  'culture-tourism.txt',
  'digital-economy.txt',
  'ecology-environment.txt',
];

/**
 * The technical thesaurus: lines `概念 = 说法 说法 …` gather wordings into a concept, lines
 * `概念 ~ 概念 概念 …` relate concepts (both ways). A concept may be defined in several lines and files.
 * Lines `概念 =? 说法 …` give wordings that mean the concept only in their file's domain (提取 is a
 * herbal extraction among herbal terms, a feature extraction elsewhere): they count only in a listing
 * that names another concept defined in the same file — each file (text) is one domain.
 */
export class Thesaurus {
  readonly concepts: Concept[] = [];
  private readonly byName = new Map<string, number>();
  private readonly contextTerms = new Set<string>();
  private readonly root: TrieNode = {
    next: new Map(),
    concepts: null,
    pending: null,
    latinStart: false,
    latinEnd: false,
  };

  static fromText(texts: string[]): Thesaurus {
    const thesaurus = new Thesaurus();
    const relations: [string, string[], number][] = [];
    texts.forEach((text, domain) => {
      for (const line of dataLines(text)) {
        const synonym = line.indexOf('=');
        const relation = line.indexOf('~');
        if (synonym > 0) {
          const name = line.slice(0, synonym).trim();
          const id = thesaurus.addTerms(name, [name], domain);
          const rest = line.slice(synonym + 1);
          if (rest.startsWith('?')) {
            thesaurus.addContextTerms(id, splitTerms(rest.slice(1)), domain);
          } else {
            thesaurus.addTerms(name, splitTerms(rest), domain);
          }
        } else if (relation > 0) {
          relations.push([line.slice(0, relation).trim(), splitTerms(line.slice(relation + 1)), domain]);
        }
      }
    });
    for (const [from, targets, domain] of relations) {
      const a = thesaurus.ensure(from, domain);
      for (const target of targets) {
        const b = thesaurus.ensure(target, domain);
        thesaurus.relate(a, b);
        thesaurus.relate(b, a);
      }
    }
    for (const concept of thesaurus.concepts) {
      for (const link of concept.related) {
        const links = thesaurus.concepts[link.concept]!.related.length;
        link.weight = RELATED_WEIGHT * Math.min(1, Math.sqrt(HUB_LINKS / links));
      }
    }
    return thesaurus;
  }

  /** The thesaurus kept in `data/thesaurus/`. */
  static load(): Thesaurus {
    return Thesaurus.fromText(THESAURUS_FILES.map((file) => readDataFile(`thesaurus/${file}`)));
  }

  /** Every wording (context-dependent ones too), for the segmenter's user dictionary. */
  allTerms(): string[] {
    return [...this.concepts.flatMap((concept) => concept.terms), ...this.contextTerms];
  }

  /** Concept ids found in `text` (lower-cased), one entry per occurrence, the text being its own context. */
  detect(text: string): number[] {
    const { concepts, pending } = this.scan(text);
    return [...concepts, ...this.resolve(pending, this.domainsOf(concepts))];
  }

  /** Every wording in `text` (lower-cased), context-dependent ones left pending (see `resolve`). */
  scan(text: string): Detection {
    const found: number[] = [];
    const pending: number[] = [];
    const lower = text.toLowerCase();
    for (let start = 0; start < lower.length; start++) {
      let node = this.root.next.get(lower.charCodeAt(start));
      let skipped = false;
      for (let i = start + 1; node; i++) {
        if (!(node.latinStart && isLatin(lower, start - 1)) && !(node.latinEnd && isLatin(lower, i))) {
          if (node.concepts) {
            found.push(...node.concepts);
          }
          if (node.pending) {
            pending.push(...node.pending);
          }
        }
        if (i >= lower.length) {
          break;
        }
        let next = node.next.get(lower.charCodeAt(i));
        // A colloquial adverb inside a wording (喝水老呛, 放久了就发哈) is stepped over, once, after
        // two characters of the wording.
        if (!next && i - start >= 2 && !skipped && ADVERBS.has(lower.charCodeAt(i)) && i + 1 < lower.length) {
          let j = i;
          while (j < lower.length && j - i < 2 && ADVERBS.has(lower.charCodeAt(j))) {
            j++;
          }
          next = j < lower.length ? node.next.get(lower.charCodeAt(j)) : undefined;
          if (next) {
            skipped = true;
            i = j;
          }
        }
        node = next;
      }
    }
    return { concepts: found, pending };
  }

  /** The domains (files) of the given concepts. */
  domainsOf(concepts: Iterable<number>): Set<number> {
    const domains = new Set<number>();
    for (const concept of concepts) {
      for (const domain of this.concepts[concept]!.domains) {
        domains.add(domain);
      }
    }
    return domains;
  }

  /** The pending concepts (pairs concept, domain) whose domain is among `domains`. */
  resolve(pending: ArrayLike<number>, domains: ReadonlySet<number>): number[] {
    const found: number[] = [];
    for (let i = 0; i < pending.length; i += 2) {
      if (domains.has(pending[i + 1]!)) {
        found.push(pending[i]!);
      }
    }
    return found;
  }

  private ensure(name: string, domain: number): number {
    return this.byName.get(name) ?? this.addTerms(name, [name], domain);
  }

  private addTerms(name: string, terms: string[], domain: number): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.concepts.length;
      this.concepts.push({ name, terms: [], related: [], domains: [] });
      this.byName.set(name, id);
    }
    const concept = this.concepts[id]!;
    // A concept of the general file (the first text) is cross-chain: continued in a chain's file it
    // gains wordings, not that chain's domain, which would switch on the chain's context-dependent
    // wordings in any text naming it (腐蚀 continued in manufacturing.txt, and every rusty part would
    // switch on the machining wordings).
    if (!concept.domains.includes(domain) && concept.domains[0] !== GENERAL_DOMAIN) {
      concept.domains.push(domain);
    }
    for (const raw of terms) {
      const term = raw.toLowerCase();
      if (term.length < 2 || concept.terms.includes(term)) {
        continue;
      }
      concept.terms.push(term);
      const node = this.node(term);
      node.concepts ??= [];
      if (!node.concepts.includes(id)) {
        node.concepts.push(id);
      }
    }
    return id;
  }

  /** Wordings that mean concept `id` only next to another concept of `domain` (lines `=?`). */
  private addContextTerms(id: number, terms: string[], domain: number): void {
    for (const raw of terms) {
      const term = raw.toLowerCase();
      if (term.length < 2) {
        continue;
      }
      this.contextTerms.add(term);
      const node = this.node(term);
      node.pending ??= [];
      if (
        !node.pending.some((concept, i) => i % 2 === 0 && concept === id && node.pending![i + 1] === domain)
      ) {
        node.pending.push(id, domain);
      }
    }
  }

  /** The trie node of a wording, created on the way. */
  private node(term: string): TrieNode {
    let node = this.root;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) {
        next = { next: new Map(), concepts: null, pending: null, latinStart: false, latinEnd: false };
        node.next.set(code, next);
      }
      node = next;
    }
    node.latinStart = isLatin(term, 0);
    node.latinEnd = isLatin(term, term.length - 1);
    return node;
  }

  private relate(a: number, b: number): void {
    if (a === b) {
      return;
    }
    const related = this.concepts[a]!.related;
    if (!related.some((r) => r.concept === b)) {
      related.push({ concept: b, weight: RELATED_WEIGHT });
    }
  }
}

function splitTerms(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}

/** Adverbs and particles of colloquial complaints (老, 老是, 总, 经常, 很, 就, 容易, 一直 …), at most two stepped over. */
const ADVERBS = new Set([...'老总常经就都很太又也还会易容特别非最直了是'].map((c) => c.charCodeAt(0)));

function isLatin(text: string, at: number): boolean {
  const code = at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
