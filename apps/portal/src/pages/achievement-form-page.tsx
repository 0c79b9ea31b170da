import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import type {
  AchievementFieldsFragment,
  AchievementInput,
  IndustryChain,
  IpType,
  TransferMode,
} from '../gql/graphql';
import {
  AchievementDocument,
  CreateAchievementDocument,
  UpdateAchievementDocument,
} from '../features/listings/documents';
import { ContactFields, KeywordsField, blankToNull } from '../features/listings/form-fields';
import { useMe } from '../features/session/session';
import { CHAIN_LABELS, IP_TYPE_LABELS, MODE_LABELS, optionsOf } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

interface AchievementValues {
  title: string;
  summary: string;
  keywords: string[];
  industryChain: IndustryChain;
  trl: number | null;
  ipType: IpType;
  transferModes: TransferMode[];
  askingPriceWan: number | null;
  team?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  confidentialDetail?: string;
}

const toValues = (achievement: AchievementFieldsFragment): AchievementValues => ({
  title: achievement.title,
  summary: achievement.summary,
  keywords: [...achievement.keywords],
  industryChain: achievement.industryChain,
  trl: achievement.trl ?? null,
  ipType: achievement.ipType,
  transferModes: [...achievement.transferModes],
  askingPriceWan: achievement.askingPriceWan ?? null,
  team: achievement.team ?? '',
  contactName: achievement.contactName ?? '',
  contactPhone: achievement.contactPhone ?? '',
  contactEmail: achievement.contactEmail ?? '',
  confidentialDetail: achievement.confidentialDetail ?? '',
});

const toInput = (values: AchievementValues): AchievementInput => ({
  title: values.title.trim(),
  summary: values.summary.trim(),
  keywords: values.keywords ?? [],
  industryChain: values.industryChain,
  trl: values.trl ?? null,
  ipType: values.ipType,
  transferModes: values.transferModes,
  askingPriceWan: values.askingPriceWan ?? null,
  team: blankToNull(values.team),
  contactName: blankToNull(values.contactName),
  contactPhone: blankToNull(values.contactPhone),
  contactEmail: blankToNull(values.contactEmail),
  confidentialDetail: blankToNull(values.confidentialDetail),
});

/** New achievement (/achievements/new) or edit (/achievements/:id/edit). */
export function AchievementFormPage() {
  const { id } = useParams();
  const [result, refetch] = useQuery({ query: AchievementDocument, variables: { id: id ?? '' }, pause: !id });
  if (!id) {
    return <AchievementForm />;
  }
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.achievement}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {(achievement) => <AchievementForm existing={achievement} />}
    </QueryState>
  );
}

function AchievementForm({ existing }: { existing?: AchievementFieldsFragment }) {
  const [form] = Form.useForm<AchievementValues>();
  const navigate = useNavigate();
  const { me, abilities } = useMe();
  const [createState, create] = useMutation(CreateAchievementDocument);
  const [updateState, update] = useMutation(UpdateAchievementDocument);
  const feedback = useActionFeedback();
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    if (existing) {
      form.setFieldsValue(toValues(existing));
    }
  }, [existing, form]);

  const submit = async (values: AchievementValues) => {
    setProblems([]);
    const input = toInput(values);
    const result = existing
      ? await update({ id: existing.id, input, expectedVersion: existing.version })
      : await create({ input });
    const error = feedback(result, existing ? '已保存' : '已保存为草稿，可在详情页提交审核', {
      form: true,
      onRefresh: () => navigate(0),
    });
    if (error?.code === 'BAD_USER_INPUT') {
      setProblems(error.problems);
      return;
    }
    const saved =
      result.data &&
      ('createAchievement' in result.data ? result.data.createAchievement : result.data.updateAchievement);
    if (saved) {
      navigate(`/achievements/${saved.id}`);
    }
  };

  const resubmits = existing?.status === 'PUBLISHED' && !abilities.isBureau;
  return (
    <>
      <PageHeader
        title={existing ? '修改成果' : '登记成果'}
        description={
          existing ? existing.title : `以“${me?.organization?.name ?? ''}”的名义登记，保存后为草稿`
        }
      />
      {resubmits && (
        <Alert
          type="warning"
          showIcon
          title="已发布的成果修改后需重新审核，审核通过前不在成果库中显示。"
          className="page-alert"
        />
      )}
      <Card>
        <Form<AchievementValues>
          form={form}
          layout="vertical"
          name="achievement"
          onFinish={submit}
          initialValues={{
            keywords: [],
            transferModes: [],
            trl: null,
            askingPriceWan: null,
            ipType: 'INVENTION_PATENT',
          }}
          scrollToFirstError
        >
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="form-alert"
              title="请修改以下内容"
              description={
                <ul className="problems">
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Form.Item
            name="title"
            label="成果名称"
            rules={[
              { required: true, whitespace: true, message: '请填写成果名称' },
              { max: 200, message: '不超过 200 字' },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="summary"
            label="成果简介"
            extra="解决什么问题、关键指标、相对现有技术的优势、应用情况"
            rules={[
              { required: true, whitespace: true, message: '请填写成果简介' },
              { max: 5000, message: '不超过 5000 字' },
            ]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
          <KeywordsField />
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
                name="ipType"
                label="知识产权类型"
                rules={[{ required: true, message: '请选择知识产权类型' }]}
              >
                <Select options={optionsOf(IP_TYPE_LABELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="trl" label="技术成熟度（1–9）">
                <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} placeholder="未评估" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="askingPriceWan" label="报价（万元）">
                <InputNumber min={0} max={10000000} style={{ width: '100%' }} placeholder="面议" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="transferModes"
            label="转化方式"
            rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种转化方式' }]}
          >
            <Checkbox.Group options={optionsOf(MODE_LABELS)} />
          </Form.Item>
          <Form.Item name="team" label="成果团队" rules={[{ max: 100, message: '不超过 100 字' }]}>
            <Input placeholder="例如：某某教授团队" />
          </Form.Item>
          <ContactFields />
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={createState.fetching || updateState.fetching}>
              {existing ? '保存修改' : '保存草稿'}
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
