import { Empty, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { ReasonsList } from '../../components/reasons-list';
import { ScoreBar } from '../../components/score-bar';
import { formatTrl } from '../../lib/format';
import { ChallengeCandidatesDocument } from './documents';

/** 推荐团队: published achievements that fit the challenge, and who is behind them, so the bureau can invite. */
export function CandidatesPanel({ challengeId }: { challengeId: string }) {
  const [result, refetch] = useQuery({
    query: ChallengeCandidatesDocument,
    variables: { challengeId, first: 10 },
  });
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.challengeCandidates}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      isEmpty={(list) => list.length === 0}
      empty={<Empty description="成果库中暂无与本榜单相符的成果" />}
    >
      {(candidates) => (
        <ol className="match-list" aria-label="推荐团队">
          {candidates.map((candidate) => (
            <li key={candidate.achievement.id} className="match-item">
              <Typography.Title level={5} className="match-item__title">
                <Link to={`/achievements/${candidate.achievement.id}`}>{candidate.achievement.title}</Link>
              </Typography.Title>
              <Typography.Text type="secondary">
                {candidate.organization.name} · {formatTrl(candidate.achievement.trl)}{' '}
              </Typography.Text>
              {candidate.alreadyApplied && <Tag color="success">已揭榜</Tag>}
              <ScoreBar score={candidate.score} />
              <ReasonsList reasons={candidate.reasons} />
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}
