import {
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import type { ApplicationFieldsFragment, ChallengeStatus } from '../../gql/graphql';
import { formatDateTime, formatWan } from '../../lib/format';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import {
  ChallengeApplicationsDocument,
  RejectApplicationDocument,
  ShortlistApplicationDocument,
} from './documents';

export function ApplicationStatusTag({ status }: { status: ApplicationFieldsFragment['status'] }) {
  return <Tag color={APPLICATION_STATUS_COLORS[status]}>{APPLICATION_STATUS_LABELS[status]}</Tag>;
}

/** The content of one application, as the bureau, the posting enterprise or an expert reads it. */
export function ApplicationDetails({ application }: { application: ApplicationFieldsFragment }) {
  return (
    <Descriptions column={1} size="small" bordered className="application-details">
      <Descriptions.Item label="方案概述">{application.proposal}</Descriptions.Item>
      <Descriptions.Item label="技术路线">{application.approach}</Descriptions.Item>
      <Descriptions.Item label="预算">{formatWan(application.budgetWan)}</Descriptions.Item>
      <Descriptions.Item label="进度计划">{application.plan}</Descriptions.Item>
      <Descriptions.Item label="团队成员">
        {application.members.length === 0
          ? '未填写'
          : application.members
              .map((member) => [member.name, member.title, member.role].filter(Boolean).join(' · '))
              .join('；')}
      </Descriptions.Item>
      <Descriptions.Item label="提交时间">{formatDateTime(application.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}

/** 揭榜申请 of one challenge: the bureau shortlists for the panel or rejects with feedback. */
export function ApplicationsPanel({
  challengeId,
  status,
  bureau,
  onChanged,
}: {
  challengeId: string;
  status: ChallengeStatus;
  bureau: boolean;
  onChanged: () => void;
}) {
  const [result, refetch] = useQuery({ query: ChallengeApplicationsDocument, variables: { challengeId } });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const [shortlisting, shortlist] = useMutation(ShortlistApplicationDocument);
  const [rejecting, setRejecting] = useState<ApplicationFieldsFragment | null>(null);
  const feedback = useActionFeedback();
  const deciding = status === 'APPLICATIONS_CLOSED' || status === 'EVALUATING';
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.challengeApplications}
      onRetry={reload}
      isEmpty={(list) => list.length === 0}
      empty={<Empty description="还没有单位揭榜" />}
    >
      {(applications) => (
        <>
          <Space orientation="vertical" size="small" className="stack applications">
            {applications.map((application) => (
              <Card
                key={application.id}
                size="small"
                className="application-item"
                title={
                  <Space wrap size={4}>
                    <span>{application.organization.name}</span>
                    <ApplicationStatusTag status={application.status} />
                  </Space>
                }
                extra={
                  bureau && deciding ? (
                    <Space size={4} wrap>
                      {application.status === 'SUBMITTED' && status === 'APPLICATIONS_CLOSED' && (
                        <Button
                          size="small"
                          type="primary"
                          loading={shortlisting.fetching}
                          onClick={async () => {
                            const outcome = await shortlist({ id: application.id });
                            if (!feedback(outcome, '已入围专家评审', { onRefresh: reload })) {
                              reload();
                            }
                          }}
                        >
                          入围
                        </Button>
                      )}
                      {(application.status === 'SUBMITTED' || application.status === 'SHORTLISTED') && (
                        <Button size="small" danger onClick={() => setRejecting(application)}>
                          不予入选
                        </Button>
                      )}
                    </Space>
                  ) : undefined
                }
              >
                <Typography.Text type="secondary">
                  预算 {formatWan(application.budgetWan)} · 提交于 {formatDateTime(application.createdAt)}
                </Typography.Text>
                {application.feedback && (
                  <Typography.Paragraph className="application-feedback">
                    决定说明：{application.feedback}
                  </Typography.Paragraph>
                )}
                <Collapse
                  ghost
                  size="small"
                  items={[
                    {
                      key: 'content',
                      label: '查看申请内容',
                      children: <ApplicationDetails application={application} />,
                    },
                  ]}
                />
              </Card>
            ))}
          </Space>
          <RejectDialog application={rejecting} onClose={() => setRejecting(null)} onDone={reload} />
        </>
      )}
    </QueryState>
  );
}

function RejectDialog({
  application,
  onClose,
  onDone,
}: {
  application: ApplicationFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ feedback: string }>();
  const [state, reject] = useMutation(RejectApplicationDocument);
  const feedback = useActionFeedback();
  return (
    <Modal
      open={application !== null}
      title={`不予入选：${application?.organization.name ?? ''}`}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: state.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="reject-application"
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          const result = await reject({ id: application!.id, feedback: values.feedback.trim() });
          const error = feedback(result, '已通知申请方', { form: true, onRefresh: onDone });
          if (error?.code === 'BAD_USER_INPUT') {
            form.setFields([{ name: 'feedback', errors: error.problems }]);
            return;
          }
          onClose();
          onDone();
        }}
      >
        <Form.Item
          name="feedback"
          label="给申请方的反馈"
          rules={[{ required: true, whitespace: true, message: '请写明不予入选的理由' }]}
        >
          <Input.TextArea rows={4} placeholder="例如：技术路线与榜单指标差距较大，建议……" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
