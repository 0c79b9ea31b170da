import type { Env } from '../env.js';
import type { QueryLimits } from './query-cost.js';
import type { QueryBudgets } from './query-limits-plugin.js';
import type { LoginThrottleOptions } from './login-throttle.js';

/** Everything the hardening layer is told; `hardeningConfig(env)` gives the defaults. */
export interface HardeningConfig {
  limits: QueryLimits & { maxTokens: number };
  budgets: QueryBudgets;
  login: LoginThrottleOptions;
  redisUrl?: string;
  keyPrefix: string;
  corsOrigins: string[];
  trustProxy: boolean | number | string;
  bodyLimit: string;
  requestTimeoutMs: number;
}

type HardeningEnv = Pick<
  Env,
  | 'REDIS_URL'
  | 'RATE_LIMIT_KEY_PREFIX'
  | 'CORS_ORIGINS'
  | 'TRUST_PROXY'
  | 'GRAPHQL_MAX_DEPTH'
  | 'GRAPHQL_MAX_ALIASES'
  | 'GRAPHQL_MAX_TOKENS'
  | 'GRAPHQL_MAX_COST'
  | 'GRAPHQL_BODY_LIMIT'
  | 'REQUEST_TIMEOUT_SECONDS'
  | 'RATE_LIMIT_USER_COST_PER_MINUTE'
  | 'RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE'
  | 'LOGIN_MAX_FAILURES_PER_ACCOUNT'
  | 'LOGIN_MAX_FAILURES_PER_ADDRESS'
  | 'LOGIN_WINDOW_SECONDS'
>;

/**
 * Why the defaults are what they are (measured in query-limits.test.ts against the portal's own
 * operations and in `pnpm bench:load`):
 * - depth 10, aliases 30, 3,000 tokens: the portal's deepest operation is 5 levels, it uses no
 *   aliases in bulk, and its longest document is a few hundred tokens; OWASP suggests limits of this order.
 * - cost 5,000 per query: a listing page of 100 with everything the portal shows costs ~400,
 *   100 matches ~300; two nested lists of 100 (10,000+) are refused. `first` is at most 100.
 * - budgets per minute: a portal page costs 50–150, so 20,000 per signed-in user is >100 page loads
 *   a minute, far beyond a person; anonymous visitors are counted per address and many share one
 *   (a fair's Wi-Fi, a university's NAT), so they get 60,000.
 * - login: 10 failures per account and 100 per address in 15 minutes (OWASP: lock out after a few
 *   failures for a while, but not so few that one office behind one address locks itself out).
 * - body 2 MB: 500 realistic import items measure ~0.5 MB (CSL abstracts: 980 B average, the 500
 *   largest 0.68 MB, 0.83 MB if sent \u-escaped), so 2 MB fits them with room; more is refused.
 */
export function hardeningConfig(env: HardeningEnv): HardeningConfig {
  return {
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      maxFirst: 100,
    },
    budgets: {
      userCostPerWindow: env.RATE_LIMIT_USER_COST_PER_MINUTE,
      anonymousCostPerWindow: env.RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE,
      windowMs: 60_000,
    },
    login: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMs: env.LOGIN_WINDOW_SECONDS * 1000,
    },
    redisUrl: env.REDIS_URL,
    keyPrefix: env.RATE_LIMIT_KEY_PREFIX,
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    bodyLimit: env.GRAPHQL_BODY_LIMIT,
    requestTimeoutMs: env.REQUEST_TIMEOUT_SECONDS * 1000,
  };
}

/**
 * The configuration from the environment, for callers that do not pass one. Under NODE_ENV=test each
 * server gets its own counter namespace, so test files sharing one Redis do not share budgets.
 */
export function hardeningConfigFromEnv(env: HardeningEnv & Pick<Env, 'NODE_ENV'>): HardeningConfig {
  const config = hardeningConfig(env);
  return env.NODE_ENV === 'test'
    ? { ...config, keyPrefix: `${config.keyPrefix}test:${Math.random().toString(36).slice(2)}:` }
    : config;
}
