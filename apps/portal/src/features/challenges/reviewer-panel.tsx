import { Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import type { ChallengeStatus } from '../../gql/graphql';
import { useActionFeedback } from '../../lib/use-action';
import { OrganizationsDocument } from '../brokering/documents';
import {
  AssignReviewersDocument,
  ChallengeApplicationsDocument,
  CreateExpertAccountDocument,
  ExpertsDocument,
  RemoveReviewAssignmentDocument,
  ReviewAssignmentsDocument,
} from './documents';

export interface ExpertOption {
  id: string;
  displayName: string;
  organization?: { name: string } | null;
}

/** Experts to choose from: the expert directory, the panel's, and those just created. */
export function expertOptions(known: ExpertOption[], created: ExpertOption[]) {
  const byId = new Map<string, ExpertOption>();
  for (const expert of [...known, ...created]) {
    byId.set(expert.id, expert);
  }
  return [...byId.values()].map((expert) => ({
    value: expert.id,
    label: expert.organization ? `${expert.displayName}（${expert.organization.name}）` : expert.displayName,
  }));
}

/** 评审专家组: who reviews which shortlisted application; an expert never reviews their own organisation's. */
export function ReviewerPanel({
  challengeId,
  status,
  onChanged,
}: {
  challengeId: string;
  status: ChallengeStatus;
  onChanged: () => void;
}) {
  const [assignments, refetchAssignments] = useQuery({
    query: ReviewAssignmentsDocument,
    variables: { challengeId },
  });
  const [applications] = useQuery({ query: ChallengeApplicationsDocument, variables: { challengeId } });
  const panelOpen = status === 'APPLICATIONS_CLOSED' || status === 'EVALUATING';
  const [directory] = useQuery({ query: ExpertsDocument, pause: !panelOpen });
  const [created, setCreated] = useState<ExpertOption[]>([]);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ expertId: string; applicationIds: string[] }>();
  const [assigning, assign] = useMutation(AssignReviewersDocument);
  const [, remove] = useMutation(RemoveReviewAssignmentDocument);
  const feedback = useActionFeedback();
  const reload = () => {
    refetchAssignments({ requestPolicy: 'network-only' });
    onChanged();
  };
  const shortlisted = (applications.data?.challengeApplications ?? []).filter(
    (application) => application.status === 'SHORTLISTED',
  );
  const known = [
    ...(directory.data?.experts ?? []),
    ...(assignments.data?.reviewAssignments ?? []).map((assignment) => assignment.expert),
  ];
  return (
    <Space orientation="vertical" size="middle" className="stack">
      {panelOpen && (
        <Card size="small" title="分配评审">
          {shortlisted.length === 0 ? (
            <Empty description="先在“揭榜申请”中确定入围的申请，再分配专家" />
          ) : (
            <Form
              form={form}
              name="assign-reviewers"
              layout="vertical"
              onFinish={async (values) => {
                const result = await assign({
                  challengeId,
                  assignments: [{ expertId: values.expertId, applicationIds: values.applicationIds }],
                });
                if (!feedback(result, '已分配评审任务', { onRefresh: reload })) {
                  form.resetFields();
                  reload();
                }
              }}
            >
              <Form.Item label="评审专家" required>
                <Space.Compact className="stack">
                  <Form.Item name="expertId" noStyle rules={[{ required: true, message: '请选择专家' }]}>
                    <Select
                      aria-label="评审专家"
                      placeholder="选择专家"
                      options={expertOptions(known, created)}
                      notFoundContent="暂无专家，请先新建专家账号"
                    />
                  </Form.Item>
                  <Button onClick={() => setCreating(true)}>新建专家账号</Button>
                </Space.Compact>
              </Form.Item>
              <Form.Item
                name="applicationIds"
                label="评审的申请"
                rules={[{ required: true, message: '请选择至少一份申请' }]}
              >
                <Select
                  mode="multiple"
                  options={shortlisted.map((application) => ({
                    value: application.id,
                    label: application.organization.name,
                  }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={assigning.fetching}>
                分配
              </Button>
            </Form>
          )}
        </Card>
      )}
      <QueryState
        fetching={assignments.fetching}
        error={assignments.error}
        data={assignments.data?.reviewAssignments}
        onRetry={reload}
      >
        {(list) => (
          <Table
            size="small"
            rowKey="id"
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '尚未分配评审专家' }}
            columns={[
              {
                title: '专家',
                key: 'expert',
                render: (_, assignment) =>
                  `${assignment.expert.displayName}${assignment.expert.organization ? `（${assignment.expert.organization.name}）` : ''}`,
              },
              { title: '评审申请', key: 'application', render: (_, a) => a.application.organization.name },
              {
                title: '评分',
                key: 'review',
                render: (_, a) =>
                  a.review ? (
                    <Tag color="success">已评 {a.review.weightedScore.toFixed(2)} 分</Tag>
                  ) : (
                    <Tag>待评分</Tag>
                  ),
              },
              {
                title: '操作',
                key: 'actions',
                render: (_, a) =>
                  !a.review && panelOpen ? (
                    <Button
                      size="small"
                      onClick={async () => {
                        if (!feedback(await remove({ id: a.id }), '已撤回评审任务', { onRefresh: reload })) {
                          reload();
                        }
                      }}
                    >
                      撤回
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      <ExpertAccountDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(expert) => {
          setCreated((previous) => [...previous, expert]);
          form.setFieldValue('expertId', expert.id);
        }}
      />
      <Typography.Paragraph type="secondary">
        专家不会被分配评审本单位的申请（回避规则由系统检查）。
      </Typography.Paragraph>
    </Space>
  );
}

interface AccountValues {
  displayName: string;
  email: string;
  password: string;
  organizationId?: string;
}

function ExpertAccountDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (expert: ExpertOption) => void;
}) {
  const [form] = Form.useForm<AccountValues>();
  const [organizations] = useQuery({ query: OrganizationsDocument, pause: !open });
  const [state, create] = useMutation(CreateExpertAccountDocument);
  const feedback = useActionFeedback();
  return (
    <Modal
      open={open}
      title="新建专家账号"
      okText="创建"
      cancelText="取消"
      okButtonProps={{ loading: state.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="expert-account"
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          const result = await create({
            input: { ...values, email: values.email.trim(), role: 'EXPERT' },
          });
          const error = feedback(result, '专家账号已创建', { form: true });
          if (error?.code === 'BAD_USER_INPUT') {
            form.setFields([
              { name: (error.field as keyof AccountValues | null) ?? 'email', errors: error.problems },
            ]);
            return;
          }
          if (!error && result.data) {
            onCreated(result.data.createAccount);
            onClose();
          }
        }}
      >
        <Form.Item
          name="displayName"
          label="专家姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="email"
          label="登录邮箱"
          rules={[
            { required: true, message: '请填写邮箱' },
            { type: 'email', message: '邮箱格式不正确' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          rules={[{ required: true, min: 8, message: '至少 8 位' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="organizationId" label="所属单位（用于回避）">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={organizations.fetching}
            options={(organizations.data?.organizations ?? [])
              .filter((org) => org.kind !== 'BUREAU')
              .map((org) => ({ value: org.id, label: org.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
