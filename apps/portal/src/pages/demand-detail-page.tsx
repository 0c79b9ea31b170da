import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { StatusTag } from '../components/status-tag';
import { DemandDocument } from '../features/listings/documents';
import { ListingActions } from '../features/listings/listing-actions';
import { DemandMatches } from '../features/matching/demand-matches';
import { useMe } from '../features/session/session';
import { formatDate, formatWan, isPast } from '../lib/format';
import { CHAIN_LABELS, CLOSE_REASON_LABELS, MODE_LABELS } from '../lib/labels';

export function DemandDetailPage() {
  const { id = '' } = useParams();
  const { me, abilities } = useMe();
  const [result, refetch] = useQuery({ query: DemandDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState fetching={result.fetching} error={result.error} data={result.data?.demand} onRetry={reload}>
      {(demand) => {
        const mine = me?.organization?.id === demand.organization.id;
        return (
          <>
            <PageHeader
              title={demand.title}
              description={
                <Space wrap>
                  <StatusTag status={demand.status} />
                  <span>{demand.enterprise}</span>
                </Space>
              }
              extra={
                <ListingActions
                  kind="demand"
                  listing={demand}
                  abilities={abilities}
                  myOrganizationId={me?.organization?.id ?? null}
                  onChanged={reload}
                />
              }
            />
            {demand.status === 'REJECTED' && demand.rejectReason && (
              <Alert
                type="error"
                showIcon
                title="科技局退回了这条需求"
                description={demand.rejectReason}
                className="page-alert"
              />
            )}
            {demand.status === 'SUBMITTED' && (
              <Alert
                type="info"
                showIcon
                title="等待科技局审核，发布后对其他组织可见"
                className="page-alert"
              />
            )}
            {demand.status === 'CLOSED' && demand.closeReason && (
              <Alert
                type="warning"
                showIcon
                title={`已关闭：${CLOSE_REASON_LABELS[demand.closeReason]}`}
                className="page-alert"
              />
            )}
            <Card className="detail-card">
              <Typography.Paragraph className="detail-body">{demand.description}</Typography.Paragraph>
              <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered>
                <Descriptions.Item label="产业链">{CHAIN_LABELS[demand.industryChain]}</Descriptions.Item>
                <Descriptions.Item label="最低成熟度">
                  {demand.minTrl ? `TRL ${demand.minTrl} 级` : '不限'}
                </Descriptions.Item>
                <Descriptions.Item label="预算">{formatWan(demand.budgetWan)}</Descriptions.Item>
                <Descriptions.Item label="截止日期">
                  {formatDate(demand.deadline)} {isPast(demand.deadline) && <Tag color="warning">已过期</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="合作方式">
                  {demand.cooperationModes.map((mode) => MODE_LABELS[mode]).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label="关键词">{demand.keywords.join('、') || '无'}</Descriptions.Item>
                <Descriptions.Item label="发布时间">
                  {demand.publishedAt ? formatDate(demand.publishedAt) : '未发布'}
                </Descriptions.Item>
                <Descriptions.Item label="更新时间">{formatDate(demand.updatedAt)}</Descriptions.Item>
              </Descriptions>
              {demand.disclosed ? (
                <Descriptions title="联系方式与保密详情" column={1} size="small" className="detail-contacts">
                  <Descriptions.Item label="联系人">{demand.contactName || '未填写'}</Descriptions.Item>
                  <Descriptions.Item label="电话">{demand.contactPhone || '未填写'}</Descriptions.Item>
                  <Descriptions.Item label="邮箱">{demand.contactEmail || '未填写'}</Descriptions.Item>
                  <Descriptions.Item label="保密详情">{demand.confidentialDetail || '无'}</Descriptions.Item>
                </Descriptions>
              ) : (
                <Typography.Paragraph type="secondary" className="detail-contacts">
                  联系方式与保密详情在双方确认对接意向后可见。
                </Typography.Paragraph>
              )}
            </Card>
            {(mine || abilities.isBureau) && (
              <DemandMatches demandId={demand.id} bureau={abilities.isBureau} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}
