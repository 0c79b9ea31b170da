import { describe, expect, it } from 'vitest';
import { Analyzer } from '../text/analyzer.js';
import { InvertedIndex } from './inverted-index.js';
import { buildQuery, Scorer } from './scorer.js';

const COMMON = '材料 性能 结构 温度 模型 数据 工艺 设备 系统 方法 分析 测试 优化 参数 样品'.split(' ');
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
    Array.from({ length: 8000 }, () =>
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
      // A floor of 0 reads every posting, common terms last, as a ranking of every listing does.
      const relevance = scorer.score(query, () => 0);
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
      const full = scorer.score(query, () => 0);
      const top = [...full.slots.map((slot) => full.content[slot]!)].sort((a, b) => b - a);
      scorer.release(full);
      for (const floor of [top[0]!, top[20]!]) {
        const pruned = scorer.score(query, () => floor);
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
