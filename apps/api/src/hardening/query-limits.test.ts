import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/index.js';
import { ADMIN, codeOf, registerMember } from '../testing/fixtures.js';
import { redisAnswers, TEST_REDIS_URL, withEnv } from './test-support.js';

const redisUp = await redisAnswers();

/** Small limits so each one is easy to cross; the defaults are checked against the portal elsewhere. */
const SMALL = {
  GRAPHQL_MAX_DEPTH: '6',
  GRAPHQL_MAX_ALIASES: '3',
  GRAPHQL_MAX_TOKENS: '200',
  GRAPHQL_MAX_COST: '500',
  RATE_LIMIT_USER_COST_PER_MINUTE: '1000',
  RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE: '2000',
};

const post = (app: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

const PAGE_OF_100 = '{ achievements(first: 100) { edges { node { id organization { name } } } } }'; // 1 + 100 × 3

describe('limits before execution', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await withEnv({ ...SMALL, REDIS_URL: undefined }, () =>
      startTestApp(inject('databaseServerUrl'), { adminEmail: ADMIN.email, adminPassword: ADMIN.password }),
    );
  });
  afterAll(() => app?.stop());

  it('counts depth, aliases, tokens, cost and first, refusing each with its own numbers', async () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['aliases', '{ a: me { id } b: me { id } c: me { id } d: me { id } }', { aliases: 4, maxAliases: 3 }],
      ['tokens', `{ me { id ${'email '.repeat(250)} } }`, { maxTokens: 200 }],
      [
        'cost',
        `{ a: ${PAGE_OF_100.slice(2, -2)} b: ${PAGE_OF_100.slice(2, -2)} }`,
        { cost: 602, maxCost: 500 },
      ],
      ['first', '{ achievements(first: 101) { totalCount } }', { field: 'achievements', maxFirst: 100 }],
      [
        'first',
        '{ matchesForDemand(demandId: "00000000-0000-0000-0000-000000000000", first: 1000) { score } }',
        { maxFirst: 100 },
      ],
    ];
    for (const [limit, query, numbers] of cases) {
      const response = await post(app, query);
      const body = (await response.json()) as {
        data?: unknown;
        errors: { extensions: Record<string, unknown> }[];
      };
      expect(response.status, limit).toBe(400);
      expect(body.data, limit).toBeUndefined();
      expect(body.errors[0]!.extensions, limit).toMatchObject({ code: 'BAD_USER_INPUT', limit, ...numbers });
      expect(JSON.stringify(body)).not.toContain('http');
    }
  });

  it('reads `first` from the variables', async () => {
    const response = await post(
      app,
      'query($n: Int!) { achievements(first: $n) { edges { node { id organization { id name } } } } }',
      { n: 100 },
    );
    expect(response.status).toBe(200);
    const over = await post(app, 'query($n: Int!) { achievements(first: $n) { edges { node { id } } } }', {
      n: 500,
    });
    expect(over.status).toBe(400);
    expect(((await over.json()) as any).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'first',
      cost: expect.any(Number),
    });
  });
});

describe('the depth limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await withEnv({ GRAPHQL_MAX_DEPTH: '4', REDIS_URL: undefined }, () =>
      startTestApp(inject('databaseServerUrl')),
    );
  });
  afterAll(() => app?.stop());

  it('refuses depth 5 with the depth and the cost', async () => {
    const response = await post(app, '{ achievements { edges { node { organization { name } } } } }');
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'depth',
      depth: 5,
      maxDepth: 4,
      cost: 1 + 20 * 3,
      maxCost: 5000,
    });
    expect((await post(app, '{ achievements { edges { node { id } } } }')).status).toBe(200);
  });
});

const stores: [string, boolean, string | undefined][] = [
  ['memory', true, undefined],
  ['redis', redisUp, TEST_REDIS_URL],
];

describe.each(stores)('the cost budget per minute (%s store)', (_name, available, redisUrl) => {
  let app: TestApp;
  beforeAll(async () => {
    if (available) {
      app = await withEnv({ ...SMALL, REDIS_URL: redisUrl }, () =>
        startTestApp(inject('databaseServerUrl'), { adminEmail: ADMIN.email, adminPassword: ADMIN.password }),
      );
    }
  });
  afterAll(() => app?.stop());

  it.skipIf(!available)(
    'answers RATE_LIMITED with when to retry once a user spent it, leaving others alone',
    async () => {
      const member = await registerMember(app, 'ENTERPRISE');
      let spent = 0;
      let refused: Response | undefined;
      for (let i = 0; i < 10 && !refused; i++) {
        const response = await post(app, PAGE_OF_100, {}, member.token);
        if (response.status === 429) {
          refused = response;
        } else {
          expect(response.status).toBe(200);
          spent += 301;
        }
      }
      expect(spent).toBe(903); // 3 pages of 301 fit in 1,000; the 4th does not
      const body = (await refused!.json()) as any;
      expect(codeOf(body)).toBe('RATE_LIMITED');
      const retry = body.errors[0].extensions.retryAfterSeconds;
      expect(retry).toBeGreaterThanOrEqual(1);
      expect(retry).toBeLessThanOrEqual(60);
      expect(refused!.headers.get('retry-after')).toBe(String(retry));
      expect(body.errors[0].extensions).toMatchObject({ cost: 301, budget: 1000 });

      // A cheap query still fits; another user and anonymous visitors have budgets of their own.
      expect((await post(app, '{ me { id } }', {}, member.token)).status).toBe(200);
      const other = await registerMember(app, 'UNIVERSITY');
      expect((await post(app, PAGE_OF_100, {}, other.token)).status).toBe(200);
      expect((await post(app, PAGE_OF_100)).status).toBe(200);
    },
  );

  it.skipIf(!available)('counts anonymous requests per address', async () => {
    let status = 200;
    let i = 0;
    for (; i < 20 && status === 200; i++) {
      status = (await post(app, PAGE_OF_100)).status;
    }
    expect(status).toBe(429);
    expect(i).toBeLessThanOrEqual(7); // 2,000 / 301, less what the registrations above spent
  });
});
