import { registerEnumType } from 'type-graphql';
import { badInput } from '../../errors.js';

export enum Granularity {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}

registerEnumType(Granularity, { name: 'Granularity', description: '统计周期：年、季度、月' });

/** A half-open range of calendar days, `from` ≤ day < `to`, as YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

export interface Period {
  granularity: Granularity;
  year: number;
  /** 1 for a year, 1–4 for a quarter, 1–12 for a month. */
  index: number;
  label: string;
  range: DateRange;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number) => (month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`);

export const ALL_TIME: DateRange = { from: '0001-01-01', to: '9999-12-31' };

export function periodOf(granularity: Granularity, year: number, index = 1): Period {
  if (granularity === Granularity.YEAR) {
    return {
      granularity,
      year,
      index: 1,
      label: `${year}年`,
      range: { from: day(year, 1), to: day(year + 1, 1) },
    };
  }
  if (granularity === Granularity.QUARTER) {
    const first = (index - 1) * 3 + 1;
    return {
      granularity,
      year,
      index,
      label: `${year}年第${index}季度`,
      range: { from: day(year, first), to: day(year, first + 3) },
    };
  }
  return {
    granularity,
    year,
    index,
    label: `${year}年${index}月`,
    range: { from: day(year, index), to: day(year, index + 1) },
  };
}

export const periodsPerYear = (granularity: Granularity) =>
  granularity === Granularity.YEAR ? 1 : granularity === Granularity.QUARTER ? 4 : 12;

/** `2026`, `2026-Q1` or `2026-03`; a granularity, when required, must match. */
export function parsePeriod(text: string, required?: Granularity): Period {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(text.trim());
  const year = match ? Number(match[1]) : NaN;
  const period =
    !match || year < 1900 || year > 2999
      ? null
      : match[2]
        ? periodOf(Granularity.QUARTER, year, Number(match[2]))
        : match[3]
          ? periodOf(Granularity.MONTH, year, Number(match[3]))
          : periodOf(Granularity.YEAR, year);
  if (!period || (required && period.granularity !== required)) {
    const expected =
      required === Granularity.MONTH
        ? '2026-03'
        : required === Granularity.QUARTER
          ? '2026-Q1'
          : '2026、2026-Q1 或 2026-03';
    throw badInput(`统计期格式应为 ${expected}`, { field: 'period' });
  }
  return period;
}

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    throw badInput('年份无效', { field: 'year' });
  }
}
