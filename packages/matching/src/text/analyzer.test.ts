import { describe, expect, it } from 'vitest';
import { Analyzer, TermKind } from './analyzer.js';

const analyzer = new Analyzer();

function words(text: string): string[] {
  const doc = analyzer.analyze('', [], text);
  return [...doc.terms]
    .filter((term) => analyzer.kind(term) === TermKind.Word)
    .map((term) => analyzer.name(term) as string);
}

describe('Analyzer', () => {
  it('keeps a character the segmenter leaves alone, but not a function character', () => {
    const found = words('世界铌的发展动态');
    expect(found).toContain('铌');
    expect(found).not.toContain('的');
  });

  it('treats clauses alike however the full stop is written', () => {
    const ascii = analyzer.analyze('', [], '茶油酸价升高.抗氧化剂延长保质期');
    const chinese = analyzer.analyze('', [], '茶油酸价升高。抗氧化剂延长保质期');
    expect([...ascii.terms]).toEqual([...chinese.terms]);
    expect([...ascii.tfs]).toEqual([...chinese.tfs]);
  });

  it('keeps no bigram across punctuation', () => {
    const doc = analyzer.analyze('', [], '升高，抗氧');
    const grams = [...doc.terms]
      .filter((term) => analyzer.kind(term) === TermKind.Gram)
      .map((term) => analyzer.name(term));
    expect(grams).not.toContain('高抗');
  });
});
