import { describe, expect, it } from 'vitest';
import type { AchievementDoc, DemandDoc, MatchHit, TransferMode } from '../types.js';
import { MatchEngine } from './engine.js';

// A mixed library: a few words in thousands of listings (their postings are read last, pruned), rarer
// domain words and concepts, several chains, and constraints that pass or fail.
const COMMON = (
  '材料 性能 结构 温度 模型 数据 工艺 设备 系统 方法 分析 测试 优化 参数 样品 质量 效率 速度 强度 ' +
  '浓度 压力 含量 成分 稳定 精度'
).split(' ');
const RARE = (
  '油茶 酸价 抗氧化 炭疽病 叠合板 灌浆 光伏 电芯 饮片 黄精 污泥 除臭 发哈 氧化酸败 接缝 渗水 ' +
  '茶皂素 脱壳 嫁接 压榨 出油率 保质期 外墙板 防水'
).split(' ');
const CHAINS = ['CAMELLIA_OIL', 'MODERN_AGRICULTURE', 'PREFAB_BUILDING', 'NEW_DISPLAY'];
const MODES: TransferMode[] = ['ASSIGNMENT', 'LICENSE', 'EQUITY', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

function texts(next: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return {
    pick,
    title: `${pick(RARE)}${pick(COMMON)}${next() < 0.5 ? pick(RARE) : ''}研究`,
    body: `${pick(COMMON)}与${pick(COMMON)}。${pick(RARE)}的${pick(COMMON)}。${pick(RARE)}${pick(RARE)}。`,
    keywords: next() < 0.7 ? [pick(RARE)] : [],
  };
}

function achievements(n: number, seed: number): AchievementDoc[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const { pick, title, body, keywords } = texts(next);
    return {
      id: `a${i}`,
      title,
      summary: body,
      keywords,
      industryChain: pick(CHAINS),
      trl: next() < 0.2 ? null : 1 + Math.floor(next() * 9),
      transferModes: next() < 0.2 ? [] : [pick(MODES)],
      askingPriceWan: next() < 0.3 ? null : Math.round(next() * 120),
    };
  });
}

function demands(n: number, seed: number): DemandDoc[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const { pick, title, body, keywords } = texts(next);
    return {
      id: `d${i}`,
      title,
      description: body,
      keywords,
      industryChain: pick(CHAINS),
      minTrl: next() < 0.3 ? null : 1 + Math.floor(next() * 8),
      budgetWan: next() < 0.3 ? null : Math.round(next() * 100),
      cooperationModes: next() < 0.2 ? [] : [pick(MODES)],
      deadline: next() < 0.5 ? null : '2027-03-31',
    };
  });
}

const antioxidant: AchievementDoc = {
  id: 'antioxidant',
  title: '抑制油脂氧化酸败的天然抗氧化剂复配技术',
  summary:
    '以迷迭香提取物与茶多酚复配制成油溶性天然抗氧化剂，延长油茶籽油的氧化诱导期，抑制贮藏期过氧化值上升。',
  keywords: ['天然抗氧化剂', '氧化稳定性'],
  industryChain: 'CAMELLIA_OIL',
  trl: 3,
  transferModes: ['ASSIGNMENT'],
  askingPriceWan: 80,
};
const rancidity: DemandDoc = {
  id: 'rancid',
  title: '茶油放久了发哈、酸价升高',
  description: '我们压榨的茶油放久了发哈，客户投诉，酸价升高。',
  keywords: [],
  industryChain: 'CAMELLIA_OIL',
  minTrl: 4,
  budgetWan: 50,
  cooperationModes: ['LICENSE'],
  deadline: '2027-03-31',
};

const TODAY = { today: '2026-06-01' };
const ALL = { ...TODAY, first: Number.POSITIVE_INFINITY };

const library = achievements(6000, 11);
const needs = demands(3000, 23);
const engine = new MatchEngine();
engine.loadAchievements([...library, antioxidant]);
engine.loadDemands([...needs, rancidity]);
// Upserts and removals after the bulk load (tombstones, grown posting lists).
for (let i = 0; i < 40; i++) {
  engine.upsertAchievement({ ...library[i]!, id: `late-${i}`, title: `油茶酸价${library[i]!.title}` });
  engine.removeAchievement(library[200 + i]!.id);
  engine.upsertDemand({ ...needs[i]!, id: `late-d${i}`, title: `光伏电芯${needs[i]!.title}` });
  engine.removeDemand(needs[200 + i]!.id);
}
const achievementIds = [
  ...library.map((a) => a.id),
  antioxidant.id,
  ...Array.from({ length: 40 }, (_, i) => `late-${i}`),
];
const demandIds = [
  ...needs.map((d) => d.id),
  rancidity.id,
  ...Array.from({ length: 40 }, (_, i) => `late-d${i}`),
];

