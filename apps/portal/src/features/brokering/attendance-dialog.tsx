import { Form, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { MatchmakingEventFieldsFragment } from '../../gql/graphql';
import { useActionFeedback } from '../../lib/use-action';
import { OrganizationsDocument, RecordEventAttendanceDocument } from './documents';

interface AttendanceValues {
  attendeeCount: number;
  organizationIds?: string[];
}

/** After the event: how many people came and which organisations (the invited ones preselected). */
export function AttendanceDialog({
  event,
  onClose,
  onDone,
}: {
  event: MatchmakingEventFieldsFragment | null;
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
