import { Redis } from 'ioredis';

/** The Redis the tests use: REDIS_URL (CI sets it), else the usual local one. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether that Redis answers; tests of the Redis store are skipped, loudly, when it does not. */
export async function redisAnswers(url = TEST_REDIS_URL): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    console.warn(`\n*** Redis at ${url} does not answer: the Redis-store tests are SKIPPED ***\n`);
    return false;
  } finally {
    redis.disconnect();
  }
}

/** Runs `fn` with these environment variables set, restoring the old values after. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(before);
  }
}
