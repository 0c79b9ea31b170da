import { Button, Card, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { MarkNotificationsReadDocument, NotificationsDocument } from '../features/notifications/documents';
import { formatDate } from '../lib/format';
import { useActionFeedback } from '../lib/use-action';

/** Where a notification's object lives in the portal, when it has a page. */
const linkOf = (entityType?: string | null, entityId?: string | null) => {
  if (!entityId) {
    return null;
  }
  if (entityType === 'Demand') {
    return `/demands/${entityId}`;
  }
  if (entityType === 'Achievement') {
    return `/achievements/${entityId}`;
  }
  const pages: Record<string, string> = {
    Match: `/matches/${entityId}`,
    Challenge: `/challenges/${entityId}`,
    ReviewAssignment: `/reviews/${entityId}`,
    ChallengeApplication: '/applications/mine',
    TechContract: '/contracts',
  };
  return (entityType && pages[entityType]) ?? null;
};

export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [result, refetch] = useQuery({ query: NotificationsDocument, variables: { unreadOnly } });
  const [marking, markRead] = useMutation(MarkNotificationsReadDocument);
  const feedback = useActionFeedback();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title="消息通知"
        description="对接进展、跟进提醒、合同与新的匹配推荐。"
        extra={
          <Button
            loading={marking.fetching}
            onClick={async () => {
              const outcome = await markRead({ ids: null });
              if (!feedback(outcome, '已全部标为已读', { onRefresh: reload })) {
                reload();
              }
            }}
          >
            全部标为已读
          </Button>
        }
      />
      <Segmented<'all' | 'unread'>
        className="status-picker"
        aria-label="按已读状态筛选"
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        options={[
          { value: 'all', label: '全部' },
          { value: 'unread', label: '未读' },
        ]}
      />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.notifications}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={<Empty description={unreadOnly ? '没有未读通知' : '还没有通知'} />}
      >
        {(items) => (
          <Card>
            <ul className="member-list" aria-label="通知列表">
              {items.map((item) => {
                const to = linkOf(item.entityType, item.entityId);
                return (
                  <li key={item.id} className="notification">
                    <Space size={6} wrap>
                      {!item.readAt && <Tag color="red">未读</Tag>}
                      <Typography.Text strong>
                        {to ? <Link to={to}>{item.title}</Link> : item.title}
                      </Typography.Text>
                      <Typography.Text type="secondary">{formatDate(item.createdAt)}</Typography.Text>
                    </Space>
                    <Typography.Paragraph className="notification__body">{item.body}</Typography.Paragraph>
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
      </QueryState>
    </>
  );
}
