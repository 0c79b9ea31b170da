import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/index.js';
import { ACHIEVEMENT_INPUT, codeOf, DEMAND_INPUT, registerMember } from '../testing/fixtures.js';
import { withEnv } from './test-support.js';

let app: TestApp;
let enterprise: string;
let university: string;
beforeAll(async () => {
  app = await withEnv({ REDIS_URL: undefined }, () => startTestApp(inject('databaseServerUrl')));
  enterprise = (await registerMember(app, 'ENTERPRISE')).token;
  university = (await registerMember(app, 'UNIVERSITY')).token;
});
afterAll(() => app?.stop());

const LEAKS =
  /at\s+\S+\s+\(|\/work\/|node_modules|\.ts:\d+|select |insert |update |relation "|syntax error at/i;

/** Text that has broken other systems: markup, SQL, emoji, bidi overrides and zero-width marks. */
const NASTY = {
  html: '<script>alert(1)</script><b onclick=x>&lt;',
  sql: `'; DROP TABLE demand;-- "\\ %_ OR '1'='1`,
  emoji: '👩‍🔬🧪✨茶油🫖🇨🇳',
  rtl: '\u202Eevil\u202C مرحبا עברית',
  zeroWidth: 'a\u200Bb\u200Cc\u200Dd\u2060e',
  template: '${process.exit(1)} {{7*7}} %s %n',
};

const DEMAND_TEXT = ['title', 'description', 'contactName', 'contactPhone', 'confidentialDetail'] as const;
const ACHIEVEMENT_TEXT = [
  'title',
  'summary',
  'team',
  'contactName',
  'contactPhone',
  'confidentialDetail',
] as const;

describe('hostile text is stored and returned verbatim', () => {
  it.each(Object.entries(NASTY))('in every text field of createDemand (%s)', async (_kind, text) => {
    const input = { ...DEMAND_INPUT, keywords: [text, `${text}2`] } as Record<string, unknown>;
    for (const field of DEMAND_TEXT) {
      input[field] = `${text}${field.length}`;
    }
    const result = await app.graphql(
      `mutation($input: DemandInput!) { createDemand(input: $input) { id keywords ${DEMAND_TEXT.join(' ')} } }`,
      { input },
      enterprise,
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createDemand;
    const again = await app.graphql(
      `query($id: ID!) { demand(id: $id) { keywords ${DEMAND_TEXT.join(' ')} } }`,
      { id: created.id },
      enterprise,
    );
    for (const field of DEMAND_TEXT) {
      expect(created[field]).toBe(`${text}${field.length}`);
      expect(again.data!.demand[field]).toBe(`${text}${field.length}`);
    }
    expect(again.data!.demand.keywords).toEqual([text, `${text}2`]);
  });

  it.each(Object.entries(NASTY))('in every text field of createAchievement (%s)', async (_kind, text) => {
    const input = { ...ACHIEVEMENT_INPUT, keywords: [text] } as Record<string, unknown>;
    for (const field of ACHIEVEMENT_TEXT) {
      input[field] = `${text}${field.length}`;
    }
    const result = await app.graphql(
      `mutation($input: AchievementInput!) { createAchievement(input: $input) { id keywords ${ACHIEVEMENT_TEXT.join(' ')} } }`,
      { input },
      university,
    );
    expect(result.errors).toBeUndefined();
    const again = await app.graphql(
      `query($id: ID!) { achievement(id: $id) { keywords ${ACHIEVEMENT_TEXT.join(' ')} } }`,
      { id: result.data!.createAchievement.id },
      university,
    );
    for (const field of ACHIEVEMENT_TEXT) {
      expect(again.data!.achievement[field]).toBe(`${text}${field.length}`);
    }
    expect(again.data!.achievement.keywords).toEqual([text]);
  });

  it.each(Object.entries(NASTY))(
    'in register, and the password works however odd (%s)',
    async (kind, text) => {
      const email = `o'brien+${kind}.${Date.now()}@例子.test`.toLowerCase();
      const password = `${text}Aa1!pass`;
      const input = {
        email,
        password,
        displayName: `${text}人`,
        organizationName: `${text}${kind}公司`,
        organizationKind: 'ENTERPRISE',
      };
      const result = await app.graphql(
        'mutation($input: RegisterInput!) { register(input: $input) { token } }',
        { input },
      );
      expect(result.errors).toBeUndefined();
      const token = await app.login(email, password);
      const me = await app.graphql('{ me { email displayName organization { name } } }', {}, token);
      expect(me.data!.me).toEqual({
        email,
        displayName: input.displayName,
        organization: { name: input.organizationName },
      });
    },
  );

  it('keeps SQL metacharacters inert in search text and ids', async () => {
    const search = await app.graphql(
      'query($text: String) { demands(filter: { text: $text }) { totalCount } }',
      {
        text: NASTY.sql,
      },
      enterprise,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.demands.totalCount).toBeGreaterThanOrEqual(0);
    const byId = await app.graphql(
      'query($id: ID!) { demand(id: $id) { id } }',
      { id: `1' OR '1'='1` },
      enterprise,
    );
    expect(codeOf(byId)).toBe('NOT_FOUND');
  });
});

describe('out-of-range and malformed values are refused with BAD_USER_INPUT and nothing leaks', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['a title one past the limit', { title: '茶'.repeat(201) }],
    ['a description far past the limit', { description: '长'.repeat(100_000) }],
    ['a negative budget', { budgetWan: -1 }],
    ['a huge budget', { budgetWan: 1e308 }],
    ['a minimum TRL below 1', { minTrl: -5 }],
    ['a minimum TRL beyond 32-bit', { minTrl: 2 ** 31 }],
    ['a fractional TRL', { minTrl: 3.5 }],
    ['an unknown industry chain', { industryChain: 'NOPE' }],
    ['an unknown cooperation mode', { cooperationModes: ['STEAL'] }],
    ['an impossible date', { deadline: '2027-13-45' }],
    ['a number where text goes', { title: 12345 }],
    ['an empty title', { title: '   ' }],
    ['too many keywords', { keywords: Array.from({ length: 100 }, (_, i) => `词${i}`) }],
  ];

  it.each(cases)('%s', async (_name, change) => {
    const result = await app.graphql(
      'mutation($input: DemandInput!) { createDemand(input: $input) { id } }',
      { input: { ...DEMAND_INPUT, ...change } },
      enterprise,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
  });

  it('accepts text exactly at the limit, verbatim', async () => {
    const title = '茶'.repeat(200);
    const result = await app.graphql(
      'mutation($input: DemandInput!) { createDemand(input: $input) { title } }',
      { input: { ...DEMAND_INPUT, title } },
      enterprise,
    );
    expect(result.data?.createDemand.title).toBe(title);
  });

  it('refuses a NUL byte, in variables or literals, before it reaches PostgreSQL', async () => {
    const variables = await app.graphql(
      'mutation($input: DemandInput!) { createDemand(input: $input) { title } }',
      { input: { ...DEMAND_INPUT, keywords: ['ok', 'nul\u0000'] } },
      enterprise,
    );
    expect(codeOf(variables)).toBe('BAD_USER_INPUT');
    const literal = await app.graphql(
      '{ demands(filter: { text: "a\\u0000b" }) { totalCount } }',
      {},
      enterprise,
    );
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
  });

  it('refuses a lone surrogate the same way, and never crashes on either', async () => {
    for (const title of ['before\u0000after', 'half \uD800 pair', 'other \uDC00 half']) {
      const result = await app.graphql(
        'mutation($input: DemandInput!) { createDemand(input: $input) { title } }',
        { input: { ...DEMAND_INPUT, title } },
        enterprise,
      );
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
