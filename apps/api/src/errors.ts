import { GraphQLError } from 'graphql';

/** The codes the project raises itself (see the contract). */
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export const APP_ERROR_CODES: ReadonlySet<string> = new Set<AppErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

export function appError(code: AppErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = '请先登录') => appError('UNAUTHENTICATED', message);
export const forbidden = (message = '无权执行此操作') => appError('FORBIDDEN', message);
export const notFound = (what: string) => appError('NOT_FOUND', `${what}不存在`);
export const conflict = (message: string) => appError('CONFLICT', message);
export const badInput = (message: string, extensions: Record<string, unknown> = {}) =>
  appError('BAD_USER_INPUT', message, extensions);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing (and must not reach SQL as a cast error). */
export const isUuid = (id: string) => UUID.test(id);
