import type { CombinedError } from '@urql/core';
import { App } from 'antd';
import { toAppError, userText, type AppError } from './errors';

/**
 * Reports the outcome of a mutation the same way everywhere: success as a message, CONFLICT with a
 * refresh (in the server's words when it gave any), UNAUTHENTICATED with a sign-in hint, BAD_USER_INPUT
 * returned for a form to show beside its fields (or shown as a message when there is no form).
 */
export function useActionFeedback() {
  const { message, modal } = App.useApp();
  return (
    result: { error?: CombinedError },
    success: string,
    options: { onRefresh?: () => void; form?: boolean } = {},
  ): AppError | null => {
    if (!result.error) {
      void message.success(success);
      return null;
    }
    const error = toAppError(result.error);
    if (error.code === 'CONFLICT') {
      modal.confirm({
        title: '内容已变化',
        content: userText(error),
        okText: '刷新',
        cancelText: '取消',
        onOk: () => options.onRefresh?.(),
      });
    } else if (error.code !== 'BAD_USER_INPUT' || !options.form) {
      void message.error(userText(error));
    }
    return error;
  };
}
