import { describe, expect, it } from 'vitest';
import { Thesaurus } from './thesaurus.js';

describe('Thesaurus', () => {
  const thesaurus = Thesaurus.fromText([
    '氧化酸败 = 哈喇味 酸败\n抗氧化 = 抗氧化剂\n氧化酸败 ~ 抗氧化\n显示面板 = oled',
  ]);
  const names = (text: string) => thesaurus.detect(text).map((id) => thesaurus.concepts[id]!.name);

  it('finds every wording of a concept in running text', () => {
    expect(names('油放久了有哈喇味，已经酸败')).toEqual(['氧化酸败', '氧化酸败']);
  });

  it('relates concepts both ways with a weight below one', () => {
    const [rancid, antioxidant] = [0, 1].map((id) => thesaurus.concepts[id]!);
    expect(rancid!.related).toEqual([{ concept: 1, weight: 0.6 }]);
    expect(antioxidant!.related).toEqual([{ concept: 0, weight: 0.6 }]);
  });

  it('matches Latin wordings only as whole words', () => {
    expect(names('OLED 面板')).toEqual(['显示面板']);
    expect(names('toledo')).toEqual([]);
  });

  it('loads the shipped thesaurus with a concept for each chain file', () => {
    const shipped = Thesaurus.load();
    expect(shipped.concepts.length).toBeGreaterThan(250);
    const detected = shipped.detect('茶油发哈').map((id) => shipped.concepts[id]!.name);
    expect(detected).toContain('氧化酸败');
  });
});
