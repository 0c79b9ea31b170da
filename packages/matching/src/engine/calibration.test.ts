import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../index/inverted-index.js';
import { Scorer, buildQuery } from '../index/scorer.js';
import { Analyzer } from '../text/analyzer.js';
import { Thesaurus } from '../text/thesaurus.js';
import type { AchievementDoc, DemandDoc } from '../types.js';
import { CALIBRATION, evidenceFactor } from './calibration.js';
import { MatchEngine } from './engine.js';

describe('evidenceFactor', () => {
  it('leaves a query saying as much as a full listing, or more, unchanged', () => {
    expect(evidenceFactor(CALIBRATION.fullEvidence)).toBe(1);
    expect(evidenceFactor(3 * CALIBRATION.fullEvidence)).toBe(1);
  });

  it('shrinks a shorter query the more the less it says', () => {
    const half = evidenceFactor(CALIBRATION.fullEvidence / 2);
    const tenth = evidenceFactor(CALIBRATION.fullEvidence / 10);
    expect(half).toBeLessThan(1);
    expect(tenth).toBeLessThan(half);
    expect(tenth).toBeGreaterThan(0);
    expect(evidenceFactor(0)).toBe(1);
  });
});

describe('Scorer.evidence', () => {
  const analyzer = new Analyzer(Thesaurus.fromText(['发哈 = 哈喇味\n抗氧化 = 抗氧化剂\n发哈 ~ 抗氧化']));
  const index = new InvertedIndex();
  const scorer = new Scorer(index);
  index.add(analyzer.analyze('茶油抗氧化剂复配', [], '迷迭香提取物与茶多酚。'));
  index.add(analyzer.analyze('茶油灌装生产线', [], '自动灌装旋盖贴标。'));

  it('grows with what the query says', () => {
    const title = scorer.evidence(buildQuery(analyzer, analyzer.analyze('茶油哈喇味', [], '')));
    const full = scorer.evidence(
      buildQuery(
        analyzer,
        analyzer.analyze('茶油哈喇味', [], '小瓶装放三个月就有哈喇味，灌装线老旧，退货多。'),
      ),
    );
    expect(title).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(title);
  });
});

describe('scores of short queries', () => {
  const achievement = (id: string, title: string, summary: string): AchievementDoc => ({
    id,
    title,
    summary,
    keywords: [],
    industryChain: 'CAMELLIA_OIL',
    trl: 6,
    transferModes: ['LICENSE'],
    askingPriceWan: 20,
  });
  const demand = (title: string, description: string): DemandDoc => ({
    id: 'd',
    title,
    description,
    keywords: [],
    industryChain: 'CAMELLIA_OIL',
    minTrl: null,
    budgetWan: null,
    cooperationModes: [],
    deadline: null,
  });
  const engine = new MatchEngine();
  engine.loadAchievements([
    achievement('a1', '茶油抗氧化剂复配技术', '迷迭香提取物与茶多酚复配，延缓茶油氧化酸败，延长货架期。'),
    achievement('a2', '茶油灌装生产线', '自动灌装旋盖贴标一体机。'),
    achievement('a3', '油茶林下养鸡模式', '林下养殖与茶园管理。'),
  ]);

  it('scores a title-only demand below the same demand told in full for the listing that answers both', () => {
    const short = engine.scoreForDemand(demand('茶油氧化酸败', ''), 'a1', { today: '2026-01-01' })!;
    const long = engine.scoreForDemand(
      demand('茶油氧化酸败', '茶油放几个月就氧化酸败，希望用天然抗氧化剂延长货架期。'),
      'a1',
      { today: '2026-01-01' },
    )!;
    expect(short.score).toBeLessThan(long.score);
    expect(short.reasons.length).toBeGreaterThan(0);
  });

  it('does not shrink a query that is a few keywords by design (a saved search), in lists and pairs alike', () => {
    const words = demand('茶油氧化酸败', '');
    const shrunk = engine.scoreForDemand(words, 'a1', { today: '2026-01-01' })!;
    const keywords = engine.scoreForDemand(words, 'a1', { today: '2026-01-01', keywordQuery: true })!;
    expect(keywords.score).toBeGreaterThan(shrunk.score);
    const listed = engine.matchesForDemand(words, { today: '2026-01-01', keywordQuery: true });
    expect(listed.find((hit) => hit.id === 'a1')).toEqual(keywords);
  });
});
