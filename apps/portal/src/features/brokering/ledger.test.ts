import { describe, expect, it, vi } from 'vitest';
import {
  LedgerError,
  fetchLedger,
  fileNameOf,
  ledgerUrl,
  periodFor,
  periodLabel,
  periodParam,
} from './ledger';

describe('ledger downloads', () => {
  it('writes the period as the API reads it', () => {
    expect(periodParam({ kind: 'year', year: 2026, part: 1 })).toBe('2026');
    expect(periodParam({ kind: 'quarter', year: 2026, part: 3 })).toBe('2026-Q3');
    expect(periodParam({ kind: 'month', year: 2026, part: 3 })).toBe('2026-03');
    expect(periodLabel({ kind: 'quarter', year: 2026, part: 3 })).toBe('2026年第3季度');
    expect(ledgerUrl('contracts', 'csv', { kind: 'month', year: 2026, part: 11 })).toBe(
      '/ledgers/contracts.csv?period=2026-11',
    );
  });

  it('gives the monthly summary a month and the quarterly summary a quarter', () => {
    const today = new Date(2026, 10, 28);
    const year = { kind: 'year' as const, year: 2026, part: 1 };
    expect(periodFor('monthly', year, today)).toEqual({ kind: 'month', year: 2026, part: 11 });
    expect(periodFor('quarterly', year, today)).toEqual({ kind: 'quarter', year: 2026, part: 4 });
    expect(periodFor('contracts', year, today)).toEqual(year);
  });

  it('reads the Chinese file name from Content-Disposition', () => {
    expect(
      fileNameOf(
        `attachment; filename="contracts-2026.xlsx"; filename*=UTF-8''${encodeURIComponent('技术合同台账.xlsx')}`,
        'x',
      ),
    ).toBe('技术合同台账.xlsx');
    expect(fileNameOf('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('sends the Bearer token and returns the file', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response('编号,名称', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="demands.csv"' },
        }),
    );
    const { fileName, blob } = await fetchLedger('/ledgers/demands.csv?period=2026', 'tok', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('/ledgers/demands.csv?period=2026', {
      headers: { authorization: 'Bearer tok' },
    });
    expect(fileName).toBe('demands.csv');
    expect(await blob.text()).toBe('编号,名称');
  });

  it('turns a refusal into the error for its code', async () => {
    const refuse = (status: number, code: string) => async () =>
      new Response(JSON.stringify({ error: { code, message: 'x' } }), { status });
    await expect(fetchLedger('/ledgers/a.xlsx', 't', refuse(403, 'FORBIDDEN'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(fetchLedger('/ledgers/a.xlsx', null, refuse(401, 'UNAUTHENTICATED'))).rejects.toBeInstanceOf(
      LedgerError,
    );
    await expect(fetchLedger('/ledgers/a.xlsx', 't', refuse(500, 'WHATEVER'))).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
    });
    const offline = async (): Promise<Response> => {
      throw new TypeError('failed to fetch');
    };
    await expect(fetchLedger('/ledgers/a.xlsx', 't', offline)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
