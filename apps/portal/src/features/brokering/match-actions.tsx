import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { MatchAction, MatchCloseReason, MatchFieldsFragment, MatchSide } from '../../gql/graphql';
import { MATCH_CLOSE_REASON_LABELS, MATCH_SIDE_LABELS, optionsOf } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import { ContractDialog } from './contract-dialog';
import {
  CloseMatchDocument,
  ExpressInterestDocument,
  ScheduleMeetingDocument,
  StartNegotiationDocument,
} from './documents';
import { MATCH_ACTION_LABELS, actionsFor, pendingSide } from './pipeline';

type StepAction = Exclude<MatchAction, 'CONTRACT'>;

const DONE: Record<StepAction, string> = {
  INTEREST: '已表达意向',
  MEET: '已进入洽谈会面',
  NEGOTIATE: '已进入合同谈判',
  CLOSE: '对接已关闭',
};

/** The buttons for what the viewer may do with a match now (the API's availableActions). */
export function MatchActions({
  match,
  bureau,
  onChanged,
  size,
}: {
  match: MatchFieldsFragment;
  bureau: boolean;
  onChanged: () => void;
  size?: 'small' | 'middle';
}) {
  const [step, setStep] = useState<MatchAction | null>(null);
  const canSubmitContract =
    !bureau &&
    match.viewerSide !== null &&
    match.viewerSide !== undefined &&
    ['MUTUAL_INTEREST', 'MEETING', 'NEGOTIATING'].includes(match.stage);
  const actions = actionsFor(match, bureau);
  if (actions.length === 0 && !canSubmitContract) {
    return null;
  }
  return (
    <Space wrap size="small">
      {actions.map((action) => (
        <Button
          key={action}
          size={size}
          danger={action === 'CLOSE'}
          type={action === 'CLOSE' ? 'default' : 'primary'}
          onClick={() => setStep(action)}
        >
          {MATCH_ACTION_LABELS[action]}
        </Button>
      ))}
      {canSubmitContract && (
        <Button size={size} onClick={() => setStep('CONTRACT')}>
          提交合同
        </Button>
      )}
      <MatchStepDialog
        match={match}
        action={step}
        bureau={bureau}
        onClose={() => setStep(null)}
        onDone={onChanged}
      />
    </Space>
  );
}

interface StepValues {
  note?: string;
  side?: MatchSide;
  reason?: MatchCloseReason;
}

/** One pipeline step with what the API asks for: a side (the bureau's interest), a reason (closing), a note. */
export function MatchStepDialog({
  match,
  action,
  bureau,
  onClose,
  onDone,
}: {
  match: MatchFieldsFragment;
  action: MatchAction | null;
  bureau: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<StepValues>();
  const [interest, expressInterest] = useMutation(ExpressInterestDocument);
  const [meeting, scheduleMeeting] = useMutation(ScheduleMeetingDocument);
  const [negotiation, startNegotiation] = useMutation(StartNegotiationDocument);
  const [closing, closeMatch] = useMutation(CloseMatchDocument);
  const feedback = useActionFeedback();
  if (action === 'CONTRACT') {
    return (
      <ContractDialog
        open
        bureau={bureau}
        matchId={match.id}
        defaultTitle={`${match.demand.title}技术合同`}
        onClose={onClose}
        onDone={onDone}
      />
    );
  }
  const bureauSide = bureau && action === 'INTEREST';
  const run = async (values: StepValues) => {
    if (!action) {
      return;
    }
    const note = values.note?.trim() || undefined;
    const expectedVersion = match.version;
    const result =
      action === 'INTEREST'
        ? await expressInterest({
            input: { matchId: match.id, expectedVersion, note, side: bureau ? values.side : undefined },
          })
        : action === 'MEET'
          ? await scheduleMeeting({ id: match.id, input: { expectedVersion, note } })
          : action === 'NEGOTIATE'
            ? await startNegotiation({ id: match.id, input: { expectedVersion, note } })
            : await closeMatch({ id: match.id, input: { expectedVersion, note, reason: values.reason! } });
    const error = feedback(result, DONE[action], { form: true, onRefresh: onDone });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: action === 'CLOSE' ? 'reason' : 'note', errors: error.problems }]);
      return;
    }
    onClose();
    onDone();
  };
  return (
    <Modal
      open={action !== null}
      title={action ? MATCH_ACTION_LABELS[action] : ''}
      okText="确定"
      cancelText="取消"
      okButtonProps={{
        danger: action === 'CLOSE',
        loading: interest.fetching || meeting.fetching || negotiation.fetching || closing.fetching,
      }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name={`match-step-${match.id}`}
        layout="vertical"
        onFinish={run}
        preserve={false}
        initialValues={{ side: pendingSide(match) ?? undefined }}
      >
        {bureauSide && (
          <Form.Item name="side" label="代哪一方登记意向" rules={[{ required: true, message: '请选择一方' }]}>
            <Select options={optionsOf(MATCH_SIDE_LABELS)} />
          </Form.Item>
        )}
        {action === 'CLOSE' && (
          <Form.Item name="reason" label="关闭原因" rules={[{ required: true, message: '请选择关闭原因' }]}>
            <Select options={optionsOf(MATCH_CLOSE_REASON_LABELS)} placeholder="请选择" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={
            action === 'MEET'
              ? '会面安排（时间、地点、参加人）'
              : action === 'NEGOTIATE'
                ? '谈判要点'
                : action === 'CLOSE'
                  ? '补充说明'
                  : '意向说明（对方可见）'
          }
          rules={[{ max: 1000, message: '不超过 1000 字' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
