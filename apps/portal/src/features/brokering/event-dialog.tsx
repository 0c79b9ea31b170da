import { Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import type { MatchmakingEventFieldsFragment, MatchmakingEventKind } from '../../gql/graphql';
import { EVENT_KIND_LABELS, optionsOf } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import {
  CreateMatchmakingEventDocument,
  MatchmakingEventLinksDocument,
  OrganizationsDocument,
  UpdateMatchmakingEventDocument,
} from './documents';

interface EventValues {
  title: string;
  kind: MatchmakingEventKind;
  startsAt: Dayjs;
  place: string;
  description?: string;
  invitedOrganizationIds?: string[];
}

/** A new event, or an event being changed (its linked listings kept, its version checked). */
export function EventDialog({
  open,
  editing = null,
  onClose,
  onDone,
}: {
  open: boolean;
  editing?: MatchmakingEventFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<EventValues>();
  const [organizations] = useQuery({ query: OrganizationsDocument, pause: !open });
  const [creating, create] = useMutation(CreateMatchmakingEventDocument);
  const [updating, update] = useMutation(UpdateMatchmakingEventDocument);
  const [links] = useQuery({
    query: MatchmakingEventLinksDocument,
    variables: { id: editing?.id ?? '' },
    pause: !editing,
    requestPolicy: 'network-only',
  });
  const linked = editing ? links.data?.matchmakingEvent : null;
  const feedback = useActionFeedback();
  const finish = async (values: EventValues) => {
    const input = {
      title: values.title.trim(),
      kind: values.kind,
      startsAt: values.startsAt.toISOString(),
      place: values.place.trim(),
      description: values.description?.trim() || undefined,
      invitedOrganizationIds: values.invitedOrganizationIds ?? [],
    };
    if (editing && !linked) {
      return; // the save button waits for the links
    }
    const result =
      editing && linked
        ? await update({
            id: editing.id,
            expectedVersion: editing.version,
            input: {
              ...input,
              achievementIds: linked.achievements.map((listing) => listing.id),
              demandIds: linked.demands.map((listing) => listing.id),
            },
          })
        : await create({ input });
    const error = feedback(result, editing ? '活动已修改' : '活动已创建', { form: true, onRefresh: onDone });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([
        { name: (error.field as keyof EventValues | null) ?? 'title', errors: error.problems },
      ]);
      return;
    }
    if (!error) {
      form.resetFields();
      onClose();
      onDone();
    }
  };
  return (
    <Modal
      open={open}
      title={editing ? `修改活动：${editing.title}` : '新建对接活动'}
      okText={editing ? '保存' : '创建'}
      cancelText="取消"
      okButtonProps={{
        loading: creating.fetching || updating.fetching || (editing !== null && links.fetching),
        disabled: editing !== null && !linked,
      }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="event"
        layout="vertical"
        onFinish={finish}
        preserve={false}
        initialValues={
          editing
            ? {
                title: editing.title,
                kind: editing.kind,
                startsAt: dayjs(editing.startsAt),
                place: editing.place,
                description: editing.description || undefined,
                invitedOrganizationIds: editing.invitedOrganizations.map((org) => org.id),
              }
            : { kind: 'MATCHMAKING_FAIR' }
        }
      >
        <Form.Item
          name="title"
          label="活动名称"
          rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label="活动类型" rules={[{ required: true, message: '请选择活动类型' }]}>
              <Select options={optionsOf(EVENT_KIND_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="startsAt"
              label="开始时间"
              rules={[{ required: true, message: '请选择开始时间' }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY年M月D日 HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="place"
          label="地点"
          rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="invitedOrganizationIds" label="邀请单位">
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={organizations.fetching}
            options={(organizations.data?.organizations ?? [])
              .filter((org) => org.kind !== 'BUREAU')
              .map((org) => ({ value: org.id, label: org.name }))}
          />
        </Form.Item>
        <Form.Item name="description" label="活动说明" rules={[{ max: 2000, message: '不超过 2000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
