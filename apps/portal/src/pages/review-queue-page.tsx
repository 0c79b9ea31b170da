import { Badge, Empty, Space, Tabs } from 'antd';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { AchievementsDocument, DemandsDocument } from '../features/listings/documents';
import { ListingActions } from '../features/listings/listing-actions';
import { AchievementCard, DemandCard } from '../features/listings/listing-cards';
import { useMe } from '../features/session/session';

const QUEUE = { first: 50, filter: { status: 'SUBMITTED' as const } };

/** The bureau's queue: submitted listings of both kinds, to publish or to reject with a reason. */
export function ReviewQueuePage() {
  const { me, abilities } = useMe();
  const [demands, refetchDemands] = useQuery({ query: DemandsDocument, variables: QUEUE });
  const [achievements, refetchAchievements] = useQuery({ query: AchievementsDocument, variables: QUEUE });
  const reloadDemands = () => refetchDemands({ requestPolicy: 'network-only' });
  const reloadAchievements = () => refetchAchievements({ requestPolicy: 'network-only' });
  const myOrganizationId = me?.organization?.id ?? null;
  return (
    <>
      <PageHeader
        title="审核队列"
        description="企业与高校院所提交的需求和成果。发布后进入公开库并参与匹配；退回时须写明原因。"
      />
      <Tabs
        items={[
          {
            key: 'demands',
            label: (
              <Space size={4}>
                待审需求
                <Badge count={demands.data?.demands.totalCount ?? 0} showZero color="#1677ff" />
              </Space>
            ),
            children: (
              <QueryState
                fetching={demands.fetching}
                error={demands.error}
                data={demands.data?.demands}
                onRetry={reloadDemands}
                isEmpty={(page) => page.edges.length === 0}
                empty={<Empty description="没有待审核的需求" />}
              >
                {(page) => (
                  <Space orientation="vertical" size="middle" className="stack">
                    {page.edges.map(({ node }) => (
                      <DemandCard
                        key={node.id}
                        demand={node}
                        extra={
                          <ListingActions
                            kind="demand"
                            listing={node}
                            abilities={abilities}
                            myOrganizationId={myOrganizationId}
                            onChanged={reloadDemands}
                          />
                        }
                      />
                    ))}
                  </Space>
                )}
              </QueryState>
            ),
          },
          {
            key: 'achievements',
            label: (
              <Space size={4}>
                待审成果
                <Badge count={achievements.data?.achievements.totalCount ?? 0} showZero color="#1677ff" />
              </Space>
            ),
            children: (
              <QueryState
                fetching={achievements.fetching}
                error={achievements.error}
                data={achievements.data?.achievements}
                onRetry={reloadAchievements}
                isEmpty={(page) => page.edges.length === 0}
                empty={<Empty description="没有待审核的成果" />}
              >
                {(page) => (
                  <Space orientation="vertical" size="middle" className="stack">
                    {page.edges.map(({ node }) => (
                      <AchievementCard
                        key={node.id}
                        achievement={node}
                        extra={
                          <ListingActions
                            kind="achievement"
                            listing={node}
                            abilities={abilities}
                            myOrganizationId={myOrganizationId}
                            onChanged={reloadAchievements}
                          />
                        }
                      />
                    ))}
                  </Space>
                )}
              </QueryState>
            ),
          },
        ]}
      />
    </>
  );
}
