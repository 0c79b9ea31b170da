import type { CombinedError } from '@urql/core';

/** The codes the API raises (see the contract); anything else is treated as INTERNAL_SERVER_ERROR. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

export interface AppError {
  code: ErrorCode;
  /** The server's message for BAD_USER_INPUT (meant for the form); otherwise the portal's own text. */
  message: string;
  /** BAD_USER_INPUT: every problem the server listed, and the field it named, if any. */
  problems: string[];
  field: string | null;
  /**
   * The server's own words for FORBIDDEN, NOT_FOUND and CONFLICT (it writes them for users, e.g.
   * "该合同已被他人更新，请刷新后重试"); shown instead of the portal's text when there is one.
   */
  detail: string | null;
}

/** Codes whose server message is meant for the user (the rest are masked or too technical). */
const TOLD_BY_SERVER = new Set<ErrorCode>(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

const TEXT: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '登录已失效或尚未登录，请先登录。',
  FORBIDDEN: '您没有权限查看或执行此操作。',
  BAD_USER_INPUT: '填写的内容有误，请检查后重试。',
  NOT_FOUND: '要找的内容不存在，或您无权查看。',
  CONFLICT: '内容已被他人修改或状态已变化，请刷新后重试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  NETWORK: '无法连接服务器，请检查网络后重试。',
  INTERNAL_SERVER_ERROR: '服务器出了点问题，请稍后再试。',
};

/** Reads the first GraphQL error's `extensions.code`; never the message text. */
export function toAppError(error: CombinedError): AppError {
  const first = error.graphQLErrors[0];
  if (!first) {
    return { code: 'NETWORK', message: TEXT.NETWORK, problems: [], field: null, detail: null };
  }
  const raw = first.extensions?.code;
  const code: ErrorCode =
    typeof raw === 'string' && KNOWN.has(raw) ? (raw as ErrorCode) : 'INTERNAL_SERVER_ERROR';
  if (code === 'BAD_USER_INPUT') {
    const problems = Array.isArray(first.extensions?.problems)
      ? (first.extensions.problems as unknown[]).map(String)
      : [first.message];
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
    return { code, message: first.message, problems, field, detail: null };
  }
  const detail = TOLD_BY_SERVER.has(code) && first.message.trim() ? first.message.trim() : null;
  return { code, message: TEXT[code], problems: [], field: null, detail };
}

/** What to tell the user: the server's words where it has any for them, else the portal's text. */
export const userText = (error: AppError) => error.detail ?? error.message;

export const errorText = (code: ErrorCode) => TEXT[code];
