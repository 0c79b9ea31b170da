import { Card, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ApplicationStatusTag } from '../features/challenges/applications-panel';
import { ChallengeStatusTag } from '../features/challenges/challenge-card';
import { MyChallengeApplicationsDocument } from '../features/challenges/documents';
import { formatDateTime, formatWan } from '../lib/format';

/** 我的揭榜: the organisation's applications, where each stands, and the feedback it was given. */
export function MyApplicationsPage() {
  const [result, refetch] = useQuery({ query: MyChallengeApplicationsDocument });
  return (
    <>
      <PageHeader title="我的揭榜" description="本单位提交的揭榜申请、评审进展和反馈意见。" />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.myChallengeApplications}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(list) => list.length === 0}
        empty={
          <Empty
            description={
              <>
                还没有揭榜申请。去<Link to="/challenges">揭榜挂帅</Link>看看正在征集的榜单。
              </>
            }
          />
        }
      >
        {(list) => (
          <Space orientation="vertical" size="middle" className="stack">
            {list.map((application) => (
              <Card key={application.id} size="small" className="application-card">
                <div className="listing-card__head">
                  <Typography.Title level={5} className="listing-card__title">
                    <Link to={`/challenges/${application.challenge.id}`}>{application.challenge.title}</Link>
                  </Typography.Title>
                  <ApplicationStatusTag status={application.status} />
                </div>
                <Space wrap size={[12, 4]}>
                  <ChallengeStatusTag status={application.challenge.status} />
                  <Typography.Text type="secondary">
                    榜额 {formatWan(application.challenge.bountyWan)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    本单位预算 {formatWan(application.budgetWan)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    提交于 {formatDateTime(application.createdAt)}
                  </Typography.Text>
                </Space>
                {application.feedback && (
                  <Typography.Paragraph className="application-feedback">
                    决定说明：{application.feedback}
                  </Typography.Paragraph>
                )}
                {application.reviewerFeedback.length > 0 && (
                  <div className="application-feedback">
                    <Typography.Text strong>专家反馈</Typography.Text>
                    <ul className="reasons" aria-label="专家反馈">
                      {application.reviewerFeedback.map((text, index) => (
                        <li key={index}>{text}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </Card>
            ))}
          </Space>
        )}
      </QueryState>
    </>
  );
}
