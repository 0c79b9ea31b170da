import { badInput } from '../../errors.js';
import { type TransferMode } from './listing.enums.js';

export const LIMITS = {
  externalId: 100,
  title: 200,
  body: 5000,
  keywords: 20,
  keyword: 50,
  organizationName: 100,
  team: 100,
  contactName: 50,
  contactPhone: 50,
  contactEmail: 254,
  confidentialDetail: 5000,
  reason: 500,
  amountWan: 10_000_000,
};

/** Collects every problem of one item, in Chinese, so a form or an import row can show them all at once. */
export class Problems {
  readonly messages: string[] = [];

  text(value: string | null | undefined, label: string, max: number, required = true): string {
    const text = (value ?? '').trim();
    if (required && text.length === 0) {
      this.messages.push(`${label}不能为空`);
    } else if (text.length > max) {
      this.messages.push(`${label}不能超过 ${max} 个字符（当前 ${text.length}）`);
    }
    return text;
  }

  optionalText(value: string | null | undefined, label: string, max: number): string | null {
    const text = this.text(value, label, max, false);
    return text.length > 0 ? text : null;
  }

  keywords(values: string[]): string[] {
    const cleaned = [...new Set(values.map((value) => value.trim()).filter((value) => value.length > 0))];
    if (cleaned.length > LIMITS.keywords) {
      this.messages.push(`关键词不能超过 ${LIMITS.keywords} 个`);
    }
    for (const keyword of cleaned) {
      if (keyword.length > LIMITS.keyword) {
        this.messages.push(`关键词“${keyword.slice(0, 10)}…”不能超过 ${LIMITS.keyword} 个字符`);
      }
    }
    return cleaned;
  }

  trl(value: number | null | undefined, label: string): number | null {
    if (value === null || value === undefined) {
      return null;
    }
    if (!Number.isInteger(value) || value < 1 || value > 9) {
      this.messages.push(`${label}须为 1–9 的整数`);
    }
    return value;
  }

  amount(value: number | null | undefined, label: string): number | null {
    if (value === null || value === undefined) {
      return null;
    }
    if (!Number.isFinite(value) || value < 0) {
      this.messages.push(`${label}不能为负数`);
    } else if (value > LIMITS.amountWan) {
      this.messages.push(`${label}超出合理范围（不超过 ${LIMITS.amountWan} 万元）`);
    }
    return Math.round(value * 100) / 100;
  }

  modes(values: TransferMode[], label: string): TransferMode[] {
    const unique = [...new Set(values)];
    if (unique.length === 0) {
      this.messages.push(`${label}至少选择一项`);
    }
    return unique;
  }

  date(value: string | null | undefined, label: string): string | null {
    if (!value) {
      return null;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      this.messages.push(`${label}须为 YYYY-MM-DD 格式的日期`);
    }
    return value;
  }

  email(value: string | null | undefined, label: string): string {
    const text = this.text(value, label, LIMITS.contactEmail, false);
    if (text && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
      this.messages.push(`${label}格式不正确`);
    }
    return text;
  }

  /** Throws one BAD_USER_INPUT naming every problem, for forms. */
  throwIfAny(): void {
    if (this.messages.length > 0) {
      throw badInput(this.messages.join('；'), { problems: this.messages });
    }
  }
}
