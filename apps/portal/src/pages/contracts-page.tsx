import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ContractDialog } from '../features/brokering/contract-dialog';
import { RejectContractDialog } from '../features/brokering/reject-contract-dialog';
import { ConfirmTechContractDocument, TechContractsDocument } from '../features/brokering/documents';
import { useMe } from '../features/session/session';
import type { TechContractFieldsFragment, TechContractStatus } from '../gql/graphql';
import { formatDate, formatWanText } from '../lib/format';
import { CHAIN_LABELS, CONTRACT_STATUS_LABELS, CONTRACT_TYPE_LABELS, optionsOf } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

const thisYear = new Date().getFullYear();

/** Sum of the contracts' amounts in 万元, exact to the fen (amounts are decimal strings). */
export function totalWan(contracts: Pick<TechContractFieldsFragment, 'amountWan'>[]): string {
  const fen = contracts.reduce((sum, contract) => {
    const [whole = '0', part = ''] = contract.amountWan.split('.');
    return sum + Number(whole) * 100 + Number(part.padEnd(2, '0').slice(0, 2));
  }, 0);
  return (fen / 100).toFixed(2);
}

/**
 * 技术合同: the bureau registers, confirms or returns them; members see their organisation's and
 * resubmit the ones returned to them.
 */
export function ContractsPage() {
  const { abilities } = useMe();
  const [year, setYear] = useState<number | null>(thisYear);
  const [status, setStatus] = useState<TechContractStatus | null>(null);
  const [registering, setRegistering] = useState(false);
  const [rejecting, setRejecting] = useState<TechContractFieldsFragment | null>(null);
  const [resubmitting, setResubmitting] = useState<TechContractFieldsFragment | null>(null);
  const [result, refetch] = useQuery({
    query: TechContractsDocument,
    variables: { filter: { year, status } },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [confirming, confirm] = useMutation(ConfirmTechContractDocument);
  const feedback = useActionFeedback();
  return (
    <>
      <PageHeader
        title="技术合同"
        description="登记的技术合同计入成交额；由对接产生的合同登记后，对接进入“已签约”。"
        extra={
          abilities.isBureau && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              登记合同
            </Button>
          )
        }
      />
      <Space wrap className="filters" aria-label="合同筛选">
        <label className="inline-field">
          <span>签订年份</span>
          <Select
            aria-label="签订年份"
            value={year ?? 0}
            onChange={(value) => setYear(value === 0 ? null : value)}
            options={[
              { value: 0, label: '全部' },
              ...[thisYear, thisYear - 1, thisYear - 2].map((value) => ({ value, label: `${value}年` })),
            ]}
          />
        </label>
        <label className="inline-field">
          <span>状态</span>
          <Select<TechContractStatus | 'ALL'>
            aria-label="状态"
            value={status ?? 'ALL'}
            onChange={(value) => setStatus(value === 'ALL' ? null : value)}
            options={[{ value: 'ALL', label: '全部' }, ...optionsOf(CONTRACT_STATUS_LABELS)]}
          />
        </label>
      </Space>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.techContracts}
        onRetry={reload}
      >
        {(contracts) => (
          <>
            <Typography.Paragraph className="contracts-total" role="status">
              共 {contracts.length} 份，成交额合计{' '}
              <Typography.Text strong>{formatWanText(totalWan(contracts))}</Typography.Text>
            </Typography.Paragraph>
            <Table
              className="contracts-table"
              size="small"
              rowKey="id"
              dataSource={contracts}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: '暂无合同' }}
              columns={[
                {
                  title: '合同名称',
                  dataIndex: 'title',
                  render: (title: string, contract) =>
                    contract.match ? <Link to={`/matches/${contract.match.id}`}>{title}</Link> : title,
                },
                {
                  title: '类型',
                  dataIndex: 'type',
                  render: (type: keyof typeof CONTRACT_TYPE_LABELS) => CONTRACT_TYPE_LABELS[type],
                },
                {
                  title: '双方',
                  key: 'parties',
                  render: (_, contract) => `${contract.buyer.name} / ${contract.seller.name}`,
                },
                { title: '成交额', dataIndex: 'amountWan', render: (value: string) => formatWanText(value) },
                { title: '签订日期', dataIndex: 'signedOn', render: (value: string) => formatDate(value) },
                {
                  title: '产业链',
                  dataIndex: 'industryChain',
                  render: (value: keyof typeof CHAIN_LABELS) => CHAIN_LABELS[value],
                },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (value: TechContractStatus, contract) => (
                    <>
                      <Tag
                        color={
                          value === 'CONFIRMED' ? 'success' : value === 'PENDING' ? 'processing' : 'error'
                        }
                      >
                        {CONTRACT_STATUS_LABELS[value]}
                      </Tag>
                      {value === 'REJECTED' && contract.rejectReason && (
                        <Typography.Text type="secondary" className="contract-reject-reason">
                          退回原因：{contract.rejectReason}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_, contract) => {
                    if (!abilities.isBureau) {
                      return contract.status === 'REJECTED' ? (
                        <Button size="small" onClick={() => setResubmitting(contract)}>
                          修改后重新提交
                        </Button>
                      ) : null;
                    }
                    return contract.status === 'PENDING' ? (
                      <Space size="small">
                        <Button
                          size="small"
                          type="primary"
                          loading={confirming.fetching}
                          onClick={async () => {
                            const outcome = await confirm({
                              id: contract.id,
                              expectedVersion: contract.version,
                            });
                            if (!feedback(outcome, '合同已确认', { onRefresh: reload })) {
                              reload();
                            }
                          }}
                        >
                          确认
                        </Button>
                        <Button size="small" danger onClick={() => setRejecting(contract)}>
                          退回
                        </Button>
                      </Space>
                    ) : null;
                  },
                },
              ]}
            />
          </>
        )}
      </QueryState>
      <ContractDialog open={registering} bureau onClose={() => setRegistering(false)} onDone={reload} />
      <ContractDialog
        open={resubmitting !== null}
        bureau={false}
        resubmitting={resubmitting}
        onClose={() => setResubmitting(null)}
        onDone={reload}
      />
      <RejectContractDialog contract={rejecting} onClose={() => setRejecting(null)} onChanged={reload} />
    </>
  );
}