/** Every listing of the full list, and a sample of the others (which must score null). */
function checkAll(
  full: MatchHit[],
  ids: string[],
  pair: (id: string) => MatchHit | null,
): { inside: number; outside: number } {
  const byId = new Map(full.map((hit) => [hit.id, hit]));
  full.forEach((hit) => expect(pair(hit.id)).toEqual(hit));
  ids.filter((id, i) => !byId.has(id) && i % 7 === 0).forEach((id) => expect(pair(id)).toBeNull());
  return { inside: Math.min(full.length, 20), outside: Math.max(0, full.length - 20) };
}

describe('pair scoring', () => {
  const demandQueries = [rancidity, ...demands(6, 101)];
  const achievementQueries = [antioxidant, ...achievements(6, 202)];

  it('gives each achievement exactly its hit in the full ranking for a demand, in and beyond the top 20', () => {
    let outside = 0;
    for (const demand of demandQueries) {
      const full = engine.matchesForDemand(demand, ALL);
      expect(full.length).toBeGreaterThan(20);
      outside += checkAll(full, achievementIds, (id) => engine.scoreForDemand(demand, id, TODAY)).outside;
    }
    expect(outside).toBeGreaterThan(1000);
  });

  it('gives each demand exactly its hit in the full ranking for an achievement', () => {
    let outside = 0;
    for (const achievement of achievementQueries) {
      const full = engine.matchesForAchievement(achievement, ALL);
      expect(full.length).toBeGreaterThan(20);
      outside += checkAll(full, demandIds, (id) =>
        engine.scoreForAchievement(achievement, id, TODAY),
      ).outside;
    }
    expect(outside).toBeGreaterThan(500);
  });

  it('equals the hit in pruned short lists too (what owners see), whatever the page size', () => {
    for (const first of [1, 10, 20, 50, 200]) {
      for (const demand of demandQueries) {
        for (const hit of engine.matchesForDemand(demand, { ...TODAY, first })) {
          expect(engine.scoreForDemand(demand, hit.id, TODAY)).toEqual(hit);
        }
      }
      for (const achievement of achievementQueries) {
        for (const hit of engine.matchesForAchievement(achievement, { ...TODAY, first })) {
          expect(engine.scoreForAchievement(achievement, hit.id, TODAY)).toEqual(hit);
        }
      }
    }
  });

  it('names a failed constraint in the reasons, as the list does', () => {
    const hit = engine.scoreForDemand(rancidity, 'antioxidant', TODAY)!;
    expect(hit).not.toBeNull();
    expect(hit.reasons).toContain('技术成熟度 TRL 3 低于需求最低 4');
    expect(hit.reasons).toContain('报价 80 万元超出预算 50 万元');
    expect(hit.reasons.some((r) => r.startsWith('合作方式不一致'))).toBe(true);
    expect(hit.reasons.find((r) => r.startsWith('共同概念'))).toContain('氧化酸败');
    expect(engine.matchesForDemand(rancidity, ALL).find((h) => h.id === 'antioxidant')).toEqual(hit);
    const reverse = engine.scoreForAchievement(antioxidant, 'rancid', TODAY)!;
    expect(reverse.reasons).toContain('技术成熟度 TRL 3 低于需求最低 4');
    expect(engine.matchesForAchievement(antioxidant, ALL).find((h) => h.id === 'rancid')).toEqual(reverse);
  });

  it('applies minScore, chains and excludeIds as the list does, and knows no unindexed listing', () => {
    const demand = demandQueries[1]!;
    const full = engine.matchesForDemand(demand, ALL);
    const mid = full[Math.floor(full.length / 3)]!;
    const options = { ...TODAY, minScore: mid.score, chains: ['CAMELLIA_OIL', 'PREFAB_BUILDING'] };
    const filtered = engine.matchesForDemand(demand, { ...options, first: Number.POSITIVE_INFINITY });
    const admitted = new Set(filtered.map((hit) => hit.id));
    for (const hit of full) {
      const pair = engine.scoreForDemand(demand, hit.id, options);
      expect(pair).toEqual(admitted.has(hit.id) ? hit : null);
    }
    expect(admitted.size).toBeGreaterThan(0);
    const some = filtered[0]!.id;
    expect(engine.scoreForDemand(demand, some, { ...options, excludeIds: [some] })).toBeNull();
    expect(engine.scoreForDemand(demand, 'missing', TODAY)).toBeNull();
    expect(engine.scoreForDemand(demand, library[200]!.id, TODAY)).toBeNull(); // removed
    expect(engine.scoreForAchievement(antioxidant, 'missing', TODAY)).toBeNull();
  });
});
