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

/** 2026年3月5日 14:30 — a date-time in the viewer's zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '未填写';
  }
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日 HH:mm') : '未填写';
}

/** An exact decimal amount from the API ("120.50") as 万元. */
export function formatWanText(value: string | null | undefined): string {
  return value === null || value === undefined ? '面议' : formatWan(Number(value));
}
