import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/index.js';
import { codeOf, PASSWORD, registerMember } from '../testing/fixtures.js';
import { redisAnswers, TEST_REDIS_URL, withEnv } from './test-support.js';

const redisUp = await redisAnswers();
const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

const login = async (app: TestApp, email: string, password: string) => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } | null; errors?: any[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
};

describe.each([
  ['memory', true, undefined],
  ['redis', redisUp, TEST_REDIS_URL],
] as const)('login throttling (%s store)', (_name, available, redisUrl) => {
  let app: TestApp;
  beforeAll(async () => {
    if (available) {
      app = await withEnv(
        { REDIS_URL: redisUrl, LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_ADDRESS: '12' },
        () => startTestApp(inject('databaseServerUrl')),
      );
    }
  });
  afterAll(() => app?.stop());

  it.skipIf(!available)(
    'locks an account after repeated failures, even for the right password, and says when to retry',
    async () => {
      const victim = await registerMember(app, 'ENTERPRISE');
      for (let i = 0; i < 5; i++) {
        expect(codeOf(await login(app, victim.email, `wrong-${i}`))).toBe('UNAUTHENTICATED');
      }
      const locked = await login(app, victim.email.toUpperCase(), PASSWORD);
      expect(codeOf(locked)).toBe('RATE_LIMITED');
      expect(locked.status).toBe(429);
      const retry = locked.errors![0].extensions.retryAfterSeconds;
      expect(retry).toBeGreaterThan(60);
      expect(retry).toBeLessThanOrEqual(900);
      expect(locked.retryAfter).toBe(String(retry));
      expect(locked.data ?? null).toBeNull();
    },
  );

  it.skipIf(!available)(
    "clears an account's count on success and limits one address across accounts",
    async () => {
      const member = await registerMember(app, 'UNIVERSITY');
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 3; i++) {
          expect(codeOf(await login(app, member.email, 'nope'))).toBe('UNAUTHENTICATED');
        }
        expect((await login(app, member.email, PASSWORD)).data?.login.token).toEqual(expect.any(String));
      }
      // 5 + 6 failures so far from this address; guessing at fresh accounts hits the address limit (12).
      const results = [];
      for (let i = 0; i < 3; i++) {
        results.push(codeOf(await login(app, `nobody${i}@test.local`, 'guess')));
      }
      expect(results).toEqual(['UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
      expect(codeOf(await login(app, member.email, PASSWORD))).toBe('RATE_LIMITED');
    },
  );
});
