import { Col, Form, Input, Row, Select } from 'antd';

/** Keywords as tags: typed and separated by commas, 、 or spaces. */
export function KeywordsField() {
  return (
    <Form.Item
      name="keywords"
      label="关键词"
      extra="输入后按回车，或用逗号、顿号分隔；最多 20 个"
      rules={[{ type: 'array', max: 20, message: '关键词不能超过 20 个' }]}
    >
      <Select
        mode="tags"
        tokenSeparators={[',', '，', '、', ' ']}
        open={false}
        suffixIcon={null}
        placeholder="例如：冷榨、酸价"
      />
    </Form.Item>
  );
}

/** Contacts and confidential detail: shown only to the bureau and, after mutual interest, the counterpart. */
export function ContactFields() {
  return (
    <fieldset className="form-section">
      <legend>联系方式与保密详情（仅科技局及确认对接意向的对方可见）</legend>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label="联系人" rules={[{ max: 50, message: '不超过 50 字' }]}>
            <Input autoComplete="name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label="联系电话" rules={[{ max: 50, message: '不超过 50 字' }]}>
            <Input autoComplete="tel" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactEmail"
            label="联系邮箱"
            rules={[{ type: 'email', message: '邮箱格式不正确' }]}
          >
            <Input autoComplete="email" inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="confidentialDetail"
        label="保密详情"
        rules={[{ max: 5000, message: '不超过 5000 字' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </fieldset>
  );
}

/** Empty strings from cleared inputs become null, as the API expects for optional text. */
export const blankToNull = (value: string | null | undefined) => {
  const text = value?.trim() ?? '';
  return text.length > 0 ? text : null;
};
