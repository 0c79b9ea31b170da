import { Button, Card, Empty, Space, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { graphql } from '../gql';
import { formatDate } from '../lib/format';
import { ORG_KIND_LABELS } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

const PendingMembersDocument = graphql(`
  query PendingMembers {
    pendingMembers {
      id
      email
      displayName
      createdAt
      organization {
        id
        name
        kind
      }
    }
  }
`);

const ApproveMembershipDocument = graphql(`
  mutation ApproveMembership($userId: ID!) {
    approveMembership(userId: $userId) {
      id
      membership
    }
  }
`);

const RejectMembershipDocument = graphql(`
  mutation RejectMembership($userId: ID!) {
    rejectMembership(userId: $userId) {
      id
      membership
    }
  }
`);

/** Pending memberships: the bureau sees all, an approved member sees their own organisation's. */
export function MembersPage() {
  const [result, refetch] = useQuery({ query: PendingMembersDocument });
  const [approveState, approve] = useMutation(ApproveMembershipDocument);
  const [rejectState, reject] = useMutation(RejectMembershipDocument);
  const feedback = useActionFeedback();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title="成员审核" description="申请加入已登记组织的用户，批准后可以代表组织发布和操作。" />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.pendingMembers}
        onRetry={reload}
        isEmpty={(members) => members.length === 0}
        empty={<Empty description="没有待审核的成员申请" />}
      >
        {(members) => (
          <Card>
            <ul className="member-list" aria-label="待审核成员">
              {members.map((member) => (
                <li key={member.id} className="member-item">
                  <div className="member-item__text">
                    <Typography.Text strong>{member.displayName}</Typography.Text>
                    <Typography.Text type="secondary" className="member-item__line">
                      {member.email} · 申请加入 {member.organization?.name ?? '（无组织）'}
                      {member.organization ? `（${ORG_KIND_LABELS[member.organization.kind]}）` : ''} ·{' '}
                      {formatDate(member.createdAt)}
                    </Typography.Text>
                  </div>
                  <Space>
                    <Button
                      type="primary"
                      loading={approveState.fetching}
                      onClick={async () => {
                        const outcome = await approve({ userId: member.id });
                        if (!feedback(outcome, `已批准 ${member.displayName}`, { onRefresh: reload })) {
                          reload();
                        }
                      }}
                    >
                      批准
                    </Button>
                    <Button
                      danger
                      loading={rejectState.fetching}
                      onClick={async () => {
                        const outcome = await reject({ userId: member.id });
                        if (!feedback(outcome, `已拒绝 ${member.displayName}`, { onRefresh: reload })) {
                          reload();
                        }
                      }}
                    >
                      拒绝
                    </Button>
                  </Space>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </QueryState>
    </>
  );
}
