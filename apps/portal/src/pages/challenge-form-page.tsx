import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Skeleton, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState } from '../components/error-state';
import { PageHeader } from '../components/page-header';
import {
  ChallengeDocument,
  CreateChallengeDocument,
  UpdateChallengeDocument,
} from '../features/challenges/documents';
import type { ChallengeFieldsFragment, IndustryChain } from '../gql/graphql';
import { CHAIN_LABELS, optionsOf } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

interface ChallengeValues {
  title: string;
  industryChain: IndustryChain;
  background: string;
  targets: { indicator: string; targetValue: string; acceptanceMethod: string }[];
  bountyWan: number;
  applicationDeadline: Dayjs;
  executionStart: Dayjs;
  executionEnd: Dayjs;
  eligibility?: string;
}

const EMPTY_TARGET = { indicator: '', targetValue: '', acceptanceMethod: '' };

const toValues = (challenge: ChallengeFieldsFragment): ChallengeValues => ({
  title: challenge.title,
  industryChain: challenge.industryChain,
  background: challenge.background,
  targets: challenge.targets.map((target) => ({ ...target })),
  bountyWan: challenge.bountyWan,
  applicationDeadline: dayjs(challenge.applicationDeadline),
  executionStart: dayjs(challenge.executionStart),
  executionEnd: dayjs(challenge.executionEnd),
  eligibility: challenge.eligibility,
});

/** Posting or editing a challenge: background, measurable targets, bounty, deadline, execution period. */
export function ChallengeFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChallengeValues>();
  const [existing] = useQuery({ query: ChallengeDocument, variables: { id: id ?? '' }, pause: !id });
  const [creating, create] = useMutation(CreateChallengeDocument);
  const [updating, update] = useMutation(UpdateChallengeDocument);
  const feedback = useActionFeedback();
  const challenge = existing.data?.challenge;
  useEffect(() => {
    if (challenge) {
      form.setFieldsValue(toValues(challenge));
    }
  }, [challenge, form]);
  if (id && existing.error && !challenge) {
    return <ErrorState error={existing.error} />;
  }
  if (id && !challenge) {
    return <Skeleton active />;
  }
  const finish = async (values: ChallengeValues) => {
    const input = {
      title: values.title.trim(),
      industryChain: values.industryChain,
      background: values.background.trim(),
      targets: values.targets.map((target) => ({
        indicator: target.indicator.trim(),
        targetValue: target.targetValue.trim(),
        acceptanceMethod: target.acceptanceMethod.trim(),
      })),
      bountyWan: values.bountyWan,
      applicationDeadline: values.applicationDeadline.toISOString(),
      executionStart: values.executionStart.format('YYYY-MM-DD'),
      executionEnd: values.executionEnd.format('YYYY-MM-DD'),
      eligibility: values.eligibility?.trim() || undefined,
    };
    const result = challenge
      ? await update({ id: challenge.id, input, expectedVersion: challenge.version })
      : await create({ input });
    const error = feedback(result, challenge ? '已保存' : '已保存为草稿，可在详情页提交审核', { form: true });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([
        { name: (error.field as keyof ChallengeValues | null) ?? 'title', errors: error.problems },
      ]);
      return;
    }
    const saved =
      result.data && 'createChallenge' in result.data
        ? result.data.createChallenge
        : result.data && 'updateChallenge' in result.data
          ? result.data.updateChallenge
          : null;
    if (!error && saved) {
      navigate(`/challenges/${saved.id}`);
    }
  };
  return (
    <>
      <PageHeader
        title={challenge ? '修改榜单' : '发布榜单'}
        description="写明攻关背景和可考核的指标。企业发布的榜单须经科技局审核后公开。"
      />
      <Card>
        <Form
          form={form}
          name="challenge"
          layout="vertical"
          onFinish={finish}
          initialValues={{ targets: [EMPTY_TARGET], bountyWan: 50 }}
          scrollToFirstError
        >
          <Form.Item
            name="title"
            label="榜单名称"
            rules={[{ required: true, whitespace: true, message: '请填写榜单名称' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="industryChain"
                label="所属产业链"
                rules={[{ required: true, message: '请选择产业链' }]}
              >
                <Select options={optionsOf(CHAIN_LABELS)} placeholder="请选择" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="bountyWan"
                label="榜额（万元）"
                rules={[{ required: true, message: '请填写榜额' }]}
              >
                <InputNumber min={0} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="background"
            label="需求背景"
            rules={[{ required: true, whitespace: true, message: '请填写需求背景' }]}
          >
            <Input.TextArea rows={5} maxLength={5000} />
          </Form.Item>
          <fieldset className="form-section">
            <legend>攻关指标（至少一项，写明考核方式）</legend>
            <Form.List name="targets">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Row gutter={8} key={field.key} align="bottom">
                      <Col xs={24} md={7}>
                        <Form.Item
                          name={[field.name, 'indicator']}
                          label={`指标${index + 1}`}
                          rules={[{ required: true, whitespace: true, message: '请填写指标' }]}
                        >
                          <Input placeholder="如 酸价" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={6}>
                        <Form.Item
                          name={[field.name, 'targetValue']}
                          label={`指标${index + 1}目标值`}
                          rules={[{ required: true, whitespace: true, message: '请填写目标值' }]}
                        >
                          <Input placeholder="如 ≤ 1.5 mg/g" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'acceptanceMethod']}
                          label={`指标${index + 1}考核方式`}
                          rules={[{ required: true, whitespace: true, message: '请填写考核方式' }]}
                        >
                          <Input placeholder="如 第三方检测报告" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={3}>
                        <Form.Item>
                          <Button onClick={() => remove(field.name)} disabled={fields.length === 1}>
                            删除
                          </Button>
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  <Form.Item>
                    <Button type="dashed" onClick={() => add(EMPTY_TARGET)}>
                      添加指标
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
          </fieldset>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item
                name="applicationDeadline"
                label="揭榜截止时间"
                rules={[{ required: true, message: '请选择揭榜截止时间' }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY年M月D日 HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="executionStart"
                label="实施期开始"
                rules={[{ required: true, message: '请选择日期' }]}
              >
                <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="executionEnd"
                label="实施期结束"
                rules={[{ required: true, message: '请选择日期' }]}
              >
                <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="eligibility" label="揭榜方资格条件">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={creating.fetching || updating.fetching}>
              {challenge ? '保存' : '保存草稿'}
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
