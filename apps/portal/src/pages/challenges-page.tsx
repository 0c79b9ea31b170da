import { Button, Empty, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ChallengeCard } from '../features/challenges/challenge-card';
import { ChallengesDocument } from '../features/challenges/documents';
import { useMe } from '../features/session/session';
import type { ChallengeStatus, IndustryChain } from '../gql/graphql';
import { CHAIN_LABELS, CHALLENGE_STATUS_LABELS, optionsOf } from '../lib/labels';

/** 揭榜挂帅: published challenges for everyone; the poster's own and every status for the bureau. */
export function ChallengesPage() {
  const { abilities } = useMe();
  const navigate = useNavigate();
  const [mine, setMine] = useState(false);
  const [status, setStatus] = useState<ChallengeStatus | null>(null);
  const [chain, setChain] = useState<IndustryChain | null>(null);
  const [result, refetch] = useQuery({
    query: ChallengesDocument,
    variables: {
      first: 50,
      offset: 0,
      filter: { status, industryChain: chain, mine: mine || null },
    },
  });
  const canPost = abilities.isEnterprise || abilities.isBureau;
  return (
    <>
      <PageHeader
        title="揭榜挂帅"
        description="企业或科技局张榜征集技术攻关方案，高校院所和企业团队揭榜，专家评审择优确定揭榜方，按里程碑验收。"
        extra={
          canPost && (
            <Button type="primary" onClick={() => navigate('/challenges/new')}>
              发布榜单
            </Button>
          )
        }
      />
      <Space wrap className="filters" aria-label="榜单筛选">
        <label className="inline-field">
          <span>状态</span>
          <Select<ChallengeStatus | 'ALL'>
            aria-label="状态"
            value={status ?? 'ALL'}
            onChange={(value) => setStatus(value === 'ALL' ? null : value)}
            options={[{ value: 'ALL', label: '全部状态' }, ...optionsOf(CHALLENGE_STATUS_LABELS)]}
          />
        </label>
        <label className="inline-field">
          <span>产业链</span>
          <Select<IndustryChain | 'ALL'>
            aria-label="产业链"
            value={chain ?? 'ALL'}
            onChange={(value) => setChain(value === 'ALL' ? null : value)}
            options={[{ value: 'ALL', label: '全部产业链' }, ...optionsOf(CHAIN_LABELS)]}
            popupMatchSelectWidth={false}
          />
        </label>
        {abilities.isEnterprise && (
          <label className="inline-field">
            <Switch checked={mine} onChange={setMine} aria-label="只看本单位发布的" />
            <span>只看本单位发布的</span>
          </label>
        )}
      </Space>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.challenges}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(page) => page.items.length === 0}
        empty={<Empty description="没有符合条件的榜单" />}
      >
        {(page) => (
          <Space orientation="vertical" size="middle" className="stack">
            {page.items.map((challenge) => (
              <ChallengeCard key={challenge.id} challenge={challenge} />
            ))}
          </Space>
        )}
      </QueryState>
    </>
  );
}
