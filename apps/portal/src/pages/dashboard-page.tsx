import { Card, Col, Empty, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { Chart } from '../features/dashboard/chart';
import { DashboardDocument } from '../features/dashboard/documents';
import type { DashboardQuery } from '../gql/graphql';
import { formatWan } from '../lib/format';

const thisYear = new Date().getFullYear();
const wan = (value: string) => Number(value);
const growth = (value: number | null | undefined) =>
  value === null || value === undefined ? '无可比数据' : `${value > 0 ? '+' : ''}${value}%`;

/** The bureau's numbers: contract turnover against last year and the +20 % target, the match funnel, per chain. */
export function DashboardPage() {
  const [year, setYear] = useState(thisYear);
  const [result, refetch] = useQuery({ query: DashboardDocument, variables: { year } });
  return (
    <>
      <PageHeader
        title="数据看板"
        description="技术合同成交额同比（目标增长 20%）、对接漏斗、各产业链与高校院所的转化情况，以及对接在各阶段的停留时间。"
        extra={
          <label className="inline-field">
            <span>年度</span>
            <Select
              aria-label="年度"
              value={year}
              onChange={setYear}
              options={[thisYear, thisYear - 1, thisYear - 2].map((value) => ({
                value,
                label: `${value}年`,
              }))}
            />
          </label>
        }
      />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {({
          turnoverReport: report,
          matchFunnel: funnel,
          kpiBreakdown: chains,
          universities,
          stageDurations,
        }) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic
                  title={`${report.year}年技术合同成交额`}
                  value={formatWan(wan(report.total.amountWan))}
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title="同比增长" value={growth(report.total.growthPercent)} />
                {report.total.meetsTarget !== null && report.total.meetsTarget !== undefined && (
                  <Tag color={report.total.meetsTarget ? 'success' : 'warning'}>
                    {report.total.meetsTarget
                      ? `已达目标（+${report.targetGrowthPercent}%）`
                      : `未达目标（+${report.targetGrowthPercent}%）`}
                  </Tag>
                )}
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title="合同数" value={`${report.total.contractCount} 份`} />
                <Typography.Text type="secondary">
                  上年同期 {report.total.lastYearContractCount} 份
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Card>
                <Statistic title="对接总数" value={`${funnel.total} 个`} />
                <Typography.Text type="secondary">已关闭 {funnel.closed} 个</Typography.Text>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title="分季度成交额（万元）">
                <Chart
                  label={`分季度成交额：${report.periods.map((period) => `${period.label} ${period.amountWan} 万元`).join('，')}`}
                  option={{
                    tooltip: { trigger: 'axis' },
                    legend: { bottom: 0 },
                    grid: { left: 48, right: 16, top: 16, bottom: 48 },
                    xAxis: { type: 'category', data: report.periods.map((period) => period.label) },
                    yAxis: { type: 'value' },
                    series: [
                      {
                        name: '本年',
                        type: 'bar',
                        data: report.periods.map((period) => wan(period.amountWan)),
                      },
                      {
                        name: '上年同期',
                        type: 'bar',
                        data: report.periods.map((period) => wan(period.lastYearAmountWan)),
                      },
                      {
                        name: '目标',
                        type: 'line',
                        data: report.periods.map((period) => wan(period.targetAmountWan)),
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title="对接漏斗">
                {funnel.total === 0 ? (
                  <Empty description="本年度还没有对接" />
                ) : (
                  <Chart
                    label={`对接漏斗：${funnel.stages.map((stage) => `${stage.label} ${stage.reached}`).join('，')}`}
                    option={{
                      tooltip: { trigger: 'item', formatter: '{b}：{c}' },
                      series: [
                        {
                          type: 'funnel',
                          sort: 'none',
                          left: 8,
                          right: 8,
                          label: { position: 'inside', formatter: '{b} {c}', color: '#fff' },
                          data: funnel.stages.map((stage) => ({ name: stage.label, value: stage.reached })),
                        },
                      ],
                    }}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24}>
              <Card title="各产业链">
                <Table
                  size="small"
                  rowKey="key"
                  dataSource={chains}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: '暂无数据' }}
                  columns={[
                    { title: '产业链', dataIndex: 'label' },
                    { title: '对接数', dataIndex: 'matchCount' },
                    { title: '签约对接', dataIndex: 'contractedMatchCount' },
                    { title: '合同数', dataIndex: 'contractCount' },
                    {
                      title: '成交额',
                      dataIndex: 'turnoverWan',
                      render: (value: string) => formatWan(wan(value)),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title="按高校院所">
                <Table
                  size="small"
                  rowKey="key"
                  dataSource={universities}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: '本年度还没有高校院所参与的对接' }}
                  columns={[
                    { title: '高校院所', dataIndex: 'label' },
                    { title: '对接数', dataIndex: 'matchCount' },
                    { title: '签约对接', dataIndex: 'contractedMatchCount' },
                    { title: '合同数', dataIndex: 'contractCount' },
                    {
                      title: '成交额',
                      dataIndex: 'turnoverWan',
                      render: (value: string) => formatWan(wan(value)),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title="各阶段停留天数（中位数）">
                <StageDurationsChart durations={stageDurations} />
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
    </>
  );
}

function StageDurationsChart({ durations }: { durations: DashboardQuery['stageDurations'] }) {
  const measured = durations.filter((row) => row.medianDays !== null && row.medianDays !== undefined);
  if (measured.length === 0) {
    return <Empty description="还没有离开过某阶段的对接，暂无停留时间" />;
  }
  const days = (value: number | null | undefined) => (value === null || value === undefined ? 0 : value);
  return (
    <>
      <Chart
        label={`各阶段停留时间中位数：${measured.map((row) => `${row.label} ${row.medianDays} 天（${row.samples} 个对接）`).join('，')}`}
        height={Math.max(160, durations.length * 40 + 48)}
        option={{
          tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)} 天` },
          grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
          xAxis: { type: 'value', name: '天' },
          yAxis: { type: 'category', inverse: true, data: durations.map((row) => row.label) },
          series: [
            {
              name: '停留天数（中位数）',
              type: 'bar',
              data: durations.map((row) => days(row.medianDays)),
              label: { show: true, position: 'right', formatter: '{c}' },
            },
          ],
        }}
      />
      <Typography.Text type="secondary">按已离开该阶段的对接计算中位数（天）。</Typography.Text>
    </>
  );
}
