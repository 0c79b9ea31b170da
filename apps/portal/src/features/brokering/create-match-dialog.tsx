import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useActionFeedback } from '../../lib/use-action';
import { AchievementsDocument, DemandsDocument } from '../listings/documents';
import { ProposeMatchDocument } from './documents';

interface Values {
  demandId: string;
  achievementId: string;
  note?: string;
}

/** The bureau pairs a published demand with a published achievement by hand. */
export function CreateMatchDialog({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [demandSearch, setDemandSearch] = useState('');
  const [achievementSearch, setAchievementSearch] = useState('');
  const [demands] = useQuery({
    query: DemandsDocument,
    variables: { first: 30, filter: { status: 'PUBLISHED', text: demandSearch || null } },
    pause: !open,
  });
  const [achievements] = useQuery({
    query: AchievementsDocument,
    variables: { first: 30, filter: { status: 'PUBLISHED', text: achievementSearch || null } },
    pause: !open,
  });
  const [state, propose] = useMutation(ProposeMatchDocument);
  const feedback = useActionFeedback();
  const navigate = useNavigate();
  const finish = async (values: Values) => {
    const result = await propose({
      input: {
        demandId: values.demandId,
        achievementId: values.achievementId,
        note: values.note?.trim() || undefined,
        origin: 'MANUAL',
      },
    });
    const error = feedback(result, '对接已创建，双方会收到通知', { form: true, onRefresh: onDone });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: 'demandId', errors: error.problems }]);
      return;
    }
    if (!error && result.data) {
      form.resetFields();
      onClose();
      onDone();
      navigate(`/matches/${result.data.proposeMatch.id}`);
    }
  };
  return (
    <Modal
      open={open}
      title="手工创建对接"
      okText="创建"
      cancelText="取消"
      okButtonProps={{ loading: state.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} name="create-match" layout="vertical" onFinish={finish}>
        <Form.Item name="demandId" label="技术需求" rules={[{ required: true, message: '请选择需求' }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setDemandSearch }}
            loading={demands.fetching}
            placeholder="输入关键词搜索已发布的需求"
            options={(demands.data?.demands.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.title}（${node.enterprise}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="achievementId" label="待转成果" rules={[{ required: true, message: '请选择成果' }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setAchievementSearch }}
            loading={achievements.fetching}
            placeholder="输入关键词搜索已发布的成果"
            options={(achievements.data?.achievements.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.title}（${node.institution}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label="撮合说明" rules={[{ max: 1000, message: '不超过 1000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
