import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toAppError } from './errors';

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

  it('treats unknown codes as internal errors and a missing response as a network error', () => {
    expect(toAppError(failure('SOMETHING_ELSE')).code).toBe('INTERNAL_SERVER_ERROR');
    expect(toAppError(new CombinedError({ networkError: new Error('offline') })).code).toBe('NETWORK');
  });
});
