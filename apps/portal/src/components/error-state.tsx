import type { CombinedError } from '@urql/core';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { toAppError, userText } from '../lib/errors';
import { useSession } from '../features/session/session';

/** A failed query, with the one action that helps for its code (chosen by extensions.code). */
export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const appError = toAppError(error);
  const navigate = useNavigate();
  const { signOut } = useSession();
  switch (appError.code) {
    case 'UNAUTHENTICATED':
      return (
        <Result
          status="warning"
          title="请先登录"
          subTitle={appError.message}
          extra={
            <Button
              type="primary"
              onClick={() => {
                signOut();
                navigate('/login');
              }}
            >
              去登录
            </Button>
          }
        />
      );
    case 'FORBIDDEN':
      return (
        <Result
          status="403"
          title="无权访问"
          subTitle={userText(appError)}
          extra={<Button onClick={() => navigate('/')}>返回首页</Button>}
        />
      );
    case 'NOT_FOUND':
      return (
        <Result
          status="404"
          title="未找到"
          subTitle={userText(appError)}
          extra={<Button onClick={() => navigate('/')}>返回首页</Button>}
        />
      );
    case 'CONFLICT':
      return (
        <Result
          status="warning"
          title="内容已变化"
          subTitle={userText(appError)}
          extra={
            <Button type="primary" onClick={onRetry}>
              刷新
            </Button>
          }
        />
      );
    case 'BAD_USER_INPUT':
      return <Result status="warning" title="请求有误" subTitle={appError.message} />;
    default:
      return (
        <Result
          status="error"
          title="加载失败"
          subTitle={appError.message}
          extra={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
        />
      );
  }
}
