import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { APP_ERROR_CODES } from './errors.js';
import type { Logger } from './services.js';

/** Apollo's request-level codes: parse, validation and variable coercion failures. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Expected failures keep their message and code; anything else becomes INTERNAL_SERVER_ERROR with a
 * reference the logs can be searched for, and never a stack, SQL text or file path.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const expected =
      original instanceof GraphQLError &&
      !(original.originalError && !(original.originalError instanceof GraphQLError)) &&
      typeof code === 'string' &&
      code !== 'INTERNAL_SERVER_ERROR' &&
      (APP_ERROR_CODES.has(code) || REQUEST_CODES.has(code));
    if (expected) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const reference = randomUUID();
    log.error('unexpected error', {
      reference,
      path: formatted.path?.join('.'),
      error: original instanceof Error ? (original.stack ?? original.message) : String(original),
    });
    return {
      message: `服务器内部错误（参考编号 ${reference}）`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
    };
  };
}
