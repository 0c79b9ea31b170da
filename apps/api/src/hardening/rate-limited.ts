import { HeaderMap } from '@apollo/server';
import { appError } from '../errors.js';

/** RATE_LIMITED with when to come back, as `extensions.retryAfterSeconds` and a Retry-After header. */
export function rateLimited(message: string, resetInMs: number, extensions: Record<string, unknown> = {}) {
  const retryAfterSeconds = Math.max(1, Math.ceil(resetInMs / 1000));
  return appError('RATE_LIMITED', message, {
    ...extensions,
    retryAfterSeconds,
    // Apollo turns `http` into the response's status and headers and leaves it out of the body.
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  });
}
