import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkRows, chunk } from './import-rows';
import { parseCsv, parseCsvFile, parseJson, parseXlsx } from './parse-file';

const achievementJson = {
  achievements: [
    {
      externalId: 'P-A001',
      title: '油茶饼粕亚临界丁烷萃取残油成套装备',
      summary: '残油可降至1%以下。',
      keywords: ['亚临界萃取', '饼粕残油'],
      industryChain: 'CAMELLIA_OIL',
      trl: 8,
      ipType: 'INVENTION_PATENT',
      transferModes: ['ASSIGNMENT'],
      askingPriceWan: 260,
      institution: '湖南农业大学',
      team: null,
    },
  ],
  demands: [],
  qrels: {},
};

describe('import rows', () => {
  it('reads the example-set JSON format and passes a valid item through unchanged', () => {
    const parsed = parseJson(JSON.stringify(achievementJson), 'achievement');
    const [row] = checkRows('achievement', parsed.rows, parsed.firstRowNumber);
    expect(row!.problems).toEqual([]);
    expect(row!.input).toEqual(achievementJson.achievements[0]);
  });

  it('reads CSV with Chinese headers, quoted commas and Chinese enum labels', () => {
    const csv = [
      '\uFEFF编号,需求名称,需求描述,关键词,产业链,最低成熟度,预算（万元）,合作方式,企业名称,截止日期',
      'D-1,"茶油冬天发朦,起白絮",冬化脱蜡,"冬化、脱蜡",油茶及其他油料,7,20,许可、技术服务,锦溪油茶,2026/12/31',
    ].join('\r\n');
    const parsed = parseCsvFile(csv);
    const [row] = checkRows('demand', parsed.rows, parsed.firstRowNumber);
    expect(row!.rowNumber).toBe(2);
    expect(row!.problems).toEqual([]);
    expect(row!.input).toMatchObject({
      title: '茶油冬天发朦,起白絮',
      keywords: ['冬化', '脱蜡'],
      industryChain: 'CAMELLIA_OIL',
      minTrl: 7,
      budgetWan: 20,
      cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
      deadline: '2026-12-31',
    });
  });

  it('reports every problem of a row by its row number, and a repeated externalId', () => {
    const rows = checkRows(
      'achievement',
      [
        {
          externalId: 'A-1',
          title: '',
          summary: 'x',
          industryChain: '油茶',
          trl: 10,
          ipType: 'NONE',
          transferModes: '',
          askingPriceWan: -5,
          institution: '怀化学院',
        },
        {
          externalId: 'A-2',
          title: '好',
          summary: 'x',
          industryChain: 'OTHER',
          ipType: 'NONE',
          transferModes: 'LICENSE',
          institution: '怀化学院',
        },
        {
          externalId: 'A-2',
          title: '又一个',
          summary: 'x',
          industryChain: 'OTHER',
          ipType: 'NONE',
          transferModes: 'LICENSE',
          institution: '怀化学院',
        },
      ],
      2,
    );
    expect(rows[0]!.input).toBeNull();
    expect(rows[0]!.problems).toEqual([
      '成果名称不能为空',
      '产业链“油茶”不是可选值',
      '技术成熟度须为 1–9 的整数',
      '转化方式至少填写一项',
      '报价不能为负数',
    ]);
    expect(rows[1]!.problems).toEqual([]);
    expect(rows[2]!.problems).toEqual(['编号 A-2 与第 3 行重复']);
  });

  it('parses RFC 4180 CSV quoting', () => {
    expect(parseCsv('a,b\n"x ""y""","1\n2"\n')).toEqual([
      ['a', 'b'],
      ['x "y"', '1\n2'],
    ]);
  });

  it('reads the first worksheet of an XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成果');
    sheet.addRow([
      'externalId',
      'title',
      'summary',
      'keywords',
      'industryChain',
      'trl',
      'ipType',
      'transferModes',
      'askingPriceWan',
      'institution',
    ]);
    sheet.addRow([
      'X-1',
      '低温自加热电池',
      '冬天跑不远',
      '析锂,自加热',
      '新能源及其装备',
      6,
      '发明专利',
      '许可',
      45,
      '怀化学院',
    ]);
    const buffer = await workbook.xlsx.writeBuffer();
    const parsed = await parseXlsx(buffer as ArrayBuffer);
    const [row] = checkRows('achievement', parsed.rows, parsed.firstRowNumber);
    expect(row!.problems).toEqual([]);
    expect(row!.input).toMatchObject({
      externalId: 'X-1',
      industryChain: 'NEW_ENERGY',
      ipType: 'INVENTION_PATENT',
      trl: 6,
      keywords: ['析锂', '自加热'],
    });
  });

  it('splits into calls of at most 500', () => {
    expect(chunk(Array.from({ length: 1201 }, (_, i) => i)).map((part) => part.length)).toEqual([
      500, 500, 201,
    ]);
  });
});
