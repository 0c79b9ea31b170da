import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import type { IndustryChain, TechContractFieldsFragment, TechContractType } from '../../gql/graphql';
import { CHAIN_LABELS, CONTRACT_TYPE_LABELS, optionsOf } from '../../lib/labels';
import { useActionFeedback } from '../../lib/use-action';
import { OrganizationsDocument, RegisterTechContractDocument, SubmitTechContractDocument } from './documents';

interface ContractValues {
  title: string;
  type: TechContractType;
  amountWan: string;
  signedOn: Dayjs;
  buyerId?: string;
  sellerId?: string;
  industryChain?: IndustryChain;
}

/** 万元 with at most two decimals, as the API's exact decimal string. */
export const AMOUNT_PATTERN = /^\d{1,9}(\.\d{1,2})?$/;

/**
 * Registers a technology contract (the bureau: confirmed at once) or submits one for confirmation (a
 * party). From a match the parties come from the match; without one the bureau names them. A party
 * may resubmit a contract the bureau returned: the form starts from it and a new submission is made
 * (the API keeps the returned one as it was).
 */
export function ContractDialog({
  open,
  matchId: matchIdProp,
  defaultTitle,
  bureau,
  resubmitting = null,
  onClose,
  onDone,
}: {
  open: boolean;
  matchId?: string;
  defaultTitle?: string;
  bureau: boolean;
  /** A returned contract to correct and submit again. */
  resubmitting?: TechContractFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<ContractValues>();
  const matchId = resubmitting ? resubmitting.match?.id : matchIdProp;
  const [registered, register] = useMutation(RegisterTechContractDocument);
  const [submitted, submit] = useMutation(SubmitTechContractDocument);
  const [organizations] = useQuery({ query: OrganizationsDocument, pause: !open || Boolean(matchId) });
  const feedback = useActionFeedback();
  const orgs = organizations.data?.organizations ?? [];
  const finish = async (values: ContractValues) => {
    const input = {
      title: values.title.trim(),
      type: values.type,
      amountWan: values.amountWan.trim(),
      signedOn: values.signedOn.format('YYYY-MM-DD'),
      ...(matchId
        ? { matchId }
        : { buyerId: values.buyerId, sellerId: values.sellerId, industryChain: values.industryChain }),
      ...(resubmitting?.challengeId ? { challengeId: resubmitting.challengeId } : {}),
    };
    const result = bureau ? await register({ input }) : await submit({ input });
    const error = feedback(
      result,
      bureau ? '合同已登记' : resubmitting ? '合同已重新提交，等待科技局确认' : '合同已提交，等待科技局确认',
      {
        form: true,
        onRefresh: onDone,
      },
    );
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([
        { name: (error.field as keyof ContractValues | null) ?? 'title', errors: error.problems },
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
      title={bureau ? '登记技术合同' : resubmitting ? `重新提交：${resubmitting.title}` : '提交技术合同'}
      okText={bureau ? '登记' : resubmitting ? '重新提交' : '提交'}
      cancelText="取消"
      okButtonProps={{ loading: registered.fetching || submitted.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="contract"
        layout="vertical"
        onFinish={finish}
        initialValues={
          resubmitting
            ? {
                title: resubmitting.title,
                type: resubmitting.type,
                amountWan: resubmitting.amountWan,
                signedOn: dayjs(resubmitting.signedOn),
                buyerId: resubmitting.buyer.id,
                sellerId: resubmitting.seller.id,
                industryChain: resubmitting.industryChain,
              }
            : { title: defaultTitle, type: 'LICENSE', signedOn: dayjs() }
        }
      >
        {resubmitting?.rejectReason && (
          <Alert
            className="page-alert"
            type="warning"
            showIcon
            title={`退回原因：${resubmitting.rejectReason}`}
            description="请按退回原因修改后重新提交，原合同的退回记录会保留。"
          />
        )}
        <Form.Item
          name="title"
          label="合同名称"
          rules={[{ required: true, whitespace: true, message: '请填写合同名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label="合同类型" rules={[{ required: true, message: '请选择合同类型' }]}>
              <Select options={optionsOf(CONTRACT_TYPE_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="amountWan"
              label="成交额（万元）"
              rules={[
                { required: true, whitespace: true, message: '请填写成交额' },
                { pattern: AMOUNT_PATTERN, message: '请填写金额，最多两位小数，如 120.5' },
              ]}
            >
              <Input inputMode="decimal" placeholder="如 120.5" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="signedOn" label="签订日期" rules={[{ required: true, message: '请选择签订日期' }]}>
          <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
        </Form.Item>
        {!matchId && (
          <>
            <Form.Item
              name="buyerId"
              label="委托方 / 受让方"
              rules={[{ required: true, message: '请选择委托方' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={organizations.fetching}
                options={orgs
                  .filter((org) => org.kind === 'ENTERPRISE')
                  .map((org) => ({ value: org.id, label: org.name }))}
              />
            </Form.Item>
            <Form.Item
              name="sellerId"
              label="受托方 / 转让方"
              rules={[{ required: true, message: '请选择受托方' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={organizations.fetching}
                options={orgs
                  .filter((org) => org.kind === 'UNIVERSITY' || org.kind === 'INSTITUTE')
                  .map((org) => ({ value: org.id, label: org.name }))}
              />
            </Form.Item>
            <Form.Item
              name="industryChain"
              label="产业链"
              rules={[{ required: true, message: '请选择产业链' }]}
            >
              <Select options={optionsOf(CHAIN_LABELS)} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
