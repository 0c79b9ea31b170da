import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toAppError, userText } from './errors';

const failure = (
  code: string | undefined,
  message = 'server text',
  extensions: Record<string, unknown> = {},
) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { ...extensions, code } })] });

describe('toAppError', () => {
  it('branches on extensions.code, not on the message', () => {
    expect(toAppError(failure('FORBIDDEN', '请先登录')).code).toBe('FORBIDDEN');
    expect(toAppError(failure('CONFLICT')).message).toContain('刷新');
  });

  it('keeps the server message and problems of BAD_USER_INPUT for the form', () => {
    const error = toAppError(
      failure('BAD_USER_INPUT', '标题不能为空；预算不能为负数', {
        problems: ['标题不能为空', '预算不能为负数'],
        field: 'title',
      }),
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
      problems: ['标题不能为空', '预算不能为负数'],
    });
  });

  it("tells the user the server's words for FORBIDDEN, NOT_FOUND and CONFLICT, never for internal errors", () => {
    expect(userText(toAppError(failure('CONFLICT', '该合同已被他人更新，请刷新后重试')))).toBe(
      '该合同已被他人更新，请刷新后重试',
    );
    expect(userText(toAppError(failure('NOT_FOUND', '对接活动不存在')))).toBe('对接活动不存在');
    expect(userText(toAppError(failure('CONFLICT', '  ')))).toContain('刷新');
    expect(userText(toAppError(failure('INTERNAL_SERVER_ERROR', 'Unexpected error.')))).toBe(
      '服务器出了点问题，请稍后再试。',
    );
  });

  it('treats unknown codes as internal errors and a missing response as a network error', () => {
    expect(toAppError(failure('SOMETHING_ELSE')).code).toBe('INTERNAL_SERVER_ERROR');
    expect(toAppError(new CombinedError({ networkError: new Error('offline') })).code).toBe('NETWORK');
  });
});
