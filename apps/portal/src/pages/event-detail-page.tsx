import { Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { MatchmakingEventDocument } from '../features/brokering/documents';
import { useMe } from '../features/session/session';
import { formatDateTime } from '../lib/format';
import { MATCH_STAGE_COLORS } from '../lib/labels';
import { AttendanceDialog } from '../features/brokering/attendance-dialog';
import { EventDialog } from '../features/brokering/event-dialog';

const names = (organizations: { name: string }[], none: string) =>
  organizations.length > 0 ? organizations.map((org) => org.name).join('、') : none;

/**
 * One 对接活动: when and where, who was invited and who came, what it led to. Every signed-in user
 * may read it (members see only their own matches from it); the bureau changes it and records who came.
 */
export function EventDetailPage() {
  const { id = '' } = useParams();
  const { abilities } = useMe();
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const [result, refetch] = useQuery({ query: MatchmakingEventDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.matchmakingEvent}
      onRetry={reload}
    >
      {(event) => {
        const contracted = event.matches.filter((match) => match.stage === 'CONTRACTED').length;
        return (
          <>
            <PageHeader
              title={event.title}
              description={abilities.isBureau && <Link to="/events">返回对接活动列表</Link>}
              extra={
                abilities.isBureau && (
                  <Space wrap>
                    <Button onClick={() => setEditing(true)}>修改活动</Button>
                    <Button type="primary" onClick={() => setRecording(true)}>
                      登记到场
                    </Button>
                  </Space>
                )
              }
            />
            <Card className="event-detail" size="small" title="活动信息">
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label="活动类型">
                  <Tag color="blue">{event.kindLabel}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label="开始时间">{formatDateTime(event.startsAt)}</Descriptions.Item>
                <Descriptions.Item label="地点">{event.place}</Descriptions.Item>
                <Descriptions.Item label="到场人数">{event.attendeeCount} 人</Descriptions.Item>
                <Descriptions.Item label="邀请单位" span={2}>
                  {names(event.invitedOrganizations, '未登记')}
                </Descriptions.Item>
                <Descriptions.Item label="到场单位" span={2}>
                  {names(event.attendedOrganizations, '未登记')}
                </Descriptions.Item>
                <Descriptions.Item label="活动说明" span={2}>
                  {event.description || '无'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card
              className="event-detail"
              size="small"
              title={`促成的对接（${event.matches.length} 个，已签约 ${contracted} 个）`}
            >
              <List
                size="small"
                dataSource={event.matches}
                locale={{ emptyText: <Empty description="这场活动还没有促成对接" /> }}
                renderItem={(match) => (
                  <List.Item>
                    <Space wrap>
                      <Link to={`/matches/${match.id}`}>
                        {match.demand.title} × {match.achievement.title}
                      </Link>
                      <Tag color={MATCH_STAGE_COLORS[match.stage]}>{match.stageLabel}</Tag>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
            <Card className="event-detail" size="small" title="关联的需求与成果">
              {event.demands.length === 0 && event.achievements.length === 0 ? (
                <Empty description="未关联需求或成果" />
              ) : (
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="需求">
                    {event.demands.length > 0 ? (
                      <Space wrap>
                        {event.demands.map((demand) => (
                          <Link key={demand.id} to={`/demands/${demand.id}`}>
                            {demand.title}
                          </Link>
                        ))}
                      </Space>
                    ) : (
                      <Typography.Text type="secondary">无</Typography.Text>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label="成果">
                    {event.achievements.length > 0 ? (
                      <Space wrap>
                        {event.achievements.map((achievement) => (
                          <Link key={achievement.id} to={`/achievements/${achievement.id}`}>
                            {achievement.title}
                          </Link>
                        ))}
                      </Space>
                    ) : (
                      <Typography.Text type="secondary">无</Typography.Text>
                    )}
                  </Descriptions.Item>
                </Descriptions>
              )}
            </Card>
            {abilities.isBureau && (
              <>
                <EventDialog
                  open={editing}
                  editing={editing ? event : null}
                  onClose={() => setEditing(false)}
                  onDone={reload}
                />
                <AttendanceDialog
                  event={recording ? event : null}
                  onClose={() => setRecording(false)}
                  onDone={reload}
                />
              </>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
