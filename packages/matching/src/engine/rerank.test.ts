import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../index/inverted-index.js';
import { Scorer, buildQuery } from '../index/scorer.js';
import { Analyzer } from '../text/analyzer.js';
import { Thesaurus } from '../text/thesaurus.js';
import { RERANK, conceptCoverage, coverageFactor, queryTerms, titleCoverage } from './rerank.js';

const analyzer = new Analyzer(
  Thesaurus.fromText(['浑浊 = 发朦 白絮\n低温结晶 = 冬化 脱蜡\n浑浊 ~ 低温结晶']),
);

describe('titleCoverage', () => {
  const index = new InvertedIndex();
  const scorer = new Scorer(index);
  const docs = [
    analyzer.analyze('茶油冬化脱蜡工艺', [], '程序降温养晶后过滤。'),
    analyzer.analyze('茶油灌装生产线', [], '自动灌装旋盖。'),
    analyzer.analyze('', [], '没有标题的摘要。'),
  ];
  docs.forEach((doc) => index.add(doc));
  const query = queryTerms(buildQuery(analyzer, analyzer.analyze('茶油冬天发朦', [], '瓶底起白絮。')));

  it('credits a title concept the query names only through a related concept', () => {
    const linked = titleCoverage(analyzer, scorer, query, docs[0]!)!;
    const unrelated = titleCoverage(analyzer, scorer, query, docs[1]!)!;
    expect(linked).toBeGreaterThan(unrelated);
    expect(linked).toBeLessThan(1);
  });

  it("counts a word only the demand's background names as partly named", () => {
    const body = '我公司灌装茶油。瓶底起白絮。';
    const weighed = queryTerms(
      buildQuery(analyzer, analyzer.analyze('茶油冬天发朦', [], '瓶底起白絮。', '我公司灌装茶油。')),
    );
    const name = (word: string) => [...weighed.keys()].find((term) => analyzer.name(term) === word)!;
    expect(weighed.get(name('灌装'))).toBeLessThan(0.5);
    expect(weighed.get(name('茶油'))).toBe(1);
    expect(titleCoverage(analyzer, scorer, weighed, docs[1]!)).toBeLessThan(
      titleCoverage(
        analyzer,
        scorer,
        queryTerms(buildQuery(analyzer, analyzer.analyze('茶油冬天发朦', [], body))),
        docs[1]!,
      )!,
    );
  });

  it('says nothing of a listing without a title', () => {
    expect(titleCoverage(analyzer, scorer, query, docs[2]!)).toBeNull();
  });
});

describe('conceptCoverage', () => {
  const cov = new Analyzer(
    Thesaurus.fromText([
      '浑浊 = 发朦 白絮\n低温结晶 = 冬化 脱蜡\n浑浊 ~ 低温结晶\n灌装 = 灌装线 旋盖\n色泽深 = 颜色深 发黑',
    ]),
  );
  const index = new InvertedIndex();
  const scorer = new Scorer(index);
  const docs = [
    cov.analyze('茶油发朦处理', [], '白絮去除，颜色深的茶油脱色。'),
    cov.analyze('茶油冬化脱蜡', [], '程序降温养晶。'),
    cov.analyze('茶油灌装线', [], '自动旋盖。'),
  ];
  docs.forEach((doc) => index.add(doc));
  const query = buildQuery(cov, cov.analyze('茶油冬天发朦、颜色深', [], ''));

  it('credits named concepts fully, related ones at their link weight, others not', () => {
    const both = conceptCoverage(scorer, query, docs[0]!)!;
    const related = conceptCoverage(scorer, query, docs[1]!)!;
    const none = conceptCoverage(scorer, query, docs[2]!)!;
    expect(both.share).toBeCloseTo(1);
    expect(related.share).toBeGreaterThan(0);
    expect(related.share).toBeLessThan(0.6);
    expect(none.share).toBe(0);
    expect(both.concepts).toBe(2);
  });

  it('is unknown for a query without concepts', () => {
    expect(conceptCoverage(scorer, buildQuery(cov, cov.analyze('茶油', [], '')), docs[0]!)).toBeNull();
  });
});

describe('coverageFactor', () => {
  it('lowers relevance for uncovered concepts, more so when the demand names more of them', () => {
    expect(coverageFactor(null)).toBe(1);
    expect(coverageFactor({ share: 1, concepts: 8 })).toBe(1);
    const many = coverageFactor({ share: 0, concepts: RERANK.coverageConcepts });
    const few = coverageFactor({ share: 0, concepts: 1 });
    expect(many).toBeCloseTo(1 - RERANK.coverageWeight);
    expect(few).toBeGreaterThan(many);
    expect(few).toBeLessThan(1);
  });
});
