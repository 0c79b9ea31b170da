import { Empty, Segmented, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { MatchesDocument } from '../features/brokering/documents';
import { MatchActions } from '../features/brokering/match-actions';
import { MatchCard } from '../features/brokering/match-card';
import { useMe } from '../features/session/session';

type View = 'open' | 'done' | 'all';

const VIEWS: { value: View; label: string }[] = [
  { value: 'open', label: '进行中' },
  { value: 'done', label: '已签约或关闭' },
  { value: 'all', label: '全部' },
];

/** 我的对接: the organisation's matches, their stages, and the counterpart's contacts once both are interested. */
export function MyMatchesPage() {
  const { abilities } = useMe();
  const [view, setView] = useState<View>('open');
  const [result, refetch] = useQuery({ query: MatchesDocument, variables: { first: 100, offset: 0 } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const matches = (result.data?.matches ?? []).filter((match) =>
    view === 'all'
      ? true
      : view === 'done'
        ? match.stage === 'CONTRACTED' || match.stage === 'CLOSED'
        : match.stage !== 'CONTRACTED' && match.stage !== 'CLOSED',
  );
  return (
    <>
      <PageHeader
        title="我的对接"
        description="本单位参与的对接及所处阶段。双方都表达意向后，对方的联系方式会显示在这里。"
      />
      <div className="status-picker">
        <Segmented<View> aria-label="对接范围" options={VIEWS} value={view} onChange={setView} />
      </div>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data ? matches : undefined}
        onRetry={reload}
        isEmpty={(list) => list.length === 0}
        empty={
          <Empty
            description={
              <>
                暂无对接。在
                <Link to={abilities.isUniversity ? '/achievements/mine' : '/demands/mine'}>
                  {abilities.isUniversity ? '我的成果' : '我的需求'}
                </Link>
                的推荐列表中对感兴趣的一方点击“表达意向”。
              </>
            }
          />
        }
      >
        {(list) => (
          <Space orientation="vertical" size="middle" className="stack">
            {list.map((match) => (
              <MatchCard
                key={match.id}
                match={match}
                extra={<MatchActions match={match} bureau={false} onChanged={reload} size="small" />}
              />
            ))}
          </Space>
        )}
      </QueryState>
    </>
  );
}
