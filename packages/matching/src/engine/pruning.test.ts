import { afterEach, describe, expect, it } from 'vitest';
import { MODEL } from '../index/scorer.js';
import type { AchievementDoc, DemandDoc } from '../types.js';
import { MatchEngine } from './engine.js';

// A library where a few words are in thousands of listings: their postings are read last (pruned).
const COMMON = (
  '材料 性能 结构 温度 模型 数据 工艺 设备 系统 方法 分析 测试 优化 参数 样品 质量 效率 速度 强度 ' +
  '浓度 压力 含量 成分 稳定 精度'
).split(' ');
const RARE = [
  '油茶',
  '酸价',
  '抗氧化',
  '炭疽病',
  '叠合板',
  '灌浆',
  '光伏',
  '电芯',
  '饮片',
  '黄精',
  '污泥',
  '除臭',
];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

function library(n: number): AchievementDoc[] {
  const next = random(7);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    title: `${pick(RARE)}${pick(COMMON)}研究`,
    summary: `${pick(COMMON)}与${pick(COMMON)}。${pick(RARE)}的${pick(COMMON)}。${pick(RARE)}。`,
    keywords: [pick(RARE)],
    industryChain: 'OTHER',
    trl: null,
    transferModes: [],
    askingPriceWan: null,
  }));
}

const query = (title: string, description: string): DemandDoc => ({
  id: 'q',
  title,
  description,
  keywords: [],
  industryChain: 'OTHER',
  minTrl: null,
  budgetWan: null,
  cooperationModes: [],
  deadline: null,
});

describe('pruning of common terms', () => {
  const lateShare = MODEL.lateShare;
  afterEach(() => {
    MODEL.lateShare = lateShare;
  });

  it('returns the same top hits and scores as reading every posting', () => {
    const engine = new MatchEngine();
    engine.loadAchievements(library(8000));
    const queries = [
      query('油茶材料性能', '酸价与温度。'),
      query('叠合板结构模型', '灌浆数据。'),
      query('光伏温度数据', '电芯材料性能结构。'),
    ];
    const pruned = queries.map((q) => engine.matchesForDemand(q, { first: 10 }));
    MODEL.lateShare = 0;
    const exact = queries.map((q) => engine.matchesForDemand(q, { first: 10 }));
    expect(pruned).toEqual(exact);
    expect(pruned.every((hits) => hits.length === 10)).toBe(true);
  });

  it('stays exact when the listings fit the demand differently (chain, TRL, price, modes)', () => {
    const chains = ['CAMELLIA_OIL', 'MODERN_AGRICULTURE', 'NEW_ENERGY', 'PREFAB_BUILDING'];
    const modes = ['LICENSE', 'ASSIGNMENT', 'TECHNICAL_SERVICE'] as const;
    const engine = new MatchEngine();
    engine.loadAchievements(
      library(8000).map((doc, i) => ({
        ...doc,
        industryChain: chains[i % chains.length]!,
        trl: i % 5 === 0 ? null : 1 + (i % 9),
        askingPriceWan: i % 3 === 0 ? null : 10 * (i % 13),
        transferModes: [modes[i % modes.length]!],
      })),
    );
    const demands = [
      { ...query('油茶材料性能', '酸价与温度。'), industryChain: 'CAMELLIA_OIL', minTrl: 5 },
      { ...query('叠合板结构模型', '灌浆数据。'), industryChain: 'PREFAB_BUILDING', budgetWan: 60 },
      { ...query('光伏温度数据', '电芯材料性能结构。'), industryChain: 'NEW_ENERGY' },
    ].map((demand) => ({ ...demand, cooperationModes: ['LICENSE' as const] }));
    const options = [{ first: 10 }, { first: 10, chains: ['CAMELLIA_OIL', 'NEW_ENERGY'] }, { first: 30 }];
    const pruned = demands.flatMap((d) => options.map((o) => engine.matchesForDemand(d, o)));
    MODEL.lateShare = 0;
    const exact = demands.flatMap((d) => options.map((o) => engine.matchesForDemand(d, o)));
    expect(pruned).toEqual(exact);
    expect(pruned.every((hits) => hits.length === 10 || hits.length === 30)).toBe(true);
  });

  it('stays exact after upserts and removals following a bulk load', () => {
    const engine = new MatchEngine();
    const docs = library(6000);
    engine.loadAchievements(docs);
    for (let i = 0; i < 50; i++) {
      engine.upsertAchievement({ ...docs[i]!, id: `extra-${i}`, title: `油茶酸价${docs[i]!.title}` });
      engine.removeAchievement(docs[100 + i]!.id);
    }
    const q = query('油茶酸价', '材料性能。');
    const pruned = engine.matchesForDemand(q, { first: 10 });
    MODEL.lateShare = 0;
    expect(pruned).toEqual(engine.matchesForDemand(q, { first: 10 }));
    expect(pruned[0]!.id.startsWith('extra-')).toBe(true);
    expect(pruned.map((hit) => hit.id)).not.toContain(docs[100]!.id);
  });
});
