import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * The plain BM25 baseline, defined exactly: jieba `cutForSearch` tokens (bundled dictionary only),
 * lower-cased, punctuation and digits dropped; document = title twice + keywords + body; k1 1.2, b 0.75.
 */
export class PlainBm25 {
  private static jieba: Jieba | null = null;
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private totalLength = 0;

  static tokens(text: string): string[] {
    PlainBm25.jieba ??= Jieba.withDict(dict);
    return PlainBm25.jieba
      .cutForSearch(text)
      .map((token) => token.toLowerCase().trim())
      .filter((token) => token.length > 0 && !/^[\p{P}\p{S}\p{N}\s]+$/u.test(token));
  }

  static text(title: string, keywords: readonly string[], body: string): string {
    return `${title}\n${title}\n${keywords.join(' ')}\n${body}`;
  }

  add(id: string, text: string): void {
    const doc = this.ids.length;
    this.ids.push(id);
    const counts = new Map<string, number>();
    const tokens = PlainBm25.tokens(text);
    for (const token of tokens) {
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    for (const [token, tf] of counts) {
      let list = this.postings.get(token);
      if (!list) {
        list = [];
        this.postings.set(token, list);
      }
      list.push({ doc, tf });
    }
    this.lengths.push(tokens.length);
    this.totalLength += tokens.length;
  }

  search(text: string, first = 10): { id: string; score: number }[] {
    const n = this.ids.length;
    const avg = this.totalLength / Math.max(1, n);
    const scores = new Float64Array(n);
    for (const token of PlainBm25.tokens(text)) {
      const list = this.postings.get(token);
      if (!list) {
        continue;
      }
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        scores[doc]! += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * this.lengths[doc]!) / avg));
      }
    }
    const top: { id: string; score: number }[] = [];
    scores.forEach((score, doc) => {
      if (score > 0) {
        top.push({ id: this.ids[doc]!, score });
      }
    });
    top.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return top.slice(0, first);
  }
}
