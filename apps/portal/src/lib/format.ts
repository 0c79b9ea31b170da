import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

/** 2026年3月5日 — from an ISO date-time or a YYYY-MM-DD date; 未填写 when absent. */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '未填写';
  }
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日') : '未填写';
}

/** 1,260 万元 / 0.5 万元; 面议 when absent. */
export function formatWan(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '面议';
  }
  return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
}

export function formatTrl(value: number | null | undefined): string {
  return value === null || value === undefined ? '成熟度未评估' : `TRL ${value} 级`;
}

/** A match score 0–100 as a whole number. */
export function formatScore(score: number): string {
  return String(Math.round(Math.max(0, Math.min(100, score))));
}

export function isPast(date: string | null | undefined, today = dayjs()): boolean {
  return Boolean(date) && dayjs(date).isBefore(today, 'day');
}
