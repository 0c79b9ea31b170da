import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { dataLines, readDataFile } from '../data-file.js';

let shared: Jieba | null = null;

/** jieba with its bundled dictionary plus the domain user dictionary and every thesaurus wording. */
export function domainSegmenter(extraTerms: string[]): Jieba {
  if (!shared) {
    shared = Jieba.withDict(dict);
    const words = [
      ...dataLines(readDataFile('user-dict.txt')).flatMap((line) => line.split(/\s+/)),
      ...extraTerms,
    ];
    const unique = [...new Set(words.filter((word) => /^[\p{Script=Han}a-z0-9]{2,}$/iu.test(word)))];
    shared.loadDict(Buffer.from(unique.map((word) => `${word} 30000 n`).join('\n') + '\n'));
  }
  return shared;
}

/**
 * Function characters, and adverbs of degree and quantity (约 3000 吨, 较高, 每批): read alone, no clue
 * and no keyword worth showing.
 */
const STOP_CHARS = new Set(
  '的了是在和与及或等个们这那也就都而被把从对为以于其之并且则约将已每各该此很较更最',
);

/** A bigram of two Han characters packed in one number, or -1 when it should not count. */
export function bigramCode(a: number, b: number): number {
  if (
    !isHan(a) ||
    !isHan(b) ||
    STOP_CHARS.has(String.fromCharCode(a)) ||
    STOP_CHARS.has(String.fromCharCode(b))
  ) {
    return -1;
  }
  return a * 65536 + b;
}

export function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

let stopwords: Set<string> | null = null;

/** Words of the listings' boilerplate (希望, 预算, 本成果 …) that say nothing about the problem. */
export function isStopword(word: string): boolean {
  stopwords ??= new Set(dataLines(readDataFile('stopwords.txt')).flatMap((line) => line.split(/\s+/)));
  return stopwords.has(word);
}

/**
 * Keeps words that start with a letter, not digits or punctuation. A character the segmenter leaves
 * alone (铌, 磷, 油) is often the most specific word of a title, so it counts unless it is a function
 * character.
 */
export function isIndexableWord(word: string): boolean {
  if (word.length === 1) {
    return /^\p{L}$/u.test(word) && !STOP_CHARS.has(word) && !isStopword(word);
  }
  return /^[\p{L}][\p{L}\p{N}\-.+]*$/u.test(word) && !isStopword(word);
}
