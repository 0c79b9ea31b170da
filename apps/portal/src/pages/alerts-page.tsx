import {
  Button,
  Card,
  Col,
  Empty,
  Form,
  InputNumber,
  Popconfirm,
  Row,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import {
  AlertSettingsDocument,
  DeleteSavedSearchDocument,
  SavedSearchesDocument,
  UpdateAlertSettingsDocument,
} from '../features/alerts/documents';
import { SavedSearchDialog, TARGET_LABELS } from '../features/alerts/saved-search-form';
import { useMe } from '../features/session/session';
import type { AlertSettingsInput, SavedSearchFieldsFragment } from '../gql/graphql';
import { CHAIN_LABELS, MODE_LABELS } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

export const ALERT_EXPLANATION = '当有新发布的成果或需求与您的需求/成果匹配度达到阈值时，通过消息通知提醒您';

const trlText = (min: number | null | undefined, max: number | null | undefined) => {
  if (min == null && max == null) {
    return '不限';
  }
  if (min != null && max != null) {
    return `${min}–${max} 级`;
  }
  return min != null ? `${min} 级以上` : `${max} 级以下`;
};

/** 订阅提醒: my saved searches, and the alerts about my organisation's own published listings. */
export function AlertsPage() {
  const { abilities } = useMe();
  const [result, refetch] = useQuery({ query: SavedSearchesDocument });
  const [editing, setEditing] = useState<SavedSearchFieldsFragment | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const openDialog = (search: SavedSearchFieldsFragment | null) => {
    setEditing(search);
    setDialogOpen(true);
  };
  return (
    <>
      <PageHeader
        title="订阅提醒"
        description="保存想找的技术或要解决的问题，之后新发布的成果或需求达到匹配阈值时，通过消息通知提醒您。"
        extra={
          <Button type="primary" onClick={() => openDialog(null)}>
            新建订阅
          </Button>
        }
      />
      <Typography.Title level={4} className="section-title">
        我的订阅
      </Typography.Title>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.savedSearches}
        onRetry={reload}
        isEmpty={(searches) => searches.length === 0}
        empty={<Empty description="还没有订阅，点击“新建订阅”开始" />}
      >
        {(searches) => (
          <Row gutter={[16, 16]}>
            {searches.map((search) => (
              <Col key={search.id} xs={24} md={12}>
                <SavedSearchCard search={search} onEdit={() => openDialog(search)} onDone={reload} />
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <AlertSettingsCard />
      <SavedSearchDialog
        open={dialogOpen}
        search={editing}
        defaultTarget={abilities.isUniversity ? 'DEMAND' : 'ACHIEVEMENT'}
        onClose={() => setDialogOpen(false)}
        onDone={reload}
      />
    </>
  );
}

function SavedSearchCard({
  search,
  onEdit,
  onDone,
}: {
  search: SavedSearchFieldsFragment;
  onEdit: () => void;
  onDone: () => void;
}) {
  const [state, remove] = useMutation(DeleteSavedSearchDocument);
  const feedback = useActionFeedback();
  const removeNow = async () => {
    const result = await remove({ id: search.id });
    if (!feedback(result, '订阅已删除', { onRefresh: onDone })) {
      onDone();
    }
  };
  return (
    <Card
      size="small"
      className="saved-search-card"
      title={<span className="saved-search-card__title">{search.name}</span>}
      extra={
        <Space size={4} wrap>
          <Tag color="blue">{TARGET_LABELS[search.target]}</Tag>
          {search.active ? <Tag color="success">已启用</Tag> : <Tag>已停用</Tag>}
        </Space>
      }
      actions={[
        <Button key="edit" type="link" onClick={onEdit} aria-label={`编辑订阅“${search.name}”`}>
          编辑
        </Button>,
        <Popconfirm
          key="delete"
          title="删除这个订阅？"
          description="删除后不再收到它的提醒。"
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true, loading: state.fetching }}
          onConfirm={removeNow}
        >
          <Button type="link" danger aria-label={`删除订阅“${search.name}”`}>
            删除
          </Button>
        </Popconfirm>,
      ]}
    >
      <Typography.Paragraph className="saved-search-card__query">{search.query}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="saved-search-card__line">
        产业链：
        {search.industryChains.length > 0
          ? search.industryChains.map((chain) => CHAIN_LABELS[chain]).join('、')
          : '不限'}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="saved-search-card__line">
        成熟度：{trlText(search.trlMin, search.trlMax)} · 方式：
        {search.modes.length > 0 ? search.modes.map((mode) => MODE_LABELS[mode]).join('、') : '不限'}
      </Typography.Paragraph>
      <Typography.Text type="secondary">通知阈值：匹配度 ≥ {search.threshold}</Typography.Text>
    </Card>
  );
}

function AlertSettingsCard() {
  const [result, refetch] = useQuery({ query: AlertSettingsDocument });
  return (
    <Card title="发布提醒" className="detail-card alert-settings">
      <Typography.Paragraph>{ALERT_EXPLANATION}。</Typography.Paragraph>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.alertSettings}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {(settings) => <AlertSettingsForm settings={settings} />}
      </QueryState>
    </Card>
  );
}

function AlertSettingsForm({ settings }: { settings: AlertSettingsInput }) {
  const [form] = Form.useForm<AlertSettingsInput>();
  const [state, update] = useMutation(UpdateAlertSettingsDocument);
  const feedback = useActionFeedback();
  const finish = async (values: AlertSettingsInput) => {
    const result = await update({
      input: { threshold: values.threshold, listingAlerts: values.listingAlerts },
    });
    const error = feedback(result, '提醒设置已保存', { form: true });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: 'threshold', errors: error.problems }]);
    }
  };
  return (
    <Form
      form={form}
      name="alert-settings"
      layout="vertical"
      onFinish={finish}
      initialValues={{ threshold: settings.threshold, listingAlerts: settings.listingAlerts }}
    >
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <Form.Item name="listingAlerts" label="发布匹配提醒" valuePropName="checked">
            <Switch checkedChildren="开" unCheckedChildren="关" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="threshold"
            label="提醒阈值（0–100）"
            rules={[{ required: true, message: '请填写提醒阈值' }]}
          >
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={state.fetching}>
        保存提醒设置
      </Button>
    </Form>
  );
}
