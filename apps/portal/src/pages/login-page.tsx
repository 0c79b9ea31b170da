import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { toAppError } from '../lib/errors';
import { useSession } from '../features/session/session';

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

interface LoginValues {
  email: string;
  password: string;
}

export function LoginPage() {
  const [state, login] = useMutation(LoginDocument);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: LoginValues) => {
    setFailure(null);
    const result = await login({ email: values.email.trim(), password: values.password });
    if (result.data) {
      signIn(result.data.login.token);
      navigate(params.get('next') ?? '/', { replace: true });
      return;
    }
    if (result.error) {
      const error = toAppError(result.error);
      setFailure(error.code === 'UNAUTHENTICATED' ? '邮箱或密码不正确' : error.message);
    }
  };

  return (
    <div className="auth-page">
      <Card className="auth-card">
        <Typography.Title level={3}>登录鹤城区双高对接平台</Typography.Title>
        <Typography.Paragraph type="secondary">
          企业、高校院所、科技局工作人员与专家共用一个入口。
        </Typography.Paragraph>
        <Form<LoginValues> layout="vertical" onFinish={submit} requiredMark={false} name="login">
          {failure && <Alert type="error" showIcon title={failure} className="form-alert" role="alert" />}
          <Form.Item
            name="email"
            label="邮箱"
            rules={[
              { required: true, message: '请输入邮箱' },
              { type: 'email', message: '邮箱格式不正确' },
            ]}
          >
            <Input autoComplete="username" inputMode="email" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={state.fetching}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph className="auth-card__footer">
          还没有账号？<Link to="/register">注册企业或高校院所账号</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
