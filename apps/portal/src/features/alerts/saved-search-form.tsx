import { Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch } from 'antd';
import { useMutation } from 'urql';
import type {
  IndustryChain,
  SavedSearchFieldsFragment,
  SavedSearchInput,
  SavedSearchTarget,
  TransferMode,
} from '../../gql/graphql';
import { CHAIN_LABELS, MODE_LABELS, optionsOf } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import { CreateSavedSearchDocument, UpdateSavedSearchDocument } from './documents';

export const TARGET_LABELS: Record<SavedSearchTarget, string> = {
  ACHIEVEMENT: '成果',
  DEMAND: '需求',
};

export const DEFAULT_THRESHOLD = 60;

export interface SavedSearchValues {
  name: string;
  query: string;
  target: SavedSearchTarget;
  industryChains?: IndustryChain[];
  trlMin?: number | null;
  trlMax?: number | null;
  modes?: TransferMode[];
  threshold: number;
  active: boolean;
}

const TRL_ORDER_MESSAGE = '成熟度下限不能高于上限';

/** The form's values as the API's input: trimmed text, empty ranges as null. */
export function toSavedSearchInput(values: SavedSearchValues): SavedSearchInput {
  return {
    name: values.name.trim(),
    query: values.query.trim(),
    target: values.target,
    industryChains: values.industryChains ?? [],
    trlMin: values.trlMin ?? null,
    trlMax: values.trlMax ?? null,
    modes: values.modes ?? [],
    threshold: values.threshold,
    active: values.active,
  };
}

const initialOf = (search: SavedSearchFieldsFragment | null, target: SavedSearchTarget): SavedSearchValues =>
  search
    ? {
        name: search.name,
        query: search.query,
        target: search.target,
        industryChains: search.industryChains,
        trlMin: search.trlMin ?? null,
        trlMax: search.trlMax ?? null,
        modes: search.modes,
        threshold: search.threshold,
        active: search.active,
      }
    : {
        name: '',
        query: '',
        target,
        industryChains: [],
        trlMin: null,
        trlMax: null,
        modes: [],
        threshold: DEFAULT_THRESHOLD,
        active: true,
      };

const FIELDS: (keyof SavedSearchValues)[] = [
  'name',
  'query',
  'target',
  'industryChains',
  'trlMin',
  'trlMax',
  'modes',
  'threshold',
  'active',
];

/** Create or edit one saved search in a dialog; `search` null means a new one. */
export function SavedSearchDialog({
  open,
  search,
  defaultTarget = 'ACHIEVEMENT',
  onClose,
  onDone,
}: {
  open: boolean;
  search: SavedSearchFieldsFragment | null;
  defaultTarget?: SavedSearchTarget;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<SavedSearchValues>();
  const [created, create] = useMutation(CreateSavedSearchDocument);
  const [updated, update] = useMutation(UpdateSavedSearchDocument);
  const feedback = useActionFeedback();
  const finish = async (values: SavedSearchValues) => {
    const input = toSavedSearchInput(values);
    const result = search ? await update({ id: search.id, input }) : await create({ input });
    const error = feedback(result, search ? '订阅已保存' : '订阅已创建', { form: true, onRefresh: onDone });
    if (error?.code === 'BAD_USER_INPUT') {
      const field =
        error.field && FIELDS.includes(error.field as keyof SavedSearchValues)
          ? (error.field as keyof SavedSearchValues)
          : 'name';
      form.setFields([{ name: field, errors: error.problems }]);
      return;
    }
    if (!error) {
      onClose();
      onDone();
    }
  };
  return (
    <Modal
      open={open}
      title={search ? '编辑订阅' : '新建订阅'}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ loading: created.fetching || updated.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="saved-search"
        layout="vertical"
        onFinish={finish}
        initialValues={initialOf(search, defaultTarget)}
        preserve={false}
      >
        <Form.Item
          name="name"
          label="订阅名称"
          rules={[
            { required: true, whitespace: true, message: '请填写订阅名称' },
            { max: 50, message: '不超过 50 字' },
          ]}
        >
          <Input maxLength={50} placeholder="例如：油茶深加工成果" />
        </Form.Item>
        <Form.Item name="target" label="订阅对象" rules={[{ required: true, message: '请选择订阅对象' }]}>
          <Radio.Group optionType="button" options={optionsOf(TARGET_LABELS)} />
        </Form.Item>
        <Form.Item
          name="query"
          label="搜索文字"
          extra="想找的技术或要解决的问题"
          rules={[
            { required: true, whitespace: true, message: '请填写搜索文字' },
            { max: 500, message: '不超过 500 字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="industryChains" label="产业链（不选则不限）">
          <Select mode="multiple" options={optionsOf(CHAIN_LABELS)} placeholder="不限" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="trlMin" label="成熟度下限">
              <InputNumber min={1} max={9} precision={0} placeholder="不限" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="trlMax"
              label="成熟度上限"
              dependencies={['trlMin']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null | undefined) => {
                    const min = getFieldValue('trlMin') as number | null | undefined;
                    return min != null && value != null && min > value
                      ? Promise.reject(new Error(TRL_ORDER_MESSAGE))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={1} max={9} precision={0} placeholder="不限" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="modes" label="转化 / 合作方式（不选则不限）">
          <Select mode="multiple" options={optionsOf(MODE_LABELS)} placeholder="不限" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item
              name="threshold"
              label="通知阈值（0–100）"
              rules={[{ required: true, message: '请填写通知阈值' }]}
            >
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="active" label="启用" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
