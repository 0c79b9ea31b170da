import { App, Card, List, Select, Space, Typography } from 'antd';
import { useState, type MouseEvent } from 'react';
import {
  LEDGERS,
  LedgerError,
  fetchLedger,
  ledgerUrl,
  periodFor,
  periodLabel,
  saveBlob,
  type LedgerFormat,
  type LedgerName,
  type Period,
  type PeriodKind,
} from '../features/brokering/ledger';
import { PageHeader } from '../components/page-header';
import { tokenStore } from '../lib/token-store';

const now = new Date();
const thisYear = now.getFullYear();

/** 台账下载: each ledger as XLSX or CSV for a chosen period, fetched with the session's token. */
export function LedgersPage() {
  const { message } = App.useApp();
  const [period, setPeriod] = useState<Period>({ kind: 'year', year: thisYear, part: 1 });
  const [busy, setBusy] = useState<string | null>(null);
  const download = (name: LedgerName, format: LedgerFormat) => async (event: MouseEvent) => {
    event.preventDefault();
    const url = ledgerUrl(name, format, periodFor(name, period, now));
    setBusy(`${name}.${format}`);
    try {
      const { blob, fileName } = await fetchLedger(url, tokenStore.get());
      saveBlob(blob, fileName);
      void message.success(`已下载 ${fileName}`);
    } catch (error) {
      void message.error(error instanceof LedgerError ? error.message : '下载失败，请稍后再试');
    } finally {
      setBusy(null);
    }
  };
  const parts =
    period.kind === 'quarter'
      ? [1, 2, 3, 4].map((value) => ({ value, label: `第${value}季度` }))
      : Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: `${index + 1}月` }));
  return (
    <>
      <PageHeader
        title="台账下载"
        description="需求、成果、对接、合同台账与月调度、季讲评汇总，Excel（XLSX）或 CSV（UTF-8，可用 Excel、WPS 打开）。"
      />
      <Card className="detail-card">
        <Space wrap size="middle" aria-label="统计期">
          <label className="inline-field">
            <span>统计期</span>
            <Select<PeriodKind>
              aria-label="统计期类型"
              value={period.kind}
              onChange={(kind) =>
                setPeriod({
                  ...period,
                  kind,
                  part: kind === 'quarter' ? Math.floor(now.getMonth() / 3) + 1 : now.getMonth() + 1,
                })
              }
              options={[
                { value: 'year', label: '全年' },
                { value: 'quarter', label: '季度' },
                { value: 'month', label: '月份' },
              ]}
            />
          </label>
          <label className="inline-field">
            <span>年度</span>
            <Select
              aria-label="年度"
              value={period.year}
              onChange={(year) => setPeriod({ ...period, year })}
              options={[thisYear, thisYear - 1, thisYear - 2].map((value) => ({
                value,
                label: `${value}年`,
              }))}
            />
          </label>
          {period.kind !== 'year' && (
            <label className="inline-field">
              <span>{period.kind === 'quarter' ? '季度' : '月份'}</span>
              <Select
                aria-label={period.kind === 'quarter' ? '季度' : '月份'}
                value={period.part}
                onChange={(part) => setPeriod({ ...period, part })}
                options={parts}
              />
            </label>
          )}
        </Space>
      </Card>
      <Card>
        <List
          dataSource={LEDGERS}
          renderItem={(ledger) => {
            const effective = periodFor(ledger.name, period, now);
            return (
              <List.Item className="ledger-item">
                <div className="ledger-item__text">
                  <Typography.Text strong>{ledger.title}</Typography.Text>
                  <Typography.Text type="secondary">
                    {ledger.description} · {periodLabel(effective)}
                  </Typography.Text>
                </div>
                <Space wrap>
                  {(['xlsx', 'csv'] as const).map((format) => (
                    <Typography.Link
                      key={format}
                      href={ledgerUrl(ledger.name, format, effective)}
                      onClick={download(ledger.name, format)}
                      disabled={busy === `${ledger.name}.${format}`}
                      aria-label={`下载${ledger.title}（${format === 'xlsx' ? 'Excel' : 'CSV'}）`}
                    >
                      {format === 'xlsx' ? '下载 Excel' : '下载 CSV'}
                    </Typography.Link>
                  ))}
                </Space>
              </List.Item>
            );
          }}
        />
      </Card>
    </>
  );
}
