import { createHash } from 'node:crypto';
import { currentRequestScope } from './request-scope.js';
import { rateLimited } from './rate-limited.js';
import type { RateStore } from './rate-store.js';

export interface LoginThrottleOptions {
  /** Failed sign-ins one account may take in a window before it is refused until the window ends. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins one address may make in a window (a guesser spreading over many accounts). */
  maxFailuresPerAddress: number;
  windowMs: number;
}

/** One sign-in attempt that passed the throttle; report how it ended. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

const NO_THROTTLE: LoginAttempt = { failed: async () => undefined, succeeded: async () => undefined };

const accountKey = (email: string) =>
  `login:account:${createHash('sha256').update(email).digest('hex').slice(0, 32)}`;
const addressKey = (address: string) => `login:address:${address}`;

/**
 * Counts failed sign-ins per account and per address (OWASP's authentication cheat sheet). Past a
 * limit, attempts are refused with RATE_LIMITED before the password is even checked, so a guesser
 * learns nothing more until the window ends. A success clears the account's count, not the address's.
 */
export class LoginThrottle {
  constructor(
    private readonly store: RateStore,
    private readonly options: LoginThrottleOptions,
  ) {}

  async begin(email: string, address: string): Promise<LoginAttempt> {
    const [account, client] = await Promise.all([
      this.store.peek(accountKey(email)),
      this.store.peek(addressKey(address)),
    ]);
    const blocked = [
      account.used >= this.options.maxFailuresPerAccount ? account.resetInMs : 0,
      client.used >= this.options.maxFailuresPerAddress ? client.resetInMs : 0,
    ];
    const wait = Math.max(...blocked);
    if (wait > 0) {
      throw rateLimited('登录失败次数过多，请稍后再试', wait);
    }
    const { windowMs } = this.options;
    return {
      failed: async () => {
        await Promise.all([
          this.store.consume(accountKey(email), 1, Number.MAX_SAFE_INTEGER, windowMs),
          this.store.consume(addressKey(address), 1, Number.MAX_SAFE_INTEGER, windowMs),
        ]);
      },
      succeeded: () => this.store.reset(accountKey(email)),
    };
  }
}

/**
 * The throttle for the HTTP request being served; outside a request (a script, an in-process
 * executeOperation) there is no address to count and no one guessing, so nothing is counted.
 */
export function beginLoginAttempt(email: string): Promise<LoginAttempt> {
  const scope = currentRequestScope();
  return scope ? scope.loginThrottle.begin(email, scope.clientAddress) : Promise.resolve(NO_THROTTLE);
}
