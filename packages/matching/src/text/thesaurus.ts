import { dataLines, readDataFile } from '../data-file.js';

/** A concept: one thing however it is worded (a symptom, a mechanism, a method, a part). */
export interface Concept {
  name: string;
  terms: string[];
  /** Concepts one step away (symptom ↔ mechanism ↔ remedy, part ↔ whole), with a weight below 1. */
  related: { concept: number; weight: number }[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  concepts: number[] | null;
  /** Latin wordings (oled, his, sic) only count as whole words. */
  whole: boolean;
}

const RELATED_WEIGHT = 0.6;
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
 */
export class Thesaurus {
  readonly concepts: Concept[] = [];
  private readonly byName = new Map<string, number>();
  private readonly root: TrieNode = { next: new Map(), concepts: null, whole: false };

  static fromText(texts: string[]): Thesaurus {
    const thesaurus = new Thesaurus();
    const relations: [string, string[]][] = [];
    for (const text of texts) {
      for (const line of dataLines(text)) {
        const synonym = line.indexOf('=');
        const relation = line.indexOf('~');
        if (synonym > 0) {
          const name = line.slice(0, synonym).trim();
          thesaurus.addTerms(name, [name, ...splitTerms(line.slice(synonym + 1))]);
        } else if (relation > 0) {
          relations.push([line.slice(0, relation).trim(), splitTerms(line.slice(relation + 1))]);
        }
      }
    }
    for (const [from, targets] of relations) {
      const a = thesaurus.ensure(from);
      for (const target of targets) {
        const b = thesaurus.ensure(target);
        thesaurus.relate(a, b);
        thesaurus.relate(b, a);
      }
    }
    return thesaurus;
  }

  /** The thesaurus kept in `data/thesaurus/`. */
  static load(): Thesaurus {
    return Thesaurus.fromText(THESAURUS_FILES.map((file) => readDataFile(`thesaurus/${file}`)));
  }

  /** Every wording, for the segmenter's user dictionary. */
  allTerms(): string[] {
    return this.concepts.flatMap((concept) => concept.terms);
  }

  /** Concept ids found in `text` (lower-cased), one entry per occurrence. */
  detect(text: string): number[] {
    const found: number[] = [];
    const lower = text.toLowerCase();
    for (let start = 0; start < lower.length; start++) {
      let node = this.root.next.get(lower.charCodeAt(start));
      for (let i = start + 1; node; i++) {
        if (node.concepts && (!node.whole || (!isLatin(lower, start - 1) && !isLatin(lower, i)))) {
          found.push(...node.concepts);
        }
        if (i >= lower.length) {
          break;
        }
        node = node.next.get(lower.charCodeAt(i));
      }
    }
    return found;
  }

  private ensure(name: string): number {
    return this.byName.get(name) ?? this.addTerms(name, [name]);
  }

  private addTerms(name: string, terms: string[]): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.concepts.length;
      this.concepts.push({ name, terms: [], related: [] });
      this.byName.set(name, id);
    }
    const concept = this.concepts[id]!;
    for (const raw of terms) {
      const term = raw.toLowerCase();
      if (term.length < 2 || concept.terms.includes(term)) {
        continue;
      }
      concept.terms.push(term);
      this.insert(term, id);
    }
    return id;
  }

  private insert(term: string, id: number): void {
    let node = this.root;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) {
        next = { next: new Map(), concepts: null, whole: false };
        node.next.set(code, next);
      }
      node = next;
    }
    node.concepts ??= [];
    node.whole = /^[a-z0-9.\-+]+$/.test(term);
    if (!node.concepts.includes(id)) {
      node.concepts.push(id);
    }
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

function isLatin(text: string, at: number): boolean {
  const code = at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
