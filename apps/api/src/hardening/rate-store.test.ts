import { describe, expect, it } from 'vitest';
import { MemoryRateStore, RedisRateStore, type RateStore } from './rate-store.js';
import { redisAnswers, TEST_REDIS_URL } from './test-support.js';

const redisUp = await redisAnswers();
const prefix = `ttp:rl:test:${Math.random().toString(36).slice(2)}:`;
const stores: [string, boolean, () => RateStore][] = [
  ['memory', true, () => new MemoryRateStore()],
  ['redis', redisUp, () => new RedisRateStore(TEST_REDIS_URL, prefix, () => undefined)],
];

describe.each(stores)('the %s rate store', (_name, available, make) => {
  it.skipIf(!available)(
    'adds within the limit, refuses past it without charging, and resets with the window',
    async () => {
      const store = make();
      try {
        expect(await store.consume('k', 60, 100, 300)).toMatchObject({ allowed: true, used: 60 });
        const refused = await store.consume('k', 50, 100, 300);
        expect(refused).toMatchObject({ allowed: false, used: 60 });
        expect(refused.resetInMs).toBeGreaterThan(0);
        expect(refused.resetInMs).toBeLessThanOrEqual(300);
        expect(await store.consume('k', 40, 100, 300)).toMatchObject({ allowed: true, used: 100 });
        expect((await store.peek('k')).used).toBe(100);
        await new Promise((resolve) => setTimeout(resolve, 350));
        expect(await store.peek('k')).toEqual({ used: 0, resetInMs: 0 });
        expect(await store.consume('k', 50, 100, 300)).toMatchObject({ allowed: true, used: 50 });
        await store.reset('k');
        expect((await store.peek('k')).used).toBe(0);
      } finally {
        await store.close();
      }
    },
  );

  it.skipIf(!available)('keeps keys apart and counts concurrent consumers exactly', async () => {
    const store = make();
    try {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.consume('c', 1, 30, 5000)));
      expect(results.filter((r) => r.allowed)).toHaveLength(30);
      expect((await store.peek('other')).used).toBe(0);
    } finally {
      await store.reset('c');
      await store.close();
    }
  });
});

describe('the Redis store when Redis is gone', () => {
  it('falls back to memory and says so once, instead of failing requests', async () => {
    const warnings: string[] = [];
    const store = new RedisRateStore('redis://127.0.0.1:1', prefix, (message) => warnings.push(message));
    try {
      expect(await store.consume('k', 1, 2, 1000)).toMatchObject({ allowed: true, used: 1 });
      expect(await store.consume('k', 2, 2, 1000)).toMatchObject({ allowed: false, used: 1 });
      expect(warnings.length).toBeGreaterThanOrEqual(1);
      expect(warnings.filter((w) => w.includes('unavailable'))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
