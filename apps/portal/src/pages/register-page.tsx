import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { RegistrableOrganizationKind } from '../gql/graphql';
import { toAppError } from '../lib/errors';
import { useSession } from '../features/session/session';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      token
    }
  }
`);

interface RegisterValues {
  organizationKind: RegistrableOrganizationKind;
  organizationName: string;
  displayName: string;
  email: string;
  password: string;
  confirm: string;
}

const FIELDS = new Set(['email', 'password', 'displayName', 'organizationName', 'organizationKind']);

export function RegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const [state, register] = useMutation(RegisterDocument);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ confirm: _confirm, ...values }: RegisterValues) => {
    setFailure(null);
    const result = await register({
      input: { ...values, email: values.email.trim(), organizationName: values.organizationName.trim() },
    });
    if (result.data) {
      signIn(result.data.register.token);
      navigate('/', { replace: true });
      return;
    }
    if (result.error) {
      const error = toAppError(result.error);
      if (error.code === 'BAD_USER_INPUT' && error.field && FIELDS.has(error.field)) {
        form.setFields([{ name: error.field as keyof RegisterValues, errors: error.problems }]);
      } else if (error.code === 'CONFLICT' || error.code === 'BAD_USER_INPUT') {
        // The server's CONFLICT text says which: the e-mail is taken, or the organisation is of another kind.
        setFailure(result.error.graphQLErrors[0]?.message ?? error.message);
      } else {
        setFailure(error.message);
      }
    }
  };

  return (
    <div className="auth-page">
      <Card className="auth-card auth-card--wide">
        <Typography.Title level={3}>注册账号</Typography.Title>
        <Alert
          type="info"
          showIcon
          className="form-alert"
          title="关于组织成员资格"
          description={
            <>
              填写的组织在平台上还没有登记时，系统会为您新建该组织，您是它的第一位成员，可以直接发布需求或成果，组织由科技局认证。
              组织已经登记时，您的成员资格为“待审核”，由科技局或该组织已通过审核的成员批准；批准前您只能浏览公开信息。
            </>
          }
        />
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          name="register"
          initialValues={{ organizationKind: 'ENTERPRISE' }}
        >
          {failure && <Alert type="error" showIcon title={failure} className="form-alert" role="alert" />}
          <Form.Item
            name="organizationKind"
            label="组织类型"
            rules={[{ required: true, message: '请选择组织类型' }]}
          >
            <Radio.Group
              options={[
                { value: 'ENTERPRISE', label: '企业' },
                { value: 'UNIVERSITY', label: '高校' },
                { value: 'INSTITUTE', label: '科研院所' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="organizationName"
            label="组织全称"
            rules={[
              { required: true, whitespace: true, message: '请输入组织全称' },
              { min: 2, max: 100, message: '2–100 个字符' },
            ]}
          >
            <Input placeholder="例如：怀化某某油茶科技有限公司" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label="您的姓名"
            rules={[
              { required: true, whitespace: true, message: '请输入姓名' },
              { min: 2, max: 50, message: '2–50 个字符' },
            ]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="email"
            label="邮箱"
            rules={[
              { required: true, message: '请输入邮箱' },
              { type: 'email', message: '邮箱格式不正确' },
            ]}
          >
            <Input autoComplete="email" inputMode="email" />
          </Form.Item>
          <Form.Item
            name="password"
            label="密码"
            rules={[
              { required: true, message: '请设置密码' },
              { min: 8, max: 128, message: '密码长度须为 8–128 个字符' },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label="确认密码"
            dependencies={['password']}
            rules={[
              { required: true, message: '请再次输入密码' },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('password') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次输入的密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={state.fetching}>
            注册
          </Button>
        </Form>
        <Typography.Paragraph className="auth-card__footer">
          已有账号？<Link to="/login">去登录</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
