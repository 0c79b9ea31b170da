import { Button, Card, DatePicker, Empty, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ChallengeStatus, MilestoneFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { MILESTONE_STATUS_COLORS, MILESTONE_STATUS_LABELS } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import {
  AcceptMilestoneDocument,
  AddMilestoneDocument,
  RejectMilestoneDocument,
  SubmitMilestoneDocument,
} from './documents';

type Dialog =
  { kind: 'add' } | { kind: 'submit' | 'accept' | 'reject'; milestone: MilestoneFieldsFragment } | null;

/**
 * 里程碑 of an awarded challenge: planned by the bureau or the winning team, evidence submitted by the
 * team during execution, accepted or rejected (with a reason) by the bureau.
 */
export function MilestonesPanel({
  challengeId,
  status,
  milestones,
  winners,
  bureau,
  myOrganizationId,
  onChanged,
}: {
  challengeId: string;
  status: ChallengeStatus;
  milestones: MilestoneFieldsFragment[];
  winners: { id: string; name: string }[];
  bureau: boolean;
  myOrganizationId: string | null;
  onChanged: () => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const team = winners.some((winner) => winner.id === myOrganizationId);
  const planning = (bureau || team) && (status === 'AWARDED' || status === 'IN_PROGRESS');
  const executing = status === 'IN_PROGRESS';
  return (
    <Space orientation="vertical" size="middle" className="stack">
      {planning && (
        <div>
          <Button onClick={() => setDialog({ kind: 'add' })}>制定里程碑</Button>
        </div>
      )}
      {milestones.length === 0 ? (
        <Empty description="尚未制定里程碑" />
      ) : (
        milestones.map((milestone) => (
          <Card
            key={milestone.id}
            size="small"
            className="milestone"
            title={milestone.title}
            extra={
              <Tag color={MILESTONE_STATUS_COLORS[milestone.status]}>
                {MILESTONE_STATUS_LABELS[milestone.status]}
              </Tag>
            }
          >
            <Typography.Paragraph className="milestone__line">
              交付物：{milestone.deliverable}
            </Typography.Paragraph>
            <Typography.Paragraph className="milestone__line">
              计划完成：{formatDate(milestone.plannedDate)} · 承担单位：
              {milestone.application.organization.name}
            </Typography.Paragraph>
            {milestone.evidence && (
              <Typography.Paragraph className="milestone__line">
                佐证材料：{milestone.evidence}（{formatDateTime(milestone.submittedAt)} 提交）
              </Typography.Paragraph>
            )}
            {milestone.reviewNote && (
              <Typography.Paragraph
                className="milestone__line"
                type={milestone.status === 'REJECTED' ? 'danger' : undefined}
              >
                验收意见：{milestone.reviewNote}
              </Typography.Paragraph>
            )}
            <Space wrap className="milestone__actions">
              {executing &&
                milestone.application.organization.id === myOrganizationId &&
                (milestone.status === 'PLANNED' || milestone.status === 'REJECTED') && (
                  <Button
                    type="primary"
                    size="small"
                    onClick={() => setDialog({ kind: 'submit', milestone })}
                  >
                    提交佐证材料
                  </Button>
                )}
              {executing && bureau && milestone.status === 'SUBMITTED' && (
                <>
                  <Button
                    type="primary"
                    size="small"
                    onClick={() => setDialog({ kind: 'accept', milestone })}
                  >
                    验收通过
                  </Button>
                  <Button danger size="small" onClick={() => setDialog({ kind: 'reject', milestone })}>
                    不通过
                  </Button>
                </>
              )}
            </Space>
          </Card>
        ))
      )}
      {status === 'AWARDED' && (
        <Typography.Paragraph type="secondary">
          公示期满并制定里程碑后，科技局启动攻关实施，揭榜方即可提交佐证材料。
        </Typography.Paragraph>
      )}
      <MilestoneDialog
        dialog={dialog}
        challengeId={challengeId}
        onClose={() => setDialog(null)}
        onDone={onChanged}
      />
    </Space>
  );
}

interface MilestoneValues {
  title?: string;
  deliverable?: string;
  plannedDate?: Dayjs;
  text?: string;
}

const TITLES = {
  add: '制定里程碑',
  submit: '提交佐证材料',
  accept: '验收通过',
  reject: '判定不通过',
} as const;
const DONE = {
  add: '里程碑已制定',
  submit: '佐证材料已提交，等待科技局验收',
  accept: '里程碑已验收通过',
  reject: '已判定不通过，揭榜方可补充后重新提交',
} as const;

function MilestoneDialog({
  dialog,
  challengeId,
  onClose,
  onDone,
}: {
  dialog: Dialog;
  challengeId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<MilestoneValues>();
  const [adding, add] = useMutation(AddMilestoneDocument);
  const [submitting, submit] = useMutation(SubmitMilestoneDocument);
  const [accepting, accept] = useMutation(AcceptMilestoneDocument);
  const [rejecting, reject] = useMutation(RejectMilestoneDocument);
  const feedback = useActionFeedback();
  const kind = dialog?.kind ?? 'add';
  const finish = async (values: MilestoneValues) => {
    if (!dialog) {
      return;
    }
    const text = values.text?.trim() ?? '';
    const result =
      dialog.kind === 'add'
        ? await add({
            challengeId,
            input: {
              title: values.title!.trim(),
              deliverable: values.deliverable!.trim(),
              plannedDate: values.plannedDate!.format('YYYY-MM-DD'),
            },
          })
        : dialog.kind === 'submit'
          ? await submit({ id: dialog.milestone.id, evidence: text })
          : dialog.kind === 'accept'
            ? await accept({ id: dialog.milestone.id, note: text || undefined })
            : await reject({ id: dialog.milestone.id, reason: text });
    const error = feedback(result, DONE[dialog.kind], { form: true, onRefresh: onDone });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: dialog.kind === 'add' ? 'title' : 'text', errors: error.problems }]);
      return;
    }
    onClose();
    onDone();
  };
  return (
    <Modal
      open={dialog !== null}
      title={TITLES[kind]}
      okText="确定"
      cancelText="取消"
      okButtonProps={{
        danger: kind === 'reject',
        loading: adding.fetching || submitting.fetching || accepting.fetching || rejecting.fetching,
      }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} name="milestone" layout="vertical" onFinish={finish} preserve={false}>
        {kind === 'add' ? (
          <>
            <Form.Item
              name="title"
              label="里程碑名称"
              rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="deliverable"
              label="交付物"
              rules={[{ required: true, whitespace: true, message: '请填写交付物' }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item
              name="plannedDate"
              label="计划完成日期"
              rules={[{ required: true, message: '请选择日期' }]}
            >
              <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="text"
            label={
              kind === 'submit' ? '佐证材料说明' : kind === 'accept' ? '验收意见（可选）' : '不通过的原因'
            }
            rules={[{ required: kind !== 'accept', whitespace: true, message: '请填写' }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
