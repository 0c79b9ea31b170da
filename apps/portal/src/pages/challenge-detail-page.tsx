import { Alert, Card, Descriptions, Space, Table, Tabs, Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ApplicationForm } from '../features/challenges/application-form';
import { ApplicationsPanel, ApplicationStatusTag } from '../features/challenges/applications-panel';
import { CandidatesPanel } from '../features/challenges/candidates-panel';
import { ChallengeActions } from '../features/challenges/challenge-actions';
import { ChallengeStatusTag } from '../features/challenges/challenge-card';
import { ChallengeDocument } from '../features/challenges/documents';
import { MilestonesPanel } from '../features/challenges/milestones-panel';
import { RankingPanel } from '../features/challenges/ranking-panel';
import { ReviewerPanel } from '../features/challenges/reviewer-panel';
import { applicationOpen } from '../features/challenges/transitions';
import { useMe } from '../features/session/session';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { formatDate, formatDateTime, formatWan } from '../lib/format';
import { CHAIN_LABELS, CHALLENGE_STATUS_LABELS } from '../lib/labels';

const PANEL_STAGES = ['APPLICATIONS_CLOSED', 'EVALUATING', 'AWARDED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED'];

/** One challenge: what it asks for, and what each role does with it now. */
export function ChallengeDetailPage() {
  const { id = '' } = useParams();
  const { me, abilities } = useMe();
  const [result, refetch] = useQuery({ query: ChallengeDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const myOrganizationId = me?.organization?.id ?? null;
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.challenge}
      onRetry={reload}
    >
      {(challenge) => {
        const owner = abilities.isEnterprise && challenge.organization?.id === myOrganizationId;
        const team = (abilities.isUniversity || abilities.isEnterprise) && !owner;
        const winner = challenge.winners.some((org) => org.id === myOrganizationId);
        const open = applicationOpen(challenge);
        const tabs = [
          abilities.isBureau &&
            challenge.status === 'PUBLISHED' && {
              key: 'candidates',
              label: '推荐团队',
              children: <CandidatesPanel challengeId={challenge.id} />,
            },
          (abilities.isBureau || (owner && PANEL_STAGES.includes(challenge.status))) && {
            key: 'applications',
            label: '揭榜申请',
            children: (
              <ApplicationsPanel
                challengeId={challenge.id}
                status={challenge.status}
                bureau={abilities.isBureau}
                onChanged={reload}
              />
            ),
          },
          abilities.isBureau &&
            PANEL_STAGES.includes(challenge.status) && {
              key: 'panel',
              label: '评审专家组',
              children: (
                <ReviewerPanel challengeId={challenge.id} status={challenge.status} onChanged={reload} />
              ),
            },
          abilities.isBureau &&
            PANEL_STAGES.includes(challenge.status) && {
              key: 'ranking',
              label: '评审排名',
              children: <RankingPanel challenge={challenge} onChanged={reload} />,
            },
          (abilities.isBureau || owner || winner) &&
            ['AWARDED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED'].includes(challenge.status) && {
              key: 'milestones',
              label: '里程碑',
              children: (
                <MilestonesPanel
                  challengeId={challenge.id}
                  status={challenge.status}
                  milestones={challenge.milestones}
                  winners={challenge.winners}
                  bureau={abilities.isBureau}
                  myOrganizationId={myOrganizationId}
                  onChanged={reload}
                />
              ),
            },
        ].filter((tab): tab is Exclude<typeof tab, false> => Boolean(tab));
        return (
          <>
            <PageHeader
              title={challenge.title}
              description={
                <Space wrap>
                  <ChallengeStatusTag status={challenge.status} />
                  <span>
                    发榜：
                    {challenge.postedByBureau ? '鹤城区科学技术局' : (challenge.organization?.name ?? '—')}
                  </span>
                </Space>
              }
              extra={
                <ChallengeActions
                  challenge={challenge}
                  viewer={{ bureau: abilities.isBureau, owner }}
                  onChanged={reload}
                />
              }
            />
            {challenge.statusReason && (
              <Alert
                className="page-alert"
                type="warning"
                showIcon
                title={`${CHALLENGE_STATUS_LABELS[challenge.status]}：${challenge.statusReason}`}
              />
            )}
            {challenge.status === 'UNDER_REVIEW' && (
              <Alert
                className="page-alert"
                type="info"
                showIcon
                title="等待科技局审核，发布后对所有用户公开"
              />
            )}
            {challenge.winners.length > 0 && (
              <Alert
                className="page-alert"
                type="success"
                showIcon
                title={`揭榜方：${challenge.winners.map((org) => org.name).join('、')}`}
                description={
                  challenge.publicNoticeEndsOn && challenge.status === 'AWARDED'
                    ? `公示期至 ${formatDate(challenge.publicNoticeEndsOn)}（含当日），如有异议请向科技局反映。`
                    : undefined
                }
              />
            )}
            <Card className="detail-card">
              <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered>
                <Descriptions.Item label="榜额">{formatWan(challenge.bountyWan)}</Descriptions.Item>
                <Descriptions.Item label="产业链">{CHAIN_LABELS[challenge.industryChain]}</Descriptions.Item>
                <Descriptions.Item label="揭榜截止">
                  {formatDateTime(challenge.applicationDeadline)}
                </Descriptions.Item>
                <Descriptions.Item label="实施期">
                  {formatDate(challenge.executionStart)}至{formatDate(challenge.executionEnd)}
                </Descriptions.Item>
                <Descriptions.Item label="资格条件" span={2}>
                  {challenge.eligibility || '不限'}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5} className="section-title">
                需求背景
              </Typography.Title>
              <Typography.Paragraph className="detail-body">{challenge.background}</Typography.Paragraph>
              <Typography.Title level={5} className="section-title">
                攻关指标
              </Typography.Title>
              <Table
                size="small"
                rowKey="indicator"
                pagination={false}
                dataSource={challenge.targets}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: '指标', dataIndex: 'indicator' },
                  { title: '目标值', dataIndex: 'targetValue' },
                  { title: '考核方式', dataIndex: 'acceptanceMethod' },
                ]}
              />
              {challenge.criteria.length > 0 && (
                <Typography.Paragraph type="secondary" className="section-title">
                  评审维度：
                  {challenge.criteria.map((criterion) => `${criterion.name} ${criterion.weight}%`).join('、')}
                </Typography.Paragraph>
              )}
            </Card>
            {team && challenge.myApplication && <MyApplication application={challenge.myApplication} />}
            {team && open && (
              <ApplicationForm
                challengeId={challenge.id}
                existing={challenge.myApplication ?? null}
                onDone={reload}
              />
            )}
            {team && !open && !challenge.myApplication && challenge.status === 'PUBLISHED' && (
              <Alert className="page-alert" type="warning" showIcon title="揭榜截止时间已过，不再接受申请" />
            )}
            {tabs.length > 0 && (
              <Card className="detail-card">
                <Tabs items={tabs} />
              </Card>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function MyApplication({ application }: { application: ApplicationFieldsFragment }) {
  return (
    <Card
      title="本单位的揭榜申请"
      className="detail-card"
      extra={<ApplicationStatusTag status={application.status} />}
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label="提交时间">{formatDateTime(application.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="预算">{formatWan(application.budgetWan)}</Descriptions.Item>
        {application.feedback && (
          <Descriptions.Item label="决定说明">{application.feedback}</Descriptions.Item>
        )}
        {application.reviewerFeedback.length > 0 && (
          <Descriptions.Item label="专家反馈">
            <ul className="reasons">
              {application.reviewerFeedback.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
