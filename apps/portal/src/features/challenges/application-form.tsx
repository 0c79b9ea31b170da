import { Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useMutation } from 'urql';
import type { ApplicationFieldsFragment } from '../../gql/graphql';
import { useActionFeedback } from '../../lib/use-action';
import { ApplyToChallengeDocument, UpdateChallengeApplicationDocument } from './documents';

interface ApplicationValues {
  proposal: string;
  approach: string;
  budgetWan: number;
  plan: string;
  members: { name: string; title?: string; role?: string }[];
}

const toValues = (application: ApplicationFieldsFragment | null): Partial<ApplicationValues> =>
  application
    ? {
        proposal: application.proposal,
        approach: application.approach,
        budgetWan: application.budgetWan,
        plan: application.plan,
        members: application.members.map((member) => ({ ...member })),
      }
    : { members: [{ name: '', title: '', role: '' }] };

/** 揭榜申请: a team's proposal, approach, budget, plan and members; editable until the deadline. */
export function ApplicationForm({
  challengeId,
  existing,
  onDone,
}: {
  challengeId: string;
  existing: ApplicationFieldsFragment | null;
  onDone: () => void;
}) {
  const [form] = Form.useForm<ApplicationValues>();
  const [applying, apply] = useMutation(ApplyToChallengeDocument);
  const [updating, update] = useMutation(UpdateChallengeApplicationDocument);
  const feedback = useActionFeedback();
  const finish = async (values: ApplicationValues) => {
    const input = {
      proposal: values.proposal.trim(),
      approach: values.approach.trim(),
      budgetWan: values.budgetWan,
      plan: values.plan.trim(),
      members: values.members
        .filter((member) => member.name?.trim())
        .map((member) => ({
          name: member.name.trim(),
          title: member.title?.trim() || undefined,
          role: member.role?.trim() || undefined,
        })),
    };
    const result = existing
      ? await update({ id: existing.id, input, expectedVersion: existing.version })
      : await apply({ challengeId, input });
    const error = feedback(result, existing ? '申请已修改' : '揭榜申请已提交', {
      form: true,
      onRefresh: onDone,
    });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([
        { name: (error.field as keyof ApplicationValues | null) ?? 'proposal', errors: error.problems },
      ]);
      return;
    }
    if (!error) {
      onDone();
    }
  };
  return (
    <Card title={existing ? '修改揭榜申请' : '我要揭榜'} className="detail-card">
      <Form
        form={form}
        name="application"
        layout="vertical"
        onFinish={finish}
        initialValues={toValues(existing)}
      >
        <Form.Item
          name="proposal"
          label="揭榜方案概述"
          rules={[{ required: true, whitespace: true, message: '请填写方案概述' }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="approach"
          label="技术路线"
          rules={[{ required: true, whitespace: true, message: '请填写技术路线' }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="budgetWan"
              label="预算（万元）"
              rules={[{ required: true, message: '请填写预算' }]}
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="plan"
              label="进度计划"
              rules={[{ required: true, whitespace: true, message: '请填写进度计划' }]}
            >
              <Input.TextArea rows={2} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        <fieldset className="form-section">
          <legend>团队成员</legend>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Row gutter={8} key={field.key} align="bottom">
                    <Col xs={24} sm={7}>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={`成员${index + 1}姓名`}
                        rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                      >
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={7}>
                      <Form.Item name={[field.name, 'title']} label={`成员${index + 1}职称`}>
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={7}>
                      <Form.Item name={[field.name, 'role']} label={`成员${index + 1}分工`}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={3}>
                      <Form.Item>
                        <Button onClick={() => remove(field.name)} disabled={fields.length === 1}>
                          删除
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Form.Item>
                  <Button type="dashed" onClick={() => add({ name: '', title: '', role: '' })}>
                    添加成员
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <Button type="primary" htmlType="submit" loading={applying.fetching || updating.fetching}>
          {existing ? '保存修改' : '提交揭榜申请'}
        </Button>
      </Form>
    </Card>
  );
}
