import { Button, Card, Col, Empty, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { AttendanceDialog } from '../features/brokering/attendance-dialog';
import { MatchmakingEventsDocument } from '../features/brokering/documents';
import { EventDialog } from '../features/brokering/event-dialog';
import type { MatchmakingEventFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../lib/format';

const thisYear = new Date().getFullYear();

/** 对接活动: 企业进高校, 高校进企业, 路演, 对接会 — the list and a form to add one. */
export function EventsPage() {
  const [year, setYear] = useState(thisYear);
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<MatchmakingEventFieldsFragment | null>(null);
  const [editing, setEditing] = useState<MatchmakingEventFieldsFragment | null>(null);
  const [result, refetch] = useQuery({ query: MatchmakingEventsDocument, variables: { year } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title="对接活动"
        description="组织企业进高校、高校进企业、路演和对接会，登记邀请单位，跟踪活动促成的对接。"
        extra={
          <Space wrap>
            <label className="inline-field">
              <span>年度</span>
              <Select
                aria-label="年度"
                value={year}
                onChange={setYear}
                options={[thisYear + 1, thisYear, thisYear - 1].map((value) => ({
                  value,
                  label: `${value}年`,
                }))}
              />
            </label>
            <Button type="primary" onClick={() => setCreating(true)}>
              新建活动
            </Button>
          </Space>
        }
      />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.matchmakingEvents}
        onRetry={reload}
        isEmpty={(events) => events.length === 0}
        empty={<Empty description="本年度还没有对接活动" />}
      >
        {(events) => (
          <Row gutter={[16, 16]}>
            {events.map((event) => (
              <Col key={event.id} xs={24} md={12}>
                <Card
                  size="small"
                  className="event-card"
                  title={<Link to={`/events/${event.id}`}>{event.title}</Link>}
                  extra={<Tag color="blue">{event.kindLabel}</Tag>}
                >
                  <Typography.Paragraph className="event-card__line">
                    时间：{formatDateTime(event.startsAt)}
                  </Typography.Paragraph>
                  <Typography.Paragraph className="event-card__line">
                    地点：{event.place}
                  </Typography.Paragraph>
                  {event.description && (
                    <Typography.Paragraph type="secondary">{event.description}</Typography.Paragraph>
                  )}
                  <Typography.Paragraph className="event-card__line">
                    邀请单位：
                    {event.invitedOrganizations.length > 0
                      ? event.invitedOrganizations.map((org) => org.name).join('、')
                      : '未登记'}
                  </Typography.Paragraph>
                  {event.attendedOrganizations.length > 0 && (
                    <Typography.Paragraph className="event-card__line">
                      到场单位：{event.attendedOrganizations.map((org) => org.name).join('、')}
                    </Typography.Paragraph>
                  )}
                  <Typography.Text type="secondary">
                    到场 {event.attendeeCount} 人 · 促成对接 {event.matches.length} 个（已签约{' '}
                    {event.matches.filter((match) => match.stage === 'CONTRACTED').length} 个）
                  </Typography.Text>
                  <Space className="event-card__actions">
                    <Button size="small" onClick={() => setEditing(event)}>
                      修改
                    </Button>
                    <Button size="small" onClick={() => setRecording(event)}>
                      登记到场
                    </Button>
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <EventDialog
        open={creating || editing !== null}
        editing={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onDone={reload}
      />
      <AttendanceDialog event={recording} onClose={() => setRecording(null)} onDone={reload} />
    </>
  );
}
