import { errorText, type ErrorCode } from '../../lib/errors';

export type LedgerName = 'demands' | 'achievements' | 'matches' | 'contracts' | 'monthly' | 'quarterly';
export type LedgerFormat = 'xlsx' | 'csv';
export type PeriodKind = 'year' | 'quarter' | 'month';

export const LEDGERS: { name: LedgerName; title: string; description: string }[] = [
  { name: 'demands', title: '技术需求台账', description: '企业技术需求及其状态' },
  { name: 'achievements', title: '待转成果台账', description: '高校院所待转成果及其状态' },
  { name: 'matches', title: '对接台账', description: '对接及各阶段历程' },
  { name: 'contracts', title: '技术合同台账', description: '登记的技术合同与成交额' },
  { name: 'monthly', title: '月调度汇总', description: '按月汇总（选“月份”）' },
  { name: 'quarterly', title: '季讲评汇总', description: '按季度汇总（选“季度”）' },
];

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4 or month 1–12; ignored for a year. */
  part: number;
}

/** The API's period parameter: 2026, 2026-Q1 or 2026-03. */
export function periodParam(period: Period): string {
  if (period.kind === 'quarter') {
    return `${period.year}-Q${period.part}`;
  }
  if (period.kind === 'month') {
    return `${period.year}-${String(period.part).padStart(2, '0')}`;
  }
  return String(period.year);
}

export function periodLabel(period: Period): string {
  if (period.kind === 'quarter') {
    return `${period.year}年第${period.part}季度`;
  }
  if (period.kind === 'month') {
    return `${period.year}年${period.part}月`;
  }
  return `${period.year}年`;
}

/** The monthly summary is by month and the quarterly by quarter: the period the ledger needs. */
export function periodFor(name: LedgerName, period: Period, today = new Date()): Period {
  if (name === 'monthly' && period.kind !== 'month') {
    return { kind: 'month', year: period.year, part: today.getMonth() + 1 };
  }
  if (name === 'quarterly' && period.kind !== 'quarter') {
    return { kind: 'quarter', year: period.year, part: Math.floor(today.getMonth() / 3) + 1 };
  }
  return period;
}

export function ledgerUrl(name: LedgerName, format: LedgerFormat, period: Period): string {
  return `/ledgers/${name}.${format}?period=${encodeURIComponent(periodParam(period))}`;
}

export class LedgerError extends Error {
  constructor(readonly code: ErrorCode) {
    super(errorText(code));
  }
}

/** The file name the server gave (filename* first, in UTF-8), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) {
    return decodeURIComponent(star[1]);
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

/** Fetches a ledger with the Bearer token; a refusal becomes a LedgerError with the server's code. */
export async function fetchLedger(
  url: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new LedgerError('NETWORK');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    const code = body?.error?.code;
    const known: ErrorCode[] = [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'RATE_LIMITED',
    ];
    throw new LedgerError(known.includes(code as ErrorCode) ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR');
  }
  const fallback = url.split('/').pop()?.split('?')[0] ?? 'ledger';
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('content-disposition'), fallback),
  };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
