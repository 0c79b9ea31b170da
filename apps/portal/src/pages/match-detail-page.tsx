import { Alert, Card, Col, Descriptions, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { MatchDocument } from '../features/brokering/documents';
import { MatchActions } from '../features/brokering/match-actions';
import { MatchStageTag, MatchSteps, PartyContacts } from '../features/brokering/match-card';
import { useMe } from '../features/session/session';
import { formatDate, formatDateTime, formatScore, formatTrl, formatWan, formatWanText } from '../lib/format';
import {
  CHAIN_LABELS,
  CONTRACT_STATUS_LABELS,
  CONTRACT_TYPE_LABELS,
  MATCH_CLOSE_REASON_LABELS,
  MATCH_ORIGIN_LABELS,
  MATCH_SIDE_LABELS,
  MATCH_STAGE_LABELS,
} from '../lib/labels';

/** One match: both listings, the stage, its history, the contacts (after mutual interest) and contracts. */
export function MatchDetailPage() {
  const { id = '' } = useParams();
  const { abilities } = useMe();
  const [result, refetch] = useQuery({ query: MatchDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState fetching={result.fetching} error={result.error} data={result.data?.match} onRetry={reload}>
      {(match) => (
        <>
          <PageHeader
            title="对接详情"
            description={
              <Space wrap>
                <MatchStageTag stage={match.stage} overdue={match.overdue} />
                <span>来源：{MATCH_ORIGIN_LABELS[match.origin]}</span>
                {match.score !== null && match.score !== undefined && (
                  <span>推荐得分 {formatScore(match.score)}</span>
                )}
                {match.viewerSide && <span>我方：{MATCH_SIDE_LABELS[match.viewerSide]}</span>}
              </Space>
            }
            extra={<MatchActions match={match} bureau={abilities.isBureau} onChanged={reload} />}
          />
          {match.overdue && (
            <Alert
              className="page-alert"
              type="warning"
              showIcon
              title={`已超过跟进期限（${formatDate(match.followUpDueAt)}），请尽快推进或说明情况`}
            />
          )}
          {match.stage === 'INTERESTED' && (
            <Alert
              className="page-alert"
              type="info"
              showIcon
              title={`${match.interestedSide ? MATCH_SIDE_LABELS[match.interestedSide] : '一方'}已表达意向，等待另一方回应；双方都有意向后联系方式互相可见`}
            />
          )}
          {match.stage === 'CLOSED' && match.closeReason && (
            <Alert
              className="page-alert"
              type="warning"
              showIcon
              title={`对接已关闭：${MATCH_CLOSE_REASON_LABELS[match.closeReason]}`}
              description={match.closeNote || undefined}
            />
          )}
          <Card className="detail-card">
            <MatchSteps stage={match.stage} />
          </Card>
          <Row gutter={[16, 16]} className="detail-card">
            <Col xs={24} md={12}>
              <Card title="技术需求" size="small">
                <Typography.Title level={5} className="match-item__title">
                  <Link to={`/demands/${match.demand.id}`}>{match.demand.title}</Link>
                </Typography.Title>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="企业">{match.demand.enterprise}</Descriptions.Item>
                  <Descriptions.Item label="产业链">
                    {CHAIN_LABELS[match.demand.industryChain]}
                  </Descriptions.Item>
                  <Descriptions.Item label="预算">{formatWan(match.demand.budgetWan)}</Descriptions.Item>
                </Descriptions>
                <PartyContacts party={match.demand} label="需求方" />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title="待转成果" size="small">
                <Typography.Title level={5} className="match-item__title">
                  <Link to={`/achievements/${match.achievement.id}`}>{match.achievement.title}</Link>
                </Typography.Title>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="单位">{match.achievement.institution}</Descriptions.Item>
                  <Descriptions.Item label="成熟度">{formatTrl(match.achievement.trl)}</Descriptions.Item>
                  <Descriptions.Item label="报价">
                    {formatWan(match.achievement.askingPriceWan)}
                  </Descriptions.Item>
                </Descriptions>
                <PartyContacts party={match.achievement} label="成果方" />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title="对接历程" size="small">
                <Timeline
                  items={match.events.map((event) => ({
                    title: formatDateTime(event.at),
                    content: (
                      <>
                        <Typography.Text strong>
                          {event.actorLabel} · {MATCH_STAGE_LABELS[event.toStage]}
                        </Typography.Text>
                        {event.note && (
                          <Typography.Paragraph className="timeline-note">{event.note}</Typography.Paragraph>
                        )}
                      </>
                    ),
                  }))}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title="技术合同" size="small">
                <List
                  locale={{ emptyText: '尚未登记合同' }}
                  dataSource={match.contracts}
                  renderItem={(contract) => (
                    <List.Item>
                      <Space orientation="vertical" size={0}>
                        <Typography.Text strong>{contract.title}</Typography.Text>
                        <Typography.Text type="secondary">
                          {CONTRACT_TYPE_LABELS[contract.type]} · {formatWanText(contract.amountWan)} · 签订于{' '}
                          {formatDate(contract.signedOn)}
                        </Typography.Text>
                      </Space>
                      <Tag color={contract.status === 'CONFIRMED' ? 'success' : 'processing'}>
                        {CONTRACT_STATUS_LABELS[contract.status]}
                      </Tag>
                    </List.Item>
                  )}
                />
                {match.event && (
                  <Typography.Paragraph type="secondary">
                    来自对接活动：<Link to={`/events/${match.event.id}`}>{match.event.title}</Link>
                  </Typography.Paragraph>
                )}
              </Card>
            </Col>
          </Row>
        </>
      )}
    </QueryState>
  );
}
