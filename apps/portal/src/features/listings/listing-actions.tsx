import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { CloseReason, ListingStatus } from '../../gql/graphql';
import { CLOSE_REASON_LABELS, optionsOf } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import type { Abilities } from '../session/session';
import {
  ACTION_DONE,
  ACTION_LABELS,
  TRANSITIONS,
  type ListingKindName,
  type TransitionAction,
} from './transitions';

export interface ActionableListing {
  id: string;
  status: ListingStatus;
  version: number;
  organization: { id: string };
}

/** Which lifecycle actions the viewer may take on a listing now (the domain's table, as buttons). */
export function availableActions(
  listing: ActionableListing,
  abilities: Abilities,
  myOrganizationId: string | null,
): { actions: TransitionAction[]; canEdit: boolean } {
  const owner =
    (abilities.isEnterprise || abilities.isUniversity) && myOrganizationId === listing.organization.id;
  const actions: TransitionAction[] = [];
  let canEdit = false;
  if (owner) {
    if (listing.status === 'DRAFT') {
      actions.push('submit');
    }
    if (listing.status === 'SUBMITTED') {
      actions.push('withdraw');
    }
    if (listing.status === 'PUBLISHED') {
      actions.push('close');
    }
    canEdit = listing.status !== 'SUBMITTED' && listing.status !== 'CLOSED';
  }
  if (abilities.isBureau) {
    if (listing.status === 'SUBMITTED') {
      actions.push('publish', 'reject');
    }
    if (listing.status === 'PUBLISHED') {
      actions.push('close');
    }
    if (listing.status === 'CLOSED') {
      actions.push('reopen');
    }
    canEdit = canEdit || listing.status === 'PUBLISHED';
  }
  return { actions: [...new Set(actions)], canEdit };
}

interface ListingActionsProps {
  kind: ListingKindName;
  listing: ActionableListing;
  abilities: Abilities;
  myOrganizationId: string | null;
  onChanged: () => void;
}

export function ListingActions({
  kind,
  listing,
  abilities,
  myOrganizationId,
  onChanged,
}: ListingActionsProps) {
  const { actions, canEdit } = availableActions(listing, abilities, myOrganizationId);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'reject' | 'close' | null>(null);
  if (actions.length === 0 && !canEdit) {
    return null;
  }
  return (
    <Space wrap>
      {canEdit && (
        <Button
          onClick={() => navigate(`/${kind === 'demand' ? 'demands' : 'achievements'}/${listing.id}/edit`)}
        >
          编辑
        </Button>
      )}
      {actions.map((action) =>
        action === 'reject' || action === 'close' ? (
          <Button key={action} danger onClick={() => setDialog(action)}>
            {ACTION_LABELS[action]}
          </Button>
        ) : (
          <TransitionButton
            key={action}
            kind={kind}
            action={action}
            listing={listing}
            onChanged={onChanged}
          />
        ),
      )}
      <ReasonDialog
        kind={kind}
        action={dialog}
        listing={listing}
        onClose={() => setDialog(null)}
        onChanged={onChanged}
      />
    </Space>
  );
}

function TransitionButton({
  kind,
  action,
  listing,
  onChanged,
}: {
  kind: ListingKindName;
  action: TransitionAction;
  listing: ActionableListing;
  onChanged: () => void;
}) {
  const [state, run] = useMutation(TRANSITIONS[kind][action]);
  const feedback = useActionFeedback();
  return (
    <Button
      type={action === 'publish' || action === 'submit' ? 'primary' : 'default'}
      loading={state.fetching}
      onClick={async () => {
        const result = await run({ id: listing.id, options: { expectedVersion: listing.version } });
        feedback(result, ACTION_DONE[action], { onRefresh: onChanged });
        if (!result.error) {
          onChanged();
        }
      }}
    >
      {ACTION_LABELS[action]}
    </Button>
  );
}

interface ReasonValues {
  reason?: string;
  closeReason?: CloseReason;
}

/** Reject needs a written reason; close needs one of the four close reasons. */
export function ReasonDialog({
  kind,
  action,
  listing,
  onClose,
  onChanged,
}: {
  kind: ListingKindName;
  action: 'reject' | 'close' | null;
  listing: ActionableListing;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [form] = Form.useForm<ReasonValues>();
  const [state, run] = useMutation(TRANSITIONS[kind][action ?? 'reject']);
  const feedback = useActionFeedback();
  const submit = async (values: ReasonValues) => {
    if (!action) {
      return;
    }
    const options =
      action === 'reject'
        ? { reason: values.reason?.trim(), expectedVersion: listing.version }
        : { closeReason: values.closeReason, expectedVersion: listing.version };
    const result = await run({ id: listing.id, options });
    const error = feedback(result, ACTION_DONE[action], { onRefresh: onChanged, form: true });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: action === 'reject' ? 'reason' : 'closeReason', errors: error.problems }]);
      return;
    }
    if (!error) {
      form.resetFields();
      onClose();
      onChanged();
    }
  };
  return (
    <Modal
      open={action !== null}
      title={action === 'reject' ? '退回并说明原因' : '关闭并说明原因'}
      okText={action === 'reject' ? '退回' : '关闭'}
      okButtonProps={{ danger: true, loading: state.fetching }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        {action === 'reject' ? (
          <Form.Item
            name="reason"
            label="退回原因"
            rules={[
              { required: true, whitespace: true, message: '请填写退回原因' },
              { max: 500, message: '不超过 500 字' },
            ]}
          >
            <Input.TextArea rows={4} placeholder="例如：缺少成熟度证明材料，请补充后重新提交" />
          </Form.Item>
        ) : (
          <Form.Item
            name="closeReason"
            label="关闭原因"
            rules={[{ required: true, message: '请选择关闭原因' }]}
          >
            <Select options={optionsOf(CLOSE_REASON_LABELS)} placeholder="请选择" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
