import { describe, expect, it } from 'vitest';
import type { AchievementDoc, DemandDoc } from '../types.js';
import { MatchEngine, backgroundOf } from './engine.js';

const achievement = (over: Partial<AchievementDoc> & { id: string }): AchievementDoc => ({
  title: '',
  summary: '',
  keywords: [],
  industryChain: 'CAMELLIA_OIL',
  trl: 6,
  transferModes: ['LICENSE'],
  askingPriceWan: 20,
  ...over,
});

const demand = (over: Partial<DemandDoc> & { id: string }): DemandDoc => ({
  title: '',
  description: '',
  keywords: [],
  industryChain: 'CAMELLIA_OIL',
  minTrl: 4,
  budgetWan: 50,
  cooperationModes: ['LICENSE'],
  deadline: null,
  ...over,
});

const antioxidant = achievement({
  id: 'antioxidant',
  title: '抑制油脂氧化酸败的天然抗氧化剂复配技术',
  summary:
    '以迷迭香提取物与茶多酚复配制成油溶性天然抗氧化剂，延长油茶籽油的氧化诱导期，抑制贮藏期过氧化值上升。',
  keywords: ['天然抗氧化剂', '氧化稳定性'],
});
// More words in common with the demand (茶油、放久、升高、酸性), another problem: a disease of the trees.
const anthracnose = achievement({
  id: 'anthracnose',
  title: '油茶炭疽病绿色防控技术',
  summary:
    '针对茶油产区油茶林炭疽病放久不治导致落果、茶油减产的问题，病果率升高时采用拮抗菌与修剪结合防控，茶油产量升高。',
  keywords: ['茶油', '油茶', '炭疽病', '绿色防控'],
});
const rancidity = demand({
  id: 'rancid',
  title: '茶油放久了发哈、酸价升高',
  description: '我们压榨的茶油放久了发哈，客户投诉，酸价升高。',
  deadline: '2027-03-31',
});

const precast = achievement({
  id: 'precast',
  title: '装配式外挂墙板接缝构造防水技术',
  summary: '预制混凝土外墙板接缝采用企口、减压空腔和排水管构成构造防水，解决板缝渗漏。',
  keywords: ['构造防水', '接缝密封'],
  industryChain: 'PREFAB_BUILDING',
  trl: 8,
  transferModes: ['TECHNICAL_SERVICE'],
  askingPriceWan: 15,
});
const leak = demand({
  id: 'leak',
  title: '预制外墙板拼缝下雨渗水',
  description: '安置房外墙板拼缝处打胶开裂，一下雨就渗水，住户投诉。',
  industryChain: 'PREFAB_BUILDING',
  minTrl: 6,
  budgetWan: 60,
  cooperationModes: ['TECHNICAL_SERVICE'],
});

// Other camellia results, as in a real library: the chain's everyday words (茶油、油茶) are common.
const background = [
  ['bg-press', '油茶籽低温压榨提高茶油出油率工艺', '改进螺旋压榨与预处理，茶油出油率提高，饼粕残油降低。'],
  ['bg-husk', '油茶果脱壳清选一体机', '油茶果脱壳、果壳与茶籽分离，适合茶油加工厂。'],
  ['bg-seedling', '油茶良种芽苗砧嫁接育苗技术', '油茶良种嫁接苗成活率高，茶油产区新造林使用。'],
  ['bg-saponin', '茶粕中茶皂素提取纯化技术', '以油茶饼粕为原料提取茶皂素，茶油加工副产物利用。'],
].map(([id, title, summary]) =>
  achievement({ id: id!, title: title!, summary: summary!, keywords: ['茶油'] }),
);

function engineWith(achievements: AchievementDoc[], demands: DemandDoc[] = []): MatchEngine {
  const engine = new MatchEngine();
  achievements.forEach((a) => engine.upsertAchievement(a));
  demands.forEach((d) => engine.upsertDemand(d));
  return engine;
}

