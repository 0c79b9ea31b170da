import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import {
  CreateMatchmakingEventDocument,
  MatchmakingEventLinksDocument,
  MatchmakingEventsDocument,
  OrganizationsDocument,
  RecordEventAttendanceDocument,
  UpdateMatchmakingEventDocument,
} from '../features/brokering/documents';
import type { MatchmakingEventKind, MatchmakingEventsQuery } from '../gql/graphql';
import { formatDateTime } from '../lib/format';
import { EVENT_KIND_LABELS, optionsOf } from '../lib/labels';
import { useActionFeedback } from '../lib/use-action';

const thisYear = new Date().getFullYear();

interface EventValues {
  title: string;
  kind: MatchmakingEventKind;
  startsAt: Dayjs;
  place: string;
  description?: string;
  invitedOrganizationIds?: string[];
}

/** 对接活动: 企业进高校, 高校进企业, 路演, 对接会 — the list and a form to add one. */
export function EventsPage() {
  const [year, setYear] = useState(thisYear);
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<ListedEvent | null>(null);
  const [editing, setEditing] = useState<ListedEvent | null>(null);
  const [result, refetch] = useQuery({ query: MatchmakingEventsDocument, variables: { year } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title="对接活动"
        description="组织企业进高校、高校进企业、路演和对接会，登记邀请单位，跟踪活动促成的对接。"
        extra={
          <Space wrap>
            <label className="inline-field">
              <span>年度</span>
              <Select
                aria-label="年度"
                value={year}
                onChange={setYear}
                options={[thisYear + 1, thisYear, thisYear - 1].map((value) => ({
                  value,
                  label: `${value}年`,
                }))}
              />
            </label>
            <Button type="primary" onClick={() => setCreating(true)}>
              新建活动
            </Button>
          </Space>
        }
      />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.matchmakingEvents}
        onRetry={reload}
        isEmpty={(events) => events.length === 0}
        empty={<Empty description="本年度还没有对接活动" />}
      >
        {(events) => (
          <Row gutter={[16, 16]}>
            {events.map((event) => (
              <Col key={event.id} xs={24} md={12}>
                <Card
                  size="small"
                  className="event-card"
                  title={event.title}
                  extra={<Tag color="blue">{event.kindLabel}</Tag>}
                >
                  <Typography.Paragraph className="event-card__line">
                    时间：{formatDateTime(event.startsAt)}
                  </Typography.Paragraph>
                  <Typography.Paragraph className="event-card__line">
                    地点：{event.place}
                  </Typography.Paragraph>
                  {event.description && (
                    <Typography.Paragraph type="secondary">{event.description}</Typography.Paragraph>
                  )}
                  <Typography.Paragraph className="event-card__line">
                    邀请单位：
                    {event.invitedOrganizations.length > 0
                      ? event.invitedOrganizations.map((org) => org.name).join('、')
                      : '未登记'}
                  </Typography.Paragraph>
                  {event.attendedOrganizations.length > 0 && (
                    <Typography.Paragraph className="event-card__line">
                      到场单位：{event.attendedOrganizations.map((org) => org.name).join('、')}
                    </Typography.Paragraph>
                  )}
                  <Typography.Text type="secondary">
                    到场 {event.attendeeCount} 人 · 促成对接 {event.matches.length} 个（已签约{' '}
                    {event.matches.filter((match) => match.stage === 'CONTRACTED').length} 个）
                  </Typography.Text>
                  <Space className="event-card__actions">
                    <Button size="small" onClick={() => setEditing(event)}>
                      修改
                    </Button>
                    <Button size="small" onClick={() => setRecording(event)}>
                      登记到场
                    </Button>
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
      <EventDialog
        open={creating || editing !== null}
        editing={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onDone={reload}
      />
      <AttendanceDialog event={recording} onClose={() => setRecording(null)} onDone={reload} />
    </>
  );
}

type ListedEvent = MatchmakingEventsQuery['matchmakingEvents'][number];

interface AttendanceValues {
  attendeeCount: number;
  organizationIds?: string[];
}

/** After the event: how many people came and which organisations (the invited ones preselected). */
function AttendanceDialog({
  event,
  onClose,
  onDone,
}: {
  event: ListedEvent | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<AttendanceValues>();
  const [organizations] = useQuery({ query: OrganizationsDocument, pause: !event });
  const [state, record] = useMutation(RecordEventAttendanceDocument);
  const feedback = useActionFeedback();
  const finish = async (values: AttendanceValues) => {
    if (!event) {
      return;
    }
    const result = await record({
      id: event.id,
      input: { attendeeCount: values.attendeeCount, organizationIds: values.organizationIds ?? [] },
    });
    const error = feedback(result, '到场情况已登记', { form: true, onRefresh: onDone });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: 'attendeeCount', errors: error.problems }]);
      return;
    }
    if (!error) {
      onClose();
      onDone();
    }
  };
  const attended = event?.attendedOrganizations.length
    ? event.attendedOrganizations
    : event?.invitedOrganizations;
  return (
    <Modal
      open={event !== null}
      title={event ? `登记到场：${event.title}` : '登记到场'}
      okText="登记"
      cancelText="取消"
      okButtonProps={{ loading: state.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="attendance"
        layout="vertical"
        onFinish={finish}
        preserve={false}
        initialValues={{
          attendeeCount: event?.attendeeCount ?? 0,
          organizationIds: attended?.map((org) => org.id) ?? [],
        }}
      >
        <Form.Item
          name="attendeeCount"
          label="到场人数"
          rules={[{ required: true, message: '请填写到场人数' }]}
        >
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="organizationIds" label="到场单位">
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={organizations.fetching}
            options={[
              ...(attended ?? []).map((org) => ({ value: org.id, label: org.name })),
              ...(organizations.data?.organizations ?? [])
                .filter((org) => org.kind !== 'BUREAU' && !attended?.some((known) => known.id === org.id))
                .map((org) => ({ value: org.id, label: org.name })),
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A new event, or an event being changed (its linked listings kept, its version checked). */
function EventDialog({
  open,
  editing = null,
  onClose,
  onDone,
}: {
  open: boolean;
  editing?: ListedEvent | null;
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
