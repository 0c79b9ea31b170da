import { Button } from 'antd';
import { useMutation } from 'urql';
import { useActionFeedback } from '../../lib/use-action';
import { ProposeMatchDocument } from '../brokering/documents';
import { InterestButton, type ExistingMatch } from '../brokering/interest-button';

/** Under a recommendation: the owner expresses interest; the bureau proposes the match to both sides. */
export function RecommendationAction({
  demandId,
  achievementId,
  score,
  bureau,
  existing,
  onChanged,
}: {
  demandId: string;
  achievementId: string;
  score: number;
  bureau: boolean;
  existing?: ExistingMatch;
  onChanged: () => void;
}) {
  const [state, propose] = useMutation(ProposeMatchDocument);
  const feedback = useActionFeedback();
  if (!bureau || existing) {
    return (
      <InterestButton
        demandId={demandId}
        achievementId={achievementId}
        existing={existing}
        readOnly={bureau}
        onChanged={onChanged}
      />
    );
  }
  return (
    <Button
      size="small"
      loading={state.fetching}
      onClick={async () => {
        const result = await propose({ input: { demandId, achievementId, score } });
        if (!feedback(result, '已提出对接，双方会收到通知', { onRefresh: onChanged })) {
          onChanged();
        }
      }}
    >
      提出对接
    </Button>
  );
}
