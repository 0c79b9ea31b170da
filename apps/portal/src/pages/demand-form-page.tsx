import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import type { DemandFieldsFragment, DemandInput, IndustryChain, TransferMode } from '../gql/graphql';
import { CreateDemandDocument, DemandDocument, UpdateDemandDocument } from '../features/listings/documents';
import { ContactFields, KeywordsField, blankToNull } from '../features/listings/form-fields';
import { useMe } from '../features/session/session';
import { CHAIN_LABELS, MODE_LABELS, optionsOf } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

interface DemandValues {
  title: string;
  description: string;
  keywords: string[];
  industryChain: IndustryChain;
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: TransferMode[];
  deadline: Dayjs | null;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  confidentialDetail?: string;
}

const toValues = (demand: DemandFieldsFragment): DemandValues => ({
  title: demand.title,
  description: demand.description,
  keywords: [...demand.keywords],
  industryChain: demand.industryChain,
  minTrl: demand.minTrl ?? null,
  budgetWan: demand.budgetWan ?? null,
  cooperationModes: [...demand.cooperationModes],
  deadline: demand.deadline ? dayjs(demand.deadline) : null,
  contactName: demand.contactName ?? '',
  contactPhone: demand.contactPhone ?? '',
  contactEmail: demand.contactEmail ?? '',
  confidentialDetail: demand.confidentialDetail ?? '',
});

const toInput = (values: DemandValues): DemandInput => ({
  title: values.title.trim(),
  description: values.description.trim(),
  keywords: values.keywords ?? [],
  industryChain: values.industryChain,
  minTrl: values.minTrl ?? null,
  budgetWan: values.budgetWan ?? null,
  cooperationModes: values.cooperationModes,
  deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : null,
  contactName: blankToNull(values.contactName),
  contactPhone: blankToNull(values.contactPhone),
  contactEmail: blankToNull(values.contactEmail),
  confidentialDetail: blankToNull(values.confidentialDetail),
});

/** New demand (/demands/new) or edit (/demands/:id/edit). */
export function DemandFormPage() {
  const { id } = useParams();
  const [result, refetch] = useQuery({ query: DemandDocument, variables: { id: id ?? '' }, pause: !id });
  if (!id) {
    return <DemandForm />;
  }
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.demand}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {(demand) => <DemandForm existing={demand} />}
    </QueryState>
  );
}

function DemandForm({ existing }: { existing?: DemandFieldsFragment }) {
  const [form] = Form.useForm<DemandValues>();
  const navigate = useNavigate();
  const { me, abilities } = useMe();
  const [createState, create] = useMutation(CreateDemandDocument);
  const [updateState, update] = useMutation(UpdateDemandDocument);
  const feedback = useActionFeedback();
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    if (existing) {
      form.setFieldsValue(toValues(existing));
    }
  }, [existing, form]);

  const submit = async (values: DemandValues) => {
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
      result.data && ('createDemand' in result.data ? result.data.createDemand : result.data.updateDemand);
    if (saved) {
      navigate(`/demands/${saved.id}`);
    }
  };

  const resubmits = existing?.status === 'PUBLISHED' && !abilities.isBureau;
  return (
    <>
      <PageHeader
        title={existing ? '修改需求' : '发布需求'}
        description={
          existing ? existing.title : `以“${me?.organization?.name ?? ''}”的名义发布，保存后为草稿`
        }
      />
      {resubmits && (
        <Alert
          type="warning"
          showIcon
          title="已发布的需求修改后需重新审核，审核通过前不在需求库中显示。"
          className="page-alert"
        />
      )}
      <Card>
        <Form<DemandValues>
          form={form}
          layout="vertical"
          name="demand"
          onFinish={submit}
          initialValues={{
            keywords: [],
            cooperationModes: [],
            minTrl: null,
            budgetWan: null,
            deadline: null,
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
            label="需求名称"
            rules={[
              { required: true, whitespace: true, message: '请填写需求名称' },
              { max: 200, message: '不超过 200 字' },
            ]}
          >
            <Input placeholder="一句话说明要解决的技术问题" />
          </Form.Item>
          <Form.Item
            name="description"
            label="需求描述"
            extra="现状、难点、要达到的指标；越具体，推荐越准"
            rules={[
              { required: true, whitespace: true, message: '请填写需求描述' },
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
              <Form.Item name="deadline" label="截止日期">
                <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} placeholder="选择日期" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="minTrl" label="可接受的最低技术成熟度（1–9）">
                <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} placeholder="不限" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="budgetWan" label="预算（万元）">
                <InputNumber min={0} max={10000000} style={{ width: '100%' }} placeholder="面议" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="cooperationModes"
            label="合作方式"
            rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种合作方式' }]}
          >
            <Checkbox.Group options={optionsOf(MODE_LABELS)} />
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
