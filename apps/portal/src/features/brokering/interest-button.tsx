import { Button, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { MatchStage } from '../../gql/graphql';
import { MATCH_STAGE_COLORS, MATCH_STAGE_LABELS } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import { ExpressInterestDocument } from './documents';

export interface ExistingMatch {
  id: string;
  stage: MatchStage;
  version: number;
  availableActions: string[];
}

/**
 * "表达意向" on a recommendation: creates the match (or adds this side's interest to the one that
 * exists); once there, shows its stage and a link to it.
 */
export function InterestButton({
  demandId,
  achievementId,
  existing,
  readOnly = false,
  onChanged,
}: {
  demandId: string;
  achievementId: string;
  existing?: ExistingMatch;
  /** The bureau sees the match's stage here but records interest from the match page. */
  readOnly?: boolean;
  onChanged: () => void;
}) {
  const [state, express] = useMutation(ExpressInterestDocument);
  const feedback = useActionFeedback();
  const canExpress = !readOnly && (!existing || existing.availableActions.includes('INTEREST'));
  const run = async () => {
    const input = existing
      ? { matchId: existing.id, expectedVersion: existing.version }
      : { demandId, achievementId };
    const result = await express({ input });
    if (!feedback(result, '已表达意向，对方表达意向后双方联系方式互相可见', { onRefresh: onChanged })) {
      onChanged();
    }
  };
  return (
    <Space wrap size="small" className="interest">
      {existing && (
        <Link to={`/matches/${existing.id}`}>
          <Tag color={MATCH_STAGE_COLORS[existing.stage]}>对接：{MATCH_STAGE_LABELS[existing.stage]}</Tag>
        </Link>
      )}
      {canExpress && (
        <Button type="primary" size="small" loading={state.fetching} onClick={run}>
          表达意向
        </Button>
      )}
    </Space>
  );
}