describe('MatchEngine', () => {
  it('ranks the antioxidant result above a camellia disease result that shares more words', () => {
    const engine = engineWith([anthracnose, antioxidant, precast, ...background]);
    const hits = engine.matchesForDemand(rancidity, { today: '2026-01-01' });
    expect(hits[0]!.id).toBe('antioxidant');
    const disease = hits.find((hit) => hit.id === 'anthracnose');
    expect(disease?.score ?? 0).toBeLessThan(hits[0]!.score - 15);
    expect(hits[0]!.reasons.find((r) => r.startsWith('共同概念'))).toContain('氧化酸败');
  });

  it('explains each constraint: TRL, price, mode and chain', () => {
    const engine = engineWith([
      achievement({ ...antioxidant, id: 'fits' }),
      achievement({ ...antioxidant, id: 'fails', trl: 3, askingPriceWan: 80, transferModes: ['ASSIGNMENT'] }),
    ]);
    const hits = engine.matchesForDemand(rancidity, { today: '2026-01-01' });
    const fits = hits.find((hit) => hit.id === 'fits')!;
    const fails = hits.find((hit) => hit.id === 'fails')!;
    expect(fits.reasons).toContain('技术成熟度 TRL 6 ≥ 需求最低 4');
    expect(fits.reasons).toContain('报价 20 万元在预算 50 万元以内');
    expect(fits.reasons).toContain('合作方式一致：许可');
    expect(fits.reasons).toContain('产业链相同：油茶');
    expect(fails.reasons).toContain('技术成熟度 TRL 3 低于需求最低 4');
    expect(fails.reasons).toContain('报价 80 万元超出预算 50 万元');
    expect(fails.reasons.some((r) => r.startsWith('合作方式不一致'))).toBe(true);
    // TRL one short ×0.9, price over 1.5× the budget ×0.8, no shared mode ×0.85.
    expect(fails.score).toBeCloseTo(fits.score * 0.9 * 0.8 * 0.85, 0);
  });

  it('accepts a price up to 1.5 times the budget with a small discount', () => {
    const engine = engineWith([
      achievement({ ...antioxidant, id: 'cheap' }),
      achievement({ ...antioxidant, id: 'margin', askingPriceWan: 70 }),
    ]);
    const [cheap, margin] = engine.matchesForDemand(rancidity);
    expect(cheap!.id).toBe('cheap');
    expect(margin!.reasons.some((r) => r.startsWith('报价 70 万元略超预算 50 万元'))).toBe(true);
    expect(margin!.score).toBeGreaterThan(cheap!.score * 0.9);
  });

  it('names a neighbouring chain and scores it between same and unrelated', () => {
    const engine = engineWith([
      achievement({ ...antioxidant, id: 'same' }),
      achievement({ ...antioxidant, id: 'neighbour', industryChain: 'MODERN_AGRICULTURE' }),
      achievement({ ...antioxidant, id: 'far', industryChain: 'NEW_DISPLAY' }),
    ]);
    const hits = engine.matchesForDemand(rancidity);
    expect(hits.map((hit) => hit.id)).toEqual(['same', 'neighbour', 'far']);
    expect(hits[1]!.reasons).toContain('相邻产业链：油茶 ↔ 现代农业');
    expect(hits[2]!.reasons.some((r) => r.startsWith('产业链不同'))).toBe(true);
  });

  it('reports the deadline without scoring it', () => {
    const engine = engineWith([antioxidant]);
    const soon = engine.matchesForDemand(rancidity, { today: '2027-03-01' });
    const later = engine.matchesForDemand({ ...rancidity, deadline: null }, { today: '2027-03-01' });
    expect(soon[0]!.reasons).toContain('需求截止 2027-03-31，剩余 30 天');
    expect(later[0]!.reasons.some((r) => r.includes('截止'))).toBe(false);
    expect(soon[0]!.score).toBe(later[0]!.score);
  });

  it('reports the candidate demand deadline when matching an achievement', () => {
    const engine = engineWith([], [rancidity, leak]);
    const hits = engine.matchesForAchievement(antioxidant, { today: '2027-04-02' });
    expect(hits[0]!.id).toBe('rancid');
    expect(hits[0]!.reasons).toContain('需求已于 2027-03-31 截止（2 天前）');
  });

  it('keeps scores in 0–100 with one decimal, a strong answer high and an unrelated one low', () => {
    const engine = engineWith([antioxidant, anthracnose, precast, ...background]);
    const hits = engine.matchesForDemand(leak);
    expect(hits[0]!.id).toBe('precast');
    expect(hits[0]!.score).toBeGreaterThanOrEqual(60);
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThanOrEqual(0);
      expect(hit.score).toBeLessThanOrEqual(100);
      expect(Math.round(hit.score * 10) / 10).toBe(hit.score);
    }
    const unrelated = hits.find((hit) => hit.id === 'antioxidant');
    expect(unrelated?.score ?? 0).toBeLessThan(30);
  });

  it('updates incrementally on upsert and remove', () => {
    // With a background, as idf means little among two listings.
    const engine = engineWith([anthracnose, ...background]);
    expect(engine.matchesForDemand(rancidity).map((hit) => hit.id)).toContain('anthracnose');
    engine.upsertAchievement(antioxidant);
    expect(engine.size).toEqual({ achievements: 2 + background.length, demands: 0 });
    expect(engine.matchesForDemand(rancidity)[0]!.id).toBe('antioxidant');
    engine.upsertAchievement({
      ...antioxidant,
      title: '预制墙板接缝渗漏修复',
      summary: '板缝渗水修复。',
      keywords: [],
    });
    expect(engine.size.achievements).toBe(2 + background.length);
    expect(engine.matchesForDemand(rancidity)[0]!.id).not.toBe('antioxidant');
    engine.removeAchievement('anthracnose');
    engine.removeAchievement('missing');
    expect(engine.size.achievements).toBe(1 + background.length);
    expect(engine.matchesForDemand(rancidity).map((hit) => hit.id)).not.toContain('anthracnose');
    engine.removeAchievement('antioxidant');
    background.forEach((a) => engine.removeAchievement(a.id));
    expect(engine.size.achievements).toBe(0);
    expect(engine.matchesForDemand(rancidity)).toEqual([]);
  });

  it('applies the chains, minScore, excludeIds and first filters', () => {
    const engine = engineWith([antioxidant, anthracnose, precast, ...background]);
    const all = engine.matchesForDemand(rancidity);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(engine.matchesForDemand(rancidity, { chains: ['PREFAB_BUILDING'] }).map((h) => h.id)).toEqual(
      all.some((h) => h.id === 'precast') ? ['precast'] : [],
    );
    expect(engine.matchesForDemand(rancidity, { excludeIds: ['antioxidant'] }).map((h) => h.id)).toEqual(
      all.filter((h) => h.id !== 'antioxidant').map((h) => h.id),
    );
    const threshold = all[0]!.score - 0.1;
    expect(engine.matchesForDemand(rancidity, { minScore: threshold }).map((h) => h.id)).toEqual([
      'antioxidant',
    ]);
    expect(engine.matchesForDemand(rancidity, { first: 1 })).toHaveLength(1);
  });

  it('lists similar achievements and demands without the listing itself', () => {
    const oxidation = achievement({
      id: 'oxidation2',
      title: '食用油充氮避光包装延缓氧化酸败',
      summary: '灌装充氮降低顶空残氧，避光瓶阻隔光氧化，延缓茶油酸败。',
    });
    const engine = engineWith([antioxidant, anthracnose, precast, oxidation], [rancidity, leak]);
    const similar = engine.similarAchievements('antioxidant');
    expect(similar.map((h) => h.id)).not.toContain('antioxidant');
    expect(similar[0]!.id).toBe('oxidation2');
    expect(engine.similarDemands('rancid').map((h) => h.id)).not.toContain('rancid');
    expect(engine.similarAchievements('missing')).toEqual([]);
  });

  it('bulk loads to the same results as one upsert at a time', () => {
    const docs = [antioxidant, anthracnose, precast, ...background];
    const bulk = new MatchEngine();
    bulk.loadAchievements([...docs, { ...precast, title: '旧标题' }]);
    expect(bulk.size.achievements).toBe(docs.length);
    bulk.upsertAchievement(precast);
    expect(bulk.matchesForDemand(rancidity)).toEqual(engineWith(docs).matchesForDemand(rancidity));
  });

  it('is deterministic', () => {
    const a = engineWith([antioxidant, anthracnose, precast]).matchesForDemand(rancidity, {
      today: '2026-05-01',
    });
    const b = engineWith([precast, anthracnose, antioxidant]).matchesForDemand(rancidity, {
      today: '2026-05-01',
    });
    expect(b).toEqual(a);
  });
});

describe('backgroundOf', () => {
  it("finds a description's opening about the enterprise itself", () => {
    expect(backgroundOf('我公司年产茶油3000吨，主要卖电商。油放三个月就发哈。')).toBe(
      '我公司年产茶油3000吨，主要卖电商。',
    );
    expect(backgroundOf('合作社有大棚300亩')).toBe('合作社有大棚300亩');
    expect(backgroundOf('本厂生产冲压件。')).toBe('本厂生产冲压件。');
    expect(backgroundOf('茶油放三个月就发哈。我公司年产3000吨。')).toBeNull();
    expect(backgroundOf('本项目需要一种抗氧化剂。')).toBeNull();
    // An opening that says what the enterprise wants is the need itself.
    expect(backgroundOf('我们想找一种能延长茶油保质期的技术')).toBeNull();
    expect(backgroundOf('我公司年产茶油3000吨，急需解决酸价升高的问题。')).toBeNull();
  });
});
