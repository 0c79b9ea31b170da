import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../index/inverted-index.js';
import { Scorer, buildQuery } from '../index/scorer.js';
import { Analyzer } from '../text/analyzer.js';
import { Thesaurus } from '../text/thesaurus.js';
import { queryTerms, titleCoverage } from './rerank.js';

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

  it('says nothing of a listing without a title', () => {
    expect(titleCoverage(analyzer, scorer, query, docs[2]!)).toBeNull();
  });
});
