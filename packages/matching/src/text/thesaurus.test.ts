import { describe, expect, it } from 'vitest';
import { readDataFile } from '../data-file.js';
import { THESAURUS_FILES, Thesaurus } from './thesaurus.js';

describe('Thesaurus', () => {
  const thesaurus = Thesaurus.fromText([
    '氧化酸败 = 哈喇味 酸败\n抗氧化 = 抗氧化剂\n氧化酸败 ~ 抗氧化\n显示面板 = oled\n照明 = led灯 灯具',
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

  it('steps over a colloquial adverb inside a wording, once', () => {
    const colloquial = Thesaurus.fromText(['吞咽障碍 = 喝水呛 呛咳\n成本高 = 成本高']);
    const found = (text: string) => colloquial.detect(text).map((id) => colloquial.concepts[id]!.name);
    expect(found('喝水老呛')).toEqual(['吞咽障碍']);
    expect(found('喝水老是呛')).toEqual(['吞咽障碍']);
    expect(found('运维成本一直很高')).toEqual([]);
    expect(found('运维成本很高')).toEqual(['成本高']);
    // Not before the wording's second character, and not over other characters.
    expect(found('喝老水呛')).toEqual([]);
    expect(found('喝水后呛')).toEqual([]);
  });

  it('weighs a link by how many links the concept found has: a hub says less of each', () => {
    const hub = Thesaurus.fromText([
      '养老 ~ 跌倒 压疮 吞咽障碍 认知障碍 睡眠障碍 营养不良 走失 孤独\n跌倒 ~ 跌倒检测',
    ]);
    const id = (name: string) => hub.concepts.findIndex((c) => c.name === name);
    const link = (from: string, to: string) =>
      hub.concepts[id(from)]!.related.find((r) => r.concept === id(to))!.weight;
    // 养老 has 8 links: naming it is 0.6 × √(2/8) evidence of 跌倒; 跌倒 (2 links) is full evidence of 养老.
    expect(link('跌倒', '养老')).toBeCloseTo(0.3);
    expect(link('养老', '跌倒')).toBeCloseTo(0.6);
    expect(link('跌倒检测', '跌倒')).toBeCloseTo(0.6);
  });

  it('matches Latin wordings only as whole words', () => {
    expect(names('OLED 面板')).toEqual(['显示面板']);
    expect(names('toledo')).toEqual([]);
    // A wording that begins (or ends) with Latin letters: no letter just before (after) it.
    expect(names('led灯具')).toEqual(['照明', '照明']);
    expect(names('oled灯')).toEqual(['显示面板']);
  });

  it('counts a context-dependent wording only beside another concept of its file', () => {
    const domains = Thesaurus.fromText([
      '中药材 = 黄精 茯苓\n提取工艺 = 醇提 水提\n提取工艺 =? 提取',
      '人工智能 = 神经网络 深度学习',
    ]);
    const found = (text: string) => domains.detect(text).map((id) => domains.concepts[id]!.name);
    expect(found('黄精多糖的提取')).toEqual(['中药材', '提取工艺']);
    expect(found('神经网络的特征提取')).toEqual(['人工智能']);
    expect(found('提取')).toEqual([]);
    // A general concept continued in a chain's file does not bring that chain's context along.
    const general = Thesaurus.fromText(['腐蚀 = 生锈', '显示面板 = 液晶屏\n显示面板 =? 模组\n腐蚀 = 白锈']);
    const inGeneral = (text: string) => general.detect(text).map((id) => general.concepts[id]!.name);
    expect(inGeneral('电池模组生锈')).toEqual(['腐蚀']);
    expect(inGeneral('液晶屏模组白锈')).toEqual(['显示面板', '腐蚀', '显示面板']);
    // Still one of the segmenter's words.
    expect(domains.allTerms()).toContain('提取');
  });

  it('loads the shipped thesaurus with a concept for each chain file', () => {
    const shipped = Thesaurus.load();
    expect(shipped.concepts.length).toBeGreaterThan(250);
    const detected = shipped.detect('茶油发哈').map((id) => shipped.concepts[id]!.name);
    expect(detected).toContain('氧化酸败');
  });

  it('ships well-formed files: every line a synonym, context or link line, wordings of two characters or more, links to defined concepts', () => {
    const defined = new Set<string>();
    const linked: string[] = [];
    const faults: string[] = [];
    for (const file of THESAURUS_FILES) {
      for (const line of readDataFile(`thesaurus/${file}`).split('\n')) {
        const text = line.replace(/#.*$/, '').trim();
        if (!text) {
          continue;
        }
        const parts = /^(\S+)\s*(=\?|=|~)\s*(.+)$/.exec(text);
        if (!parts) {
          faults.push(`${file}: ${text}`);
          continue;
        }
        const [, name, kind, rest] = parts as unknown as [string, string, string, string];
        const terms = rest.split(/[\s,，、;；]+/).filter(Boolean);
        if (kind === '~') {
          linked.push(name, ...terms);
        } else {
          defined.add(name);
        }
        faults.push(
          ...[name, ...terms]
            .filter((term) => [...term].length < 2 || term !== term.toLowerCase())
            .map((term) => `${file}: ${term} in ${name}`),
        );
      }
    }
    faults.push(...linked.filter((name) => !defined.has(name)).map((name) => `link to undefined ${name}`));
    expect(faults).toEqual([]);
  });
});
