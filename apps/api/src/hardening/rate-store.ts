import { Redis } from 'ioredis';

/** What a fixed-window counter holds now. */
export interface WindowState {
  /** Units used in the current window (after this call, when it was allowed). */
  used: number;
  /** Milliseconds until the window resets (0 when no window is open). */
  resetInMs: number;
}

export interface ConsumeResult extends WindowState {
  allowed: boolean;
}

/**
 * Fixed-window counters shared by every process that points at the same store. `consume` is atomic:
 * it adds `amount` only when the total stays within `limit`, so a refused request costs nothing.
 */
export interface RateStore {
  readonly kind: 'redis' | 'memory';
  consume(key: string, amount: number, limit: number, windowMs: number): Promise<ConsumeResult>;
  peek(key: string): Promise<WindowState>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

interface Window {
  used: number;
  resetsAt: number;
}

/** One process's counters: right for a single instance and for tests; lost on restart. */
export class MemoryRateStore implements RateStore {
  readonly kind = 'memory';
  private readonly windows = new Map<string, Window>();
  private sweeps = 0;

  async consume(key: string, amount: number, limit: number, windowMs: number): Promise<ConsumeResult> {
    const now = Date.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { used: 0, resetsAt: now + windowMs };
      this.windows.set(key, window);
    }
    const allowed = window.used + amount <= limit;
    if (allowed) {
      window.used += amount;
    }
    return { allowed, used: window.used, resetInMs: window.resetsAt - now };
  }

  async peek(key: string): Promise<WindowState> {
    const now = Date.now();
    const window = this.windows.get(key);
    return window && window.resetsAt > now
      ? { used: window.used, resetInMs: window.resetsAt - now }
      : { used: 0, resetInMs: 0 };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  /** Drops expired windows now and then so many one-off addresses cannot grow the map without end. */
  private sweep(now: number) {
    if (++this.sweeps % 1000 !== 0) {
      return;
    }
    for (const [key, window] of this.windows) {
      if (window.resetsAt <= now) {
        this.windows.delete(key);
      }
    }
  }
}

const CONSUME = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local ttl = redis.call('PTTL', KEYS[1])
local amount = tonumber(ARGV[1])
if used + amount > tonumber(ARGV[2]) then
  if ttl < 0 then ttl = 0 end
  return {0, used, ttl}
end
used = redis.call('INCRBY', KEYS[1], amount)
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  ttl = tonumber(ARGV[3])
end
return {1, used, ttl}
`;

type RedisWithConsume = Redis & {
  ttpConsume(key: string, amount: number, limit: number, windowMs: number): Promise<[number, number, number]>;
};

/**
 * Counters in Redis, so every API process shares one budget. When Redis cannot be reached the
 * calls fall back to this process's memory (and say so once) rather than refusing everyone: the
 * limits stay per process during the outage instead of failing open or closed.
 */
export class RedisRateStore implements RateStore {
  readonly kind = 'redis';
  private readonly redis: RedisWithConsume;
  private readonly fallback = new MemoryRateStore();
  private degraded = false;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly warn: (message: string) => void,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 500,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    }) as RedisWithConsume;
    this.redis.defineCommand('ttpConsume', { numberOfKeys: 1, lua: CONSUME });
    this.redis.on('error', (error: Error) => this.markDegraded(error));
    this.redis.on('ready', () => {
      if (this.degraded) {
        this.degraded = false;
        this.warn('rate limits: Redis is back; shared counters resume');
      }
    });
  }

  async consume(key: string, amount: number, limit: number, windowMs: number): Promise<ConsumeResult> {
    try {
      const [allowed, used, ttl] = await this.redis.ttpConsume(this.prefix + key, amount, limit, windowMs);
      return { allowed: allowed === 1, used: Number(used), resetInMs: Math.max(0, Number(ttl)) };
    } catch (error) {
      this.markDegraded(error as Error);
      return this.fallback.consume(key, amount, limit, windowMs);
    }
  }

  async peek(key: string): Promise<WindowState> {
    try {
      const [used, ttl] = await Promise.all([
        this.redis.get(this.prefix + key),
        this.redis.pttl(this.prefix + key),
      ]);
      return used === null ? { used: 0, resetInMs: 0 } : { used: Number(used), resetInMs: Math.max(0, ttl) };
    } catch (error) {
      this.markDegraded(error as Error);
      return this.fallback.peek(key);
    }
  }

  async reset(key: string): Promise<void> {
    await this.fallback.reset(key);
    try {
      await this.redis.del(this.prefix + key);
    } catch (error) {
      this.markDegraded(error as Error);
    }
  }

  async close(): Promise<void> {
    await this.fallback.close();
    this.redis.disconnect();
  }

  private markDegraded(error: Error) {
    if (!this.degraded) {
      this.degraded = true;
      this.warn(
        `rate limits: Redis unavailable (${error.message}); using this process's memory until it returns`,
      );
    }
  }
}

/** Redis when a URL is given, this process's memory otherwise. */
export function createRateStore(
  redisUrl: string | undefined,
  keyPrefix: string,
  warn: (message: string) => void,
): RateStore {
  return redisUrl ? new RedisRateStore(redisUrl, keyPrefix, warn) : new MemoryRateStore();
}
