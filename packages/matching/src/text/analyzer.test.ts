import { describe, expect, it } from 'vitest';
import { type AnalyzedDoc, Analyzer, TermKind } from './analyzer.js';
import { Thesaurus } from './thesaurus.js';

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
    // 约 (about) in 年加工约3000吨 is no shared keyword to show a user.
    expect(words('年加工约3000吨')).not.toContain('约');
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

  it('resolves a context-dependent wording over the whole listing, in the field where it stands', () => {
    const local = new Analyzer(Thesaurus.fromText(['中药材 = 黄精 茯苓\n提取工艺 =? 提取']));
    const extraction = local.conceptTerm(local.thesaurus.concepts.findIndex((c) => c.name === '提取工艺'));
    const title = (doc: AnalyzedDoc) => {
      const at = [...doc.terms].indexOf(extraction);
      return at < 0 ? 0 : doc.tfs[at]! & 0xff;
    };
    // The context (黄精) is in the body, the wording in the title.
    expect(title(local.analyze('多糖提取新工艺', [], '以黄精为原料'))).toBe(1);
    expect(title(local.analyze('多糖提取新工艺', [], '以玉米为原料'))).toBe(0);
  });
});
