import { Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import type { TechContractFieldsFragment } from '../../gql/graphql';
import { useActionFeedback } from '../../lib/use-action';
import { RejectTechContractDocument } from './documents';

/** The bureau returns a submitted contract to the party that submitted it, with the reason. */
export function RejectContractDialog({
  contract,
  onClose,
  onChanged,
}: {
  contract: Pick<TechContractFieldsFragment, 'id' | 'title' | 'version'> | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [state, reject] = useMutation(RejectTechContractDocument);
  const feedback = useActionFeedback();
  const submit = async ({ reason }: { reason?: string }) => {
    if (!contract) {
      return;
    }
    const result = await reject({
      id: contract.id,
      reason: reason?.trim() ?? '',
      expectedVersion: contract.version,
    });
    const error = feedback(result, '合同已退回', { onRefresh: onChanged, form: true });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: 'reason', errors: error.problems }]);
      return;
    }
    if (!error) {
      form.resetFields();
      onClose();
      onChanged();
    }
  };
  return (
    <Modal
      open={contract !== null}
      title={contract ? `退回合同：${contract.title}` : '退回合同'}
      okText="退回"
      okButtonProps={{ danger: true, loading: state.fetching }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label="退回原因"
          rules={[
            { required: true, whitespace: true, message: '请填写退回原因' },
            { max: 500, message: '不超过 500 字' },
          ]}
        >
          <Input.TextArea rows={4} placeholder="例如：成交额与合同文本不一致，请核对后重新提交" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
