import { Card, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MatchFieldsFragment, MatchStage } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { MATCH_STAGE_COLORS, MATCH_STAGE_LABELS } from '../../lib/labels';
import { PIPELINE_STEPS, stepIndex } from './pipeline';

export function MatchStageTag({ stage, overdue }: { stage: MatchStage; overdue?: boolean }) {
  return (
    <Space size={4} wrap>
      <Tag color={MATCH_STAGE_COLORS[stage]}>{MATCH_STAGE_LABELS[stage]}</Tag>
      {overdue && <Tag color="red">待跟进</Tag>}
    </Space>
  );
}

/** Where the match is on its way to a contract. */
export function MatchSteps({ stage, compact }: { stage: MatchStage; compact?: boolean }) {
  const current = stepIndex(stage);
  return (
    <Steps
      className="match-steps"
      size="small"
      orientation={compact ? 'vertical' : 'horizontal'}
      responsive
      current={current < 0 ? 0 : current}
      status={stage === 'CLOSED' ? 'error' : stage === 'CONTRACTED' ? 'finish' : 'process'}
      items={PIPELINE_STEPS.map((step) => ({ title: step.title }))}
    />
  );
}

type Party = MatchFieldsFragment['demand'] | MatchFieldsFragment['achievement'];

/** A party's contacts, or why they are not shown yet. */
export function PartyContacts({ party, label }: { party: Party; label: string }) {
  if (!party.disclosed) {
    return (
      <Typography.Paragraph type="secondary" className="party-contacts">
        {label}的联系方式在双方确认对接意向后可见。
      </Typography.Paragraph>
    );
  }
  return (
    <Descriptions
      className="party-contacts"
      title={`${label}联系方式`}
      column={1}
      size="small"
      aria-label={`${label}联系方式`}
    >
      <Descriptions.Item label="联系人">{party.contactName || '未填写'}</Descriptions.Item>
      <Descriptions.Item label="电话">{party.contactPhone || '未填写'}</Descriptions.Item>
      <Descriptions.Item label="邮箱">{party.contactEmail || '未填写'}</Descriptions.Item>
      {party.confidentialDetail && (
        <Descriptions.Item label="保密详情">{party.confidentialDetail}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** One match in a list: the two listings, the stage, and the viewer's counterpart contacts when revealed. */
export function MatchCard({ match, extra }: { match: MatchFieldsFragment; extra?: ReactNode }) {
  const counterpart =
    match.viewerSide === 'DEMAND'
      ? { party: match.achievement, label: '成果方' }
      : match.viewerSide === 'ACHIEVEMENT'
        ? { party: match.demand, label: '需求方' }
        : null;
  return (
    <Card className="match-card" size="small">
      <div className="match-card__head">
        <Typography.Title level={5} className="match-card__title">
          <Link to={`/matches/${match.id}`}>{match.demand.title}</Link>
        </Typography.Title>
        <MatchStageTag stage={match.stage} overdue={match.overdue} />
      </div>
      <Typography.Text type="secondary" className="match-card__line">
        需求方：{match.demand.enterprise} · 成果：
        <Link to={`/achievements/${match.achievement.id}`}>{match.achievement.title}</Link>（
        {match.achievement.institution}）
      </Typography.Text>
      <Typography.Text type="secondary" className="match-card__line">
        进入当前阶段：{formatDate(match.stageEnteredAt)}
        {match.followUpDueAt && match.stage !== 'CONTRACTED' && match.stage !== 'CLOSED'
          ? ` · 跟进期限：${formatDate(match.followUpDueAt)}`
          : ''}
      </Typography.Text>
      {counterpart && <PartyContacts party={counterpart.party} label={counterpart.label} />}
      {extra && <div className="match-card__actions">{extra}</div>}
    </Card>
  );
}
