import { Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ChallengeStatus } from '../../gql/graphql';
import { formatDate, formatDateTime, formatWan } from '../../lib/format';
import { CHAIN_LABELS, CHALLENGE_STATUS_COLORS, CHALLENGE_STATUS_LABELS } from '../../lib/labels';
import type { ChallengeCardFieldsFragment } from '../../gql/graphql';

export function ChallengeStatusTag({ status }: { status: ChallengeStatus }) {
  return <Tag color={CHALLENGE_STATUS_COLORS[status]}>{CHALLENGE_STATUS_LABELS[status]}</Tag>;
}

/** A challenge in a list: title, poster, bounty, deadline, status. */
export function ChallengeCard({
  challenge,
  extra,
}: {
  challenge: ChallengeCardFieldsFragment;
  extra?: ReactNode;
}) {
  return (
    <Card size="small" className="challenge-card">
      <div className="listing-card__head">
        <Typography.Title level={5} className="listing-card__title">
          <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
        </Typography.Title>
        <ChallengeStatusTag status={challenge.status} />
      </div>
      <Space wrap size={[12, 4]} className="challenge-card__meta">
        <Typography.Text strong className="challenge-card__bounty">
          榜额 {formatWan(challenge.bountyWan)}
        </Typography.Text>
        <Typography.Text type="secondary">{CHAIN_LABELS[challenge.industryChain]}</Typography.Text>
        <Typography.Text type="secondary">
          发榜：{challenge.postedByBureau ? '鹤城区科学技术局' : (challenge.organization?.name ?? '—')}
        </Typography.Text>
        <Typography.Text type="secondary">
          揭榜截止 {formatDateTime(challenge.applicationDeadline)}
        </Typography.Text>
        <Typography.Text type="secondary">
          实施期 {formatDate(challenge.executionStart)}至{formatDate(challenge.executionEnd)}
        </Typography.Text>
      </Space>
      <Typography.Paragraph className="listing-card__body" ellipsis={{ rows: 2 }}>
        {challenge.background}
      </Typography.Paragraph>
      {extra}
    </Card>
  );
}
