import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { ListingMeta } from '../../components/listing-meta';
import { StatusTag } from '../../components/status-tag';
import type { AchievementFieldsFragment, DemandFieldsFragment } from '../../gql/graphql';
import { formatDate, formatTrl, formatWan } from '../../lib/format';

export function AchievementCard({
  achievement,
  extra,
}: {
  achievement: AchievementFieldsFragment;
  extra?: React.ReactNode;
}) {
  return (
    <Card size="small" className="listing-card">
      <div className="listing-card__head">
        <Typography.Title level={5} className="listing-card__title">
          <Link to={`/achievements/${achievement.id}`}>{achievement.title}</Link>
        </Typography.Title>
        <StatusTag status={achievement.status} />
      </div>
      <Typography.Text type="secondary">
        {achievement.institution}
        {achievement.team ? ` · ${achievement.team}` : ''} · 更新于 {formatDate(achievement.updatedAt)}
      </Typography.Text>
      <ListingMeta
        chain={achievement.industryChain}
        trl={formatTrl(achievement.trl)}
        amount={`报价 ${formatWan(achievement.askingPriceWan)}`}
        modes={achievement.transferModes}
      />
      <Typography.Paragraph ellipsis={{ rows: 2 }} className="listing-card__body">
        {achievement.summary}
      </Typography.Paragraph>
      {extra && <Space wrap>{extra}</Space>}
    </Card>
  );
}

export function DemandCard({ demand, extra }: { demand: DemandFieldsFragment; extra?: React.ReactNode }) {
  return (
    <Card size="small" className="listing-card">
      <div className="listing-card__head">
        <Typography.Title level={5} className="listing-card__title">
          <Link to={`/demands/${demand.id}`}>{demand.title}</Link>
        </Typography.Title>
        <StatusTag status={demand.status} />
      </div>
      <Typography.Text type="secondary">
        {demand.enterprise} · 截止 {formatDate(demand.deadline)} · 更新于 {formatDate(demand.updatedAt)}
      </Typography.Text>
      <ListingMeta
        chain={demand.industryChain}
        trl={demand.minTrl ? `最低 TRL ${demand.minTrl} 级` : '成熟度不限'}
        amount={`预算 ${formatWan(demand.budgetWan)}`}
        modes={demand.cooperationModes}
      />
      <Typography.Paragraph ellipsis={{ rows: 2 }} className="listing-card__body">
        {demand.description}
      </Typography.Paragraph>
      {extra && <Space wrap>{extra}</Space>}
    </Card>
  );
}
