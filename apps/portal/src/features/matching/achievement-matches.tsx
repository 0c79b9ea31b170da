import { Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListingMeta } from '../../components/listing-meta';
import { QueryState } from '../../components/query-state';
import { ReasonsList } from '../../components/reasons-list';
import { ScoreBar } from '../../components/score-bar';
import { formatDate, formatWan } from '../../lib/format';
import { MatchesDocument } from '../brokering/documents';
import { MatchesForAchievementDocument } from '../listings/documents';
import { MatchFilters, type MatchFilterValues } from './match-filters';
import { RecommendationAction } from './recommendation-action';

/** Recommended demands for one achievement: score, reasons, and the demand's teaser. */
export function AchievementMatches({
  achievementId,
  bureau = false,
}: {
  achievementId: string;
  bureau?: boolean;
}) {
  const [filters, setFilters] = useState<MatchFilterValues>({ industryChains: [], minScore: null });
  const [result, refetch] = useQuery({
    query: MatchesForAchievementDocument,
    variables: {
      achievementId,
      first: 20,
      industryChains: filters.industryChains.length > 0 ? filters.industryChains : null,
      minScore: filters.minScore,
    },
  });
  const [pipeline, refetchPipeline] = useQuery({
    query: MatchesDocument,
    variables: { filter: { achievementId }, first: 100, offset: 0 },
  });
  const reloadMatches = () => refetchPipeline({ requestPolicy: 'network-only' });
  const existing = new Map(
    (pipeline.data?.matches ?? [])
      .filter((item) => item.stage !== 'CLOSED')
      .map((item) => [item.demand.id, item]),
  );
  return (
    <Card title="推荐需求" className="matches">
      <MatchFilters value={filters} onChange={setFilters} />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.matchesForAchievement}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(matches) => matches.length === 0}
        empty={<Empty description="暂无符合条件的企业需求。需求库有新需求发布后会重新匹配。" />}
      >
        {(matches) => (
          <ol className="match-list" aria-label="推荐列表">
            {matches.map((match) => (
              <li key={match.demand.id} className="match-item">
                <Typography.Title level={5} className="match-item__title">
                  <Link to={`/demands/${match.demand.id}`}>{match.demand.title}</Link>
                </Typography.Title>
                <Typography.Text type="secondary">
                  {match.demand.enterprise} · 截止 {formatDate(match.demand.deadline)}
                </Typography.Text>
                <ScoreBar score={match.score} />
                <ListingMeta
                  chain={match.demand.industryChain}
                  trl={match.demand.minTrl ? `最低 TRL ${match.demand.minTrl} 级` : '成熟度不限'}
                  amount={`预算 ${formatWan(match.demand.budgetWan)}`}
                  modes={match.demand.cooperationModes}
                />
                <ReasonsList reasons={match.reasons} />
                <RecommendationAction
                  demandId={match.demand.id}
                  achievementId={achievementId}
                  score={match.score}
                  bureau={bureau}
                  existing={existing.get(match.demand.id)}
                  onChanged={reloadMatches}
                />
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </Card>
  );
}
