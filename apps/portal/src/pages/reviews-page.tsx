import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ChallengeStatusTag } from '../features/challenges/challenge-card';
import { ReviewAssignmentsDocument } from '../features/challenges/documents';
import { formatDateTime } from '../lib/format';

/** 评审任务: the expert's assignments, to score or already scored. */
export function ReviewsPage() {
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: ReviewAssignmentsDocument, variables: { challengeId: null } });
  return (
    <>
      <PageHeader title="评审任务" description="科技局分配给您的揭榜申请。评审期内可提交或修改评分。" />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.reviewAssignments}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description="暂无评审任务" />}
      >
        {(list) => (
          <Space orientation="vertical" size="middle" className="stack">
            {list.map((assignment) => (
              <Card key={assignment.id} size="small" className="review-card">
                <div className="listing-card__head">
                  <Typography.Title level={5} className="listing-card__title">
                    {assignment.challenge.title}
                  </Typography.Title>
                  {assignment.review ? (
                    <Tag color="success">已评分 {assignment.review.weightedScore.toFixed(2)}</Tag>
                  ) : (
                    <Tag color="processing">待评分</Tag>
                  )}
                </div>
                <Space wrap size={[12, 4]}>
                  <Typography.Text>申请单位：{assignment.application.organization.name}</Typography.Text>
                  <ChallengeStatusTag status={assignment.challenge.status} />
                  <Typography.Text type="secondary">
                    分配于 {formatDateTime(assignment.createdAt)}
                  </Typography.Text>
                </Space>
                <div className="panel-actions">
                  <Button
                    type={assignment.review ? 'default' : 'primary'}
                    onClick={() => navigate(`/reviews/${assignment.id}`)}
                  >
                    {assignment.review ? '查看评分' : '去评分'}
                  </Button>
                </div>
              </Card>
            ))}
          </Space>
        )}
      </QueryState>
    </>
  );
}
