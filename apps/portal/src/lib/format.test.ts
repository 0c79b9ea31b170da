import { describe, expect, it } from 'vitest';
import { formatDate, formatScore, formatTrl, formatWan } from './format';

describe('Chinese formats', () => {
  it('writes dates as YYYY年M月D日, from a date or a date-time', () => {
    expect(formatDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatDate('2026-12-31T08:00:00.000Z')).toBe('2026年12月31日');
    expect(formatDate(null)).toBe('未填写');
  });

  it('writes amounts in 万元 with grouping, and 面议 when there is none', () => {
    expect(formatWan(1260)).toBe('1,260 万元');
    expect(formatWan(0.5)).toBe('0.5 万元');
    expect(formatWan(null)).toBe('面议');
  });

  it('rounds a score into 0–100 and names readiness levels', () => {
    expect(formatScore(87.6)).toBe('88');
    expect(formatScore(140)).toBe('100');
    expect(formatTrl(7)).toBe('TRL 7 级');
    expect(formatTrl(null)).toBe('成熟度未评估');
  });
});
