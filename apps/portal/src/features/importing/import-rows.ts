import type {
  AchievementImportInput,
  DemandImportInput,
  IndustryChain,
  IpType,
  TransferMode,
} from '../../gql/graphql';
import { CHAIN_LABELS, IP_TYPE_LABELS, MODE_LABELS } from '../../lib/labels';

export type ImportKind = 'achievement' | 'demand';
export type RawRow = Record<string, unknown>;

export interface CheckedRow<T> {
  /** 1-based row number as the user sees it in the file (the header is row 1 in CSV/XLSX). */
  rowNumber: number;
  input: T | null;
  problems: string[];
  /** What to show in the preview even when the row is invalid. */
  externalId: string;
  title: string;
}

export const MAX_PER_CALL = 500;

const LIMITS = {
  externalId: 100,
  title: 200,
  body: 5000,
  keywords: 20,
  keyword: 50,
  name: 100,
  amount: 10_000_000,
};

/** Column names accepted in CSV/XLSX headers (and JSON keys), English field names first. */
const ALIASES: Record<ImportKind, Record<string, string[]>> = {
  achievement: {
    externalId: ['externalId', '编号', '外部编号', '成果编号'],
    title: ['title', '成果名称', '名称', '标题'],
    summary: ['summary', '成果简介', '简介', '摘要'],
    keywords: ['keywords', '关键词'],
    industryChain: ['industryChain', '产业链', '所属产业链'],
    trl: ['trl', '技术成熟度', '成熟度', 'TRL'],
    ipType: ['ipType', '知识产权类型', '知识产权'],
    transferModes: ['transferModes', '转化方式'],
    askingPriceWan: ['askingPriceWan', '报价（万元）', '报价(万元)', '报价'],
    institution: ['institution', '所属单位', '高校院所', '单位'],
    team: ['team', '团队', '成果团队'],
  },
  demand: {
    externalId: ['externalId', '编号', '外部编号', '需求编号'],
    title: ['title', '需求名称', '名称', '标题'],
    description: ['description', '需求描述', '描述'],
    keywords: ['keywords', '关键词'],
    industryChain: ['industryChain', '产业链', '所属产业链'],
    minTrl: ['minTrl', '最低成熟度', '最低技术成熟度', '可接受的最低技术成熟度'],
    budgetWan: ['budgetWan', '预算（万元）', '预算(万元)', '预算'],
    cooperationModes: ['cooperationModes', '合作方式'],
    enterprise: ['enterprise', '企业', '企业名称', '发布企业'],
    deadline: ['deadline', '截止日期'],
  },
};

const normalizeKey = (key: string) => key.replace(/\s+/g, '').toLowerCase();

/** Maps a row's columns (English or Chinese headers) onto field names; unknown columns are dropped. */
export function mapColumns(kind: ImportKind, row: RawRow): RawRow {
  const byKey = new Map(Object.entries(row).map(([key, value]) => [normalizeKey(key), value]));
  const mapped: RawRow = {};
  for (const [field, aliases] of Object.entries(ALIASES[kind])) {
    for (const alias of aliases) {
      const value = byKey.get(normalizeKey(alias));
      if (value !== undefined) {
        mapped[field] = value;
        break;
      }
    }
  }
  return mapped;
}

function reverse<K extends string>(labels: Record<K, string>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    map.set(code.toUpperCase(), code);
    map.set(label, code);
  }
  return map;
}
const CHAINS = reverse(CHAIN_LABELS);
const IP_TYPES = reverse(IP_TYPE_LABELS);
const MODES = reverse(MODE_LABELS);

class RowChecker {
  readonly problems: string[] = [];
  constructor(private readonly row: RawRow) {}

  private raw(field: string): unknown {
    const value = this.row[field];
    return typeof value === 'string' ? value.trim() : value;
  }

  private blank(field: string): boolean {
    const value = this.raw(field);
    return value === undefined || value === null || value === '';
  }

  text(field: string, label: string, max: number): string {
    const value = this.raw(field);
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (!text) {
      this.problems.push(`${label}不能为空`);
    } else if (text.length > max) {
      this.problems.push(`${label}不能超过 ${max} 个字符（当前 ${text.length}）`);
    }
    return text;
  }

  optionalText(field: string, label: string, max: number): string | null {
    if (this.blank(field)) {
      return null;
    }
    return this.text(field, label, max);
  }

  list(field: string): string[] {
    const value = this.raw(field);
    if (Array.isArray(value)) {
      return value.map((item) => String(item).trim()).filter(Boolean);
    }
    if (value === undefined || value === null || value === '') {
      return [];
    }
    return String(value)
      .split(/[,，、;；|\n]/)
      .map((item) => item.trim())
      .filter(Boolean);
  }

  keywords(): string[] {
    const keywords = [...new Set(this.list('keywords'))];
    if (keywords.length > LIMITS.keywords) {
      this.problems.push(`关键词不能超过 ${LIMITS.keywords} 个`);
    }
    const long = keywords.find((keyword) => keyword.length > LIMITS.keyword);
    if (long) {
      this.problems.push(`关键词“${long.slice(0, 10)}…”不能超过 ${LIMITS.keyword} 个字符`);
    }
    return keywords;
  }

