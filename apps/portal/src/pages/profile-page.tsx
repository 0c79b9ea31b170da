import { Card, Descriptions, Tag } from 'antd';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { useMe } from '../features/session/session';
import { formatDate } from '../lib/format';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../lib/labels';

export function ProfilePage() {
  const { me, fetching, error, refetch } = useMe();
  return (
    <>
      <PageHeader title="个人信息" />
      <QueryState
        fetching={fetching}
        error={error}
        data={me}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {(user) => (
          <Card>
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label="姓名">{user.displayName}</Descriptions.Item>
              <Descriptions.Item label="邮箱">{user.email}</Descriptions.Item>
              <Descriptions.Item label="角色">{ROLE_LABELS[user.role]}</Descriptions.Item>
              <Descriptions.Item label="所属组织">
                {user.organization ? (
                  <>
                    {user.organization.name}（{ORG_KIND_LABELS[user.organization.kind]}）{' '}
                    {user.organization.verified ? <Tag color="success">已认证</Tag> : <Tag>待认证</Tag>}
                  </>
                ) : (
                  '无'
                )}
              </Descriptions.Item>
              {user.membership && (
                <Descriptions.Item label="成员资格">
                  {user.membership === 'APPROVED' ? (
                    <Tag color="success">已批准</Tag>
                  ) : (
                    <Tag color="warning">待审核</Tag>
                  )}
                </Descriptions.Item>
              )}
              <Descriptions.Item label="注册时间">{formatDate(user.createdAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </QueryState>
    </>
  );
}
