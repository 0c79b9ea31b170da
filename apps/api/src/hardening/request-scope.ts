import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { LoginThrottle } from './login-throttle.js';

/** What the hardening pieces need to know about the HTTP request being served. */
export interface RequestScope {
  /** The client's address (`req.ip`, so it honours TRUST_PROXY). */
  clientAddress: string;
  loginThrottle: LoginThrottle;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs the rest of the request inside its scope. */
export function requestScopeMiddleware(loginThrottle: LoginThrottle): RequestHandler {
  return (req, _res, next) => {
    const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    storage.run({ clientAddress, loginThrottle }, next);
  };
}

/** The scope of the HTTP request being served, or undefined outside one (scripts, executeOperation). */
export const currentRequestScope = (): RequestScope | undefined => storage.getStore();
