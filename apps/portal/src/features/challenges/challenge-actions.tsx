import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { ChallengeFieldsFragment } from '../../gql/graphql';
import { useActionFeedback } from '../../lib/use-action';
import {
  CHALLENGE_ACTION_DONE,
  CHALLENGE_ACTION_LABELS,
  CHALLENGE_TRANSITIONS,
  challengeActions,
  needsReason,
  type ChallengeAction,
  type ChallengeViewer,
} from './transitions';

/** The lifecycle buttons for the viewer; actions that need a reason ask for it first. */
export function ChallengeActions({
  challenge,
  viewer,
  onChanged,
}: {
  challenge: ChallengeFieldsFragment;
  viewer: ChallengeViewer;
  onChanged: () => void;
}) {
  const navigate = useNavigate();
  const actions = challengeActions(challenge, viewer);
  const [asking, setAsking] = useState<ChallengeAction | null>(null);
  const editable =
    (viewer.owner && challenge.status === 'DRAFT') ||
    (viewer.bureau && (challenge.status === 'DRAFT' || challenge.status === 'UNDER_REVIEW'));
  if (actions.length === 0 && !editable) {
    return null;
  }
  return (
    <Space wrap>
      {editable && <Button onClick={() => navigate(`/challenges/${challenge.id}/edit`)}>修改</Button>}
      {actions.map((action) =>
        needsReason(action, challenge.status) || action === 'cancel' ? (
          <Button key={action} danger onClick={() => setAsking(action)}>
            {CHALLENGE_ACTION_LABELS[action]}
          </Button>
        ) : (
          <TransitionButton key={action} action={action} challenge={challenge} onChanged={onChanged} />
        ),
      )}
      <ReasonDialog
        action={asking}
        challenge={challenge}
        onClose={() => setAsking(null)}
        onChanged={onChanged}
      />
    </Space>
  );
}

function TransitionButton({
  action,
  challenge,
  onChanged,
}: {
  action: ChallengeAction;
  challenge: ChallengeFieldsFragment;
  onChanged: () => void;
}) {
  const [state, run] = useMutation(CHALLENGE_TRANSITIONS[action]);
  const feedback = useActionFeedback();
  return (
    <Button
      type="primary"
      loading={state.fetching}
      onClick={async () => {
        const result = await run({ id: challenge.id, options: { expectedVersion: challenge.version } });
        feedback(result, CHALLENGE_ACTION_DONE[action], { onRefresh: onChanged });
        onChanged();
      }}
    >
      {CHALLENGE_ACTION_LABELS[action]}
    </Button>
  );
}

function ReasonDialog({
  action,
  challenge,
  onClose,
  onChanged,
}: {
  action: ChallengeAction | null;
  challenge: ChallengeFieldsFragment;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [state, run] = useMutation(CHALLENGE_TRANSITIONS[action ?? 'return']);
  const feedback = useActionFeedback();
  const required = action ? needsReason(action, challenge.status) : false;
  const submit = async ({ reason }: { reason?: string }) => {
    if (!action) {
      return;
    }
    const result = await run({
      id: challenge.id,
      options: { expectedVersion: challenge.version, reason: reason?.trim() || undefined },
    });
    const error = feedback(result, CHALLENGE_ACTION_DONE[action], { form: true, onRefresh: onChanged });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: 'reason', errors: error.problems }]);
      return;
    }
    onClose();
    onChanged();
  };
  return (
    <Modal
      open={action !== null}
      title={action ? CHALLENGE_ACTION_LABELS[action] : ''}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: state.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} name="challenge-reason" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label="原因"
          rules={[
            { required, whitespace: true, message: '请填写原因' },
            { max: 1000, message: '不超过 1000 字' },
          ]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