  enumValue<K extends string>(field: string, label: string, values: Map<string, K>): K {
    const value = this.raw(field);
    const code = values.get(String(value ?? '').toUpperCase()) ?? values.get(String(value ?? ''));
    if (!code) {
      this.problems.push(this.blank(field) ? `${label}不能为空` : `${label}“${String(value)}”不是可选值`);
    }
    return code as K;
  }

  modes(field: string, label: string): TransferMode[] {
    const modes: TransferMode[] = [];
    for (const item of this.list(field)) {
      const mode = MODES.get(item.toUpperCase()) ?? MODES.get(item);
      if (mode) {
        modes.push(mode);
      } else {
        this.problems.push(`${label}“${item}”不是可选值`);
      }
    }
    if (modes.length === 0 && !this.problems.some((problem) => problem.startsWith(label))) {
      this.problems.push(`${label}至少填写一项`);
    }
    return [...new Set(modes)];
  }

  number(field: string): number | null | 'invalid' {
    if (this.blank(field)) {
      return null;
    }
    const value = Number(this.raw(field));
    return Number.isFinite(value) ? value : 'invalid';
  }

  trl(field: string, label: string): number | null {
    const value = this.number(field);
    if (value === null) {
      return null;
    }
    if (value === 'invalid' || !Number.isInteger(value) || value < 1 || value > 9) {
      this.problems.push(`${label}须为 1–9 的整数`);
      return null;
    }
    return value;
  }

  amount(field: string, label: string): number | null {
    const value = this.number(field);
    if (value === null) {
      return null;
    }
    if (value === 'invalid') {
      this.problems.push(`${label}须为数字`);
      return null;
    }
    if (value < 0) {
      this.problems.push(`${label}不能为负数`);
    } else if (value > LIMITS.amount) {
      this.problems.push(`${label}超出合理范围（不超过 ${LIMITS.amount} 万元）`);
    }
    return value;
  }

  date(field: string, label: string): string | null {
    const value = this.raw(field);
    if (value === undefined || value === null || value === '') {
      return null;
    }
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      return value.toISOString().slice(0, 10);
    }
    const text = String(value)
      .replace(/[年月/.]/g, '-')
      .replace(/日$/, '');
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!match) {
      this.problems.push(`${label}须为 YYYY-MM-DD 格式的日期`);
      return null;
    }
    const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(`${iso}T00:00:00Z`))) {
      this.problems.push(`${label}不是有效日期`);
      return null;
    }
    return iso;
  }
}

function checkAchievement(row: RawRow): { input: AchievementImportInput; problems: string[] } {
  const check = new RowChecker(row);
  const input: AchievementImportInput = {
    externalId: check.text('externalId', '编号', LIMITS.externalId),
    title: check.text('title', '成果名称', LIMITS.title),
    summary: check.text('summary', '成果简介', LIMITS.body),
    keywords: check.keywords(),
    industryChain: check.enumValue<IndustryChain>('industryChain', '产业链', CHAINS),
    trl: check.trl('trl', '技术成熟度'),
    ipType: check.enumValue<IpType>('ipType', '知识产权类型', IP_TYPES),
    transferModes: check.modes('transferModes', '转化方式'),
    askingPriceWan: check.amount('askingPriceWan', '报价'),
    institution: check.text('institution', '所属单位', LIMITS.name),
    team: check.optionalText('team', '团队', LIMITS.name),
  };
  return { input, problems: check.problems };
}

function checkDemand(row: RawRow): { input: DemandImportInput; problems: string[] } {
  const check = new RowChecker(row);
  const input: DemandImportInput = {
    externalId: check.text('externalId', '编号', LIMITS.externalId),
    title: check.text('title', '需求名称', LIMITS.title),
    description: check.text('description', '需求描述', LIMITS.body),
    keywords: check.keywords(),
    industryChain: check.enumValue<IndustryChain>('industryChain', '产业链', CHAINS),
    minTrl: check.trl('minTrl', '最低成熟度'),
    budgetWan: check.amount('budgetWan', '预算'),
    cooperationModes: check.modes('cooperationModes', '合作方式'),
    enterprise: check.text('enterprise', '企业名称', LIMITS.name),
    deadline: check.date('deadline', '截止日期'),
  };
  return { input, problems: check.problems };
}

/**
 * Validates every row the way the server will, so the preview shows problems before anything is sent;
 * an externalId seen twice is an error on its second row.
 */
export function checkRows<K extends ImportKind>(
  kind: K,
  rows: RawRow[],
  firstRowNumber = 1,
): CheckedRow<K extends 'achievement' ? AchievementImportInput : DemandImportInput>[] {
  const seen = new Map<string, number>();
  return rows.map((raw, index) => {
    const row = mapColumns(kind, raw);
    const { input, problems } = kind === 'achievement' ? checkAchievement(row) : checkDemand(row);
    const rowNumber = index + firstRowNumber;
    if (input.externalId) {
      const earlier = seen.get(input.externalId);
      if (earlier !== undefined) {
        problems.push(`编号 ${input.externalId} 与第 ${earlier} 行重复`);
      } else {
        seen.set(input.externalId, rowNumber);
      }
    }
    return {
      rowNumber,
      input: problems.length === 0 ? (input as never) : null,
      problems,
      externalId: input.externalId,
      title: input.title,
    };
  });
}

/** Splits valid inputs into calls of at most 500 (the API's limit). */
export function chunk<T>(items: T[], size = MAX_PER_CALL): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}
