import { Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListingMeta } from '../../components/listing-meta';
import { QueryState } from '../../components/query-state';
import { ReasonsList } from '../../components/reasons-list';
import { ScoreBar } from '../../components/score-bar';
import { formatTrl, formatWan } from '../../lib/format';
import { MatchesDocument } from '../brokering/documents';
import { MatchesForDemandDocument } from '../listings/documents';
import { MatchFilters, type MatchFilterValues } from './match-filters';
import { RecommendationAction } from './recommendation-action';

/** Recommended achievements for one demand: score, reasons, and the achievement's teaser. */
export function DemandMatches({ demandId, bureau = false }: { demandId: string; bureau?: boolean }) {
  const [filters, setFilters] = useState<MatchFilterValues>({ industryChains: [], minScore: null });
  const [result, refetch] = useQuery({
    query: MatchesForDemandDocument,
    variables: {
      demandId,
      first: 20,
      industryChains: filters.industryChains.length > 0 ? filters.industryChains : null,
      minScore: filters.minScore,
    },
  });
  const [pipeline, refetchPipeline] = useQuery({
    query: MatchesDocument,
    variables: { filter: { demandId }, first: 100, offset: 0 },
  });
  const reloadMatches = () => refetchPipeline({ requestPolicy: 'network-only' });
  const existing = new Map(
    (pipeline.data?.matches ?? [])
      .filter((item) => item.stage !== 'CLOSED')
      .map((item) => [item.achievement.id, item]),
  );
  return (
    <Card title="推荐成果" className="matches">
      <MatchFilters value={filters} onChange={setFilters} />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.matchesForDemand}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(matches) => matches.length === 0}
        empty={<Empty description="暂无符合条件的推荐成果。成果库有新成果发布后会重新匹配。" />}
      >
        {(matches) => (
          <ol className="match-list" aria-label="推荐列表">
            {matches.map((match) => (
              <li key={match.achievement.id} className="match-item">
                <Typography.Title level={5} className="match-item__title">
                  <Link to={`/achievements/${match.achievement.id}`}>{match.achievement.title}</Link>
                </Typography.Title>
                <Typography.Text type="secondary">{match.achievement.institution}</Typography.Text>
                <ScoreBar score={match.score} />
                <ListingMeta
                  chain={match.achievement.industryChain}
                  trl={formatTrl(match.achievement.trl)}
                  amount={`报价 ${formatWan(match.achievement.askingPriceWan)}`}
                  modes={match.achievement.transferModes}
                />
                <ReasonsList reasons={match.reasons} />
                <RecommendationAction
                  demandId={demandId}
                  achievementId={match.achievement.id}
                  score={match.score}
                  bureau={bureau}
                  existing={existing.get(match.achievement.id)}
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
