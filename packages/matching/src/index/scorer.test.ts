import { describe, expect, it } from 'vitest';
import { Analyzer } from '../text/analyzer.js';
import { InvertedIndex } from './inverted-index.js';
import { Thesaurus } from '../text/thesaurus.js';
import { buildQuery, Scorer, shareRelatedEvidence } from './scorer.js';

// Common words in about 1,400 of the 16,000 listings: above the late pass's 1,000 postings, below the
// skipped share (10 %).
const COMMON = (
  '材料 性能 结构 温度 模型 数据 工艺 设备 系统 方法 分析 测试 优化 参数 样品 过程 机理 特征 条件 影响 ' +
  '规律 指标 装置 流程 成分 组织 界面 表面 强度 效率 速度 浓度 压力 质量 含量 形貌 粒径 密度 硬度 功率 ' +
  '电流 电压 频率 精度 误差'
).split(' ');
const RARE = '油茶 酸价 抗氧化 炭疽病 叠合板 灌浆 光伏 电芯 发哈 氧化酸败 接缝 渗水'.split(' ');

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

describe('Scorer.contentOf', () => {
  const analyzer = new Analyzer();
  const next = random(5);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const index = new InvertedIndex();
  const scorer = new Scorer(index);
  index.addAll(
    Array.from({ length: 16000 }, () =>
      analyzer.analyze(
        `${pick(RARE)}${pick(COMMON)}研究`,
        [pick(RARE)],
        `${pick(COMMON)}与${pick(COMMON)}。${pick(RARE)}的${pick(COMMON)}。${pick(RARE)}。`,
      ),
    ),
  );
  for (let slot = 0; slot < 300; slot += 3) {
    index.remove(slot);
  }
  const queries = [
    '油茶材料性能。酸价与温度。',
    '叠合板结构模型。灌浆数据。',
    '光伏温度数据。电芯材料性能结构。',
  ].map((text) => buildQuery(analyzer, analyzer.analyze(text.split('。')[0]!, [], text)));

  it('is bit for bit the content a full scoring gives each slot (common terms read last)', () => {
    for (const query of queries) {
      // No floor reads every posting, common terms last, as a ranking of every listing does.
      const relevance = scorer.score(query, () => null);
      const content = new Map(relevance.slots.map((slot) => [slot, relevance.content[slot]!]));
      scorer.release(relevance);
      expect(content.size).toBeGreaterThan(1000);
      for (let slot = 0; slot < index.slotCount; slot++) {
        expect(scorer.contentOf(query, slot)).toBe(content.get(slot) ?? 0);
      }
    }
  });

  it('is the content the pruned pass gives every slot that can still reach the floor', () => {
    let skipped = 0;
    for (const query of queries) {
      const full = scorer.score(query, () => null);
      const top = [...full.slots.map((slot) => full.content[slot]!)].sort((a, b) => b - a);
      scorer.release(full);
      for (const floor of [top[0]!, top[20]!]) {
        const pruned = scorer.score(query, () => ({
          min: floor,
          need: new Float32Array(index.slotCount).fill(floor),
        }));
        for (const slot of pruned.slots) {
          const exact = scorer.contentOf(query, slot);
          // A slot whose common terms were left unread cannot have reached the floor anyway.
          if (pruned.content[slot]! !== exact) {
            expect(exact).toBeLessThan(floor);
            skipped++;
          }
        }
        scorer.release(pruned);
      }
    }
    // The pruning did leave common terms unread for some slots.
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('shareRelatedEvidence', () => {
  // Two problems of a demand related to one hub concept, and one related to a concept of its own.
  const analyzer = new Analyzer(
    Thesaurus.fromText([
      '发哈 = 哈喇味\n渗水 = 漏水\n气调 = 充氮\n预测模型 = 需求预测\n抗氧化 = 抗氧化剂\n发哈 ~ 预测模型 抗氧化\n渗水 ~ 预测模型\n气调 ~ 抗氧化',
    ]),
  );
  const conceptOf = (name: string) =>
    analyzer.conceptTerm(analyzer.thesaurus.concepts.findIndex((c) => c.name === name));
  const query = buildQuery(analyzer, analyzer.analyze('茶油哈喇味，仓库漏水', [], ''));
  const shared = shareRelatedEvidence(query);
  const weightIn = (q: typeof query, group: string, member: string) =>
    q.concepts
      .find((g) => g.members[0]!.term === conceptOf(group))!
      .members.find((m) => m.term === conceptOf(member))!.weight;

  it('divides a related concept reached from several query concepts by the root of their number', () => {
    expect(weightIn(query, '发哈', '预测模型')).toBeCloseTo(0.6);
    expect(weightIn(shared, '发哈', '预测模型')).toBeCloseTo(0.6 / Math.SQRT2);
    expect(weightIn(shared, '渗水', '预测模型')).toBeCloseTo(0.6 / Math.SQRT2);
  });

  it('keeps the query concepts themselves and a related concept reached once', () => {
    expect(weightIn(shared, '发哈', '发哈')).toBe(1);
    expect(weightIn(shared, '发哈', '抗氧化')).toBeCloseTo(0.6);
  });

  it('lowers the content of a listing that names only the hub, not that of one naming a problem', () => {
    const index = new InvertedIndex();
    const scorer = new Scorer(index);
    const hub = index.add(analyzer.analyze('需求预测平台', [], '销售数据。'));
    const direct = index.add(analyzer.analyze('茶油哈喇味控制', [], '储藏试验。'));
    index.add(analyzer.analyze('无关的标题', [], '其他内容。'));
    expect(scorer.contentOf(shared, hub)).toBeLessThan(scorer.contentOf(query, hub));
    expect(scorer.contentOf(shared, direct)).toBe(scorer.contentOf(query, direct));
  });
});

describe('the background field', () => {
  const analyzer = new Analyzer(Thesaurus.fromText(['发哈 = 哈喇味']));
  const weightOf = (query: ReturnType<typeof buildQuery>, word: string) =>
    query.words.find((w) => analyzer.name(w.term) === word)?.weight ?? 0;
  const plain = buildQuery(
    analyzer,
    analyzer.analyze('茶油哈喇味', [], '我公司在鹤城区做压榨茶油。放三个月就有哈喇味。'),
  );
  const weighed = buildQuery(
    analyzer,
    analyzer.analyze('茶油哈喇味', [], '放三个月就有哈喇味。', '我公司在鹤城区做压榨茶油。'),
  );

  it("weighs the enterprise's introduction of itself below the need", () => {
    expect(weightOf(weighed, '压榨')).toBeGreaterThan(0);
    expect(weightOf(weighed, '压榨')).toBeLessThan(0.2 * weightOf(plain, '压榨'));
    // Words of the need, and words the title also names, keep (at least) their title's weight.
    expect(weightOf(weighed, '三个')).toBeCloseTo(weightOf(plain, '三个'));
    expect(weightOf(weighed, '茶油')).toBeGreaterThan(0.8 * weightOf(plain, '茶油'));
  });

  it('makes an indexed listing whose background alone names a word rank below one whose body does', () => {
    const index = new InvertedIndex();
    const scorer = new Scorer(index);
    const inBody = index.add(analyzer.analyze('', [], '压榨茶油放久了发哈。'));
    const inBackground = index.add(analyzer.analyze('', [], '放久了发哈。', '我们压榨茶油。'));
    const query = buildQuery(analyzer, analyzer.analyze('压榨茶油', [], ''));
    expect(scorer.contentOf(query, inBackground)).toBeGreaterThan(0);
    expect(scorer.contentOf(query, inBackground)).toBeLessThan(0.5 * scorer.contentOf(query, inBody));
  });
});
