import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import type { Logger } from '../services.js';
import type { HardeningConfig } from './config.js';
import { LoginThrottle } from './login-throttle.js';
import { queryLimitsPlugin } from './query-limits-plugin.js';
import { createRateStore, type RateStore } from './rate-store.js';

export { hardeningConfig, hardeningConfigFromEnv, type HardeningConfig } from './config.js';
export { cors, hsts, jsonErrorHandler, responseTimeout, securityHeaders } from './http-security.js';
export { requestScopeMiddleware } from './request-scope.js';
export { tokenLimit } from './token-limit.js';
export { beginLoginAttempt } from './login-throttle.js';

export interface Hardening {
  config: HardeningConfig;
  store: RateStore;
  loginThrottle: LoginThrottle;
  plugin: ApolloServerPlugin<Context>;
  close(): Promise<void>;
}

/** The shared pieces: one counter store (Redis or memory), the login throttle and the query limits. */
export function createHardening(config: HardeningConfig, log: Logger): Hardening {
  const store = createRateStore(config.redisUrl, config.keyPrefix, (message) => log.warn(message));
  return {
    config,
    store,
    loginThrottle: new LoginThrottle(store, config.login),
    plugin: queryLimitsPlugin({ ...config.limits, budgets: config.budgets, store }),
    close: () => store.close(),
  };
}
