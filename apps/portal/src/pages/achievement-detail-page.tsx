import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { StatusTag } from '../components/status-tag';
import { AchievementDocument } from '../features/listings/documents';
import { ListingActions } from '../features/listings/listing-actions';
import { AchievementMatches } from '../features/matching/achievement-matches';
import { useMe } from '../features/session/session';
import { formatDate, formatTrl, formatWan } from '../lib/format';
import { CHAIN_LABELS, CLOSE_REASON_LABELS, IP_TYPE_LABELS, MODE_LABELS } from '../lib/labels';

export function AchievementDetailPage() {
  const { id = '' } = useParams();
  const { me, abilities } = useMe();
  const [result, refetch] = useQuery({ query: AchievementDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.achievement}
      onRetry={reload}
    >
      {(achievement) => {
        const mine = me?.organization?.id === achievement.organization.id;
        return (
          <>
            <PageHeader
              title={achievement.title}
              description={
                <Space wrap>
                  <StatusTag status={achievement.status} />
                  <span>
                    {achievement.institution}
                    {achievement.team ? ` · ${achievement.team}` : ''}
                  </span>
                </Space>
              }
              extra={
                <ListingActions
                  kind="achievement"
                  listing={achievement}
                  abilities={abilities}
                  myOrganizationId={me?.organization?.id ?? null}
                  onChanged={reload}
                />
              }
            />
            {achievement.status === 'REJECTED' && achievement.rejectReason && (
              <Alert
                type="error"
                showIcon
                title="科技局退回了这项成果"
                description={achievement.rejectReason}
                className="page-alert"
              />
            )}
            {achievement.status === 'SUBMITTED' && (
              <Alert
                type="info"
                showIcon
                title="等待科技局审核，发布后对其他组织可见"
                className="page-alert"
              />
            )}
            {achievement.status === 'CLOSED' && achievement.closeReason && (
              <Alert
                type="warning"
                showIcon
                title={`已关闭：${CLOSE_REASON_LABELS[achievement.closeReason]}`}
                className="page-alert"
              />
            )}
            <Card className="detail-card">
              <Typography.Paragraph className="detail-body">{achievement.summary}</Typography.Paragraph>
              <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered>
                <Descriptions.Item label="产业链">
                  {CHAIN_LABELS[achievement.industryChain]}
                </Descriptions.Item>
                <Descriptions.Item label="技术成熟度">{formatTrl(achievement.trl)}</Descriptions.Item>
                <Descriptions.Item label="知识产权">{IP_TYPE_LABELS[achievement.ipType]}</Descriptions.Item>
                <Descriptions.Item label="报价">{formatWan(achievement.askingPriceWan)}</Descriptions.Item>
                <Descriptions.Item label="转化方式">
                  {achievement.transferModes.map((mode) => MODE_LABELS[mode]).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label="关键词">
                  {achievement.keywords.join('、') || '无'}
                </Descriptions.Item>
                <Descriptions.Item label="发布时间">
                  {achievement.publishedAt ? formatDate(achievement.publishedAt) : '未发布'}
                </Descriptions.Item>
                <Descriptions.Item label="更新时间">{formatDate(achievement.updatedAt)}</Descriptions.Item>
              </Descriptions>
              {achievement.disclosed ? (
                <Descriptions title="联系方式与保密详情" column={1} size="small" className="detail-contacts">
                  <Descriptions.Item label="联系人">{achievement.contactName || '未填写'}</Descriptions.Item>
                  <Descriptions.Item label="电话">{achievement.contactPhone || '未填写'}</Descriptions.Item>
                  <Descriptions.Item label="邮箱">{achievement.contactEmail || '未填写'}</Descriptions.Item>
                  <Descriptions.Item label="保密详情">
                    {achievement.confidentialDetail || '无'}
                  </Descriptions.Item>
                </Descriptions>
              ) : (
                <Typography.Paragraph type="secondary" className="detail-contacts">
                  联系方式与保密详情在双方确认对接意向后可见。
                </Typography.Paragraph>
              )}
            </Card>
            {(mine || abilities.isBureau) && (
              <AchievementMatches achievementId={achievement.id} bureau={abilities.isBureau} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}
