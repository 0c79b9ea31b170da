import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import {
  ADMIN,
  codeOf,
  createExpert,
  createListing,
  forceStatus,
  registerMember,
} from '../../testing/fixtures.js';
import { LISTING_TRANSITIONS, type ListingAction } from './listing-lifecycle.js';

const STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'CLOSED'] as const;
const ACTIONS: ListingAction[] = ['edit', 'submit', 'withdraw', 'publish', 'reject', 'close', 'reopen'];
type Kind = 'Achievement' | 'Demand';

let app: TestApp;
const tokens: Record<string, Record<'owner' | 'bureau' | 'otherMember' | 'expert', string>> = {};

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  const bureau = await app.login(ADMIN.email, ADMIN.password);
  const expert = (await createExpert(app, bureau)).token;
  tokens.Achievement = {
    owner: (await registerMember(app, 'UNIVERSITY')).token,
    bureau,
    otherMember: (await registerMember(app, 'UNIVERSITY')).token,
    expert,
  };
  tokens.Demand = {
    owner: (await registerMember(app, 'ENTERPRISE')).token,
    bureau,
    otherMember: (await registerMember(app, 'ENTERPRISE')).token,
    expert,
  };
});
afterAll(() => app.stop());

async function attempt(kind: Kind, id: string, action: ListingAction, token: string) {
  if (action === 'edit') {
    const input =
      kind === 'Achievement'
        ? {
            title: '修改后的成果',
            summary: '新的简介',
            keywords: ['新'],
            industryChain: 'OTHER',
            ipType: 'NONE',
            transferModes: ['LICENSE'],
          }
        : {
            title: '修改后的需求',
            description: '新的描述',
            keywords: ['新'],
            industryChain: 'OTHER',
            cooperationModes: ['LICENSE'],
          };
    return app.graphql(
      `mutation($id: ID!, $input: ${kind}Input!) { update${kind}(id: $id, input: $input) { status } }`,
      { id, input },
      token,
    );
  }
  const verb = `${action}${kind}`;
  const options = { reason: '材料不全', closeReason: 'SOLVED' };
  return app.graphql(
    `mutation($id: ID!, $o: TransitionInput) { ${verb}(id: $id, options: $o) { status } }`,
    { id, o: options },
    token,
  );
}

describe.each(['Achievement', 'Demand'] as const)('%s lifecycle', (kind) => {
  it('allows exactly the transitions in the lifecycle table, to the status it names, for the role it names', async () => {
    const outcomes: string[] = [];
    for (const from of STATUSES) {
      for (const action of ACTIONS) {
        for (const actor of ['owner', 'bureau', 'otherMember', 'expert'] as const) {
          const id = await createListing(app, tokens[kind]!.owner, kind);
          await forceStatus(app, kind, id, from, from === 'CLOSED' ? 'SOLVED' : null);
          const result = await attempt(kind, id, action, tokens[kind]![actor]);
          const rule = LISTING_TRANSITIONS.find(
            (r) => r.from === from && r.action === action && r.by === (actor === 'owner' ? 'member' : actor),
          );
          const got = result.errors
            ? `refused ${String(codeOf(result))}`
            : `→ ${(Object.values(result.data!)[0] as { status: string }).status}`;
          const expected = rule ? `→ ${rule.to}` : 'refused';
          if (expected === 'refused' ? !got.startsWith('refused') : got !== expected) {
            outcomes.push(`${from} ${action} by ${actor}: expected ${expected}, got ${got}`);
          }
          if (
            got.startsWith('refused') &&
            !['FORBIDDEN', 'CONFLICT', 'NOT_FOUND'].includes(String(codeOf(result)))
          ) {
            outcomes.push(
              `${from} ${action} by ${actor}: refused with unexpected code ${String(codeOf(result))}`,
            );
          }
        }
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('hides unpublished listings from other organisations as not found, and refuses them CONFLICT-free', async () => {
    const id = await createListing(app, tokens[kind]!.owner, kind);
    const query = `query($id: ID!) { ${kind.toLowerCase()}(id: $id) { id status } }`;
    expect(codeOf(await app.graphql(query, { id }, tokens[kind]!.otherMember))).toBe('NOT_FOUND');
    expect((await app.graphql(query, { id }, tokens[kind]!.owner)).data).toBeTruthy();
    expect((await app.graphql(query, { id }, tokens[kind]!.bureau)).data).toBeTruthy();
    expect(codeOf(await attempt(kind, id, 'submit', tokens[kind]!.otherMember))).toBe('NOT_FOUND');
  });

  it('requires a reason to reject and to close', async () => {
    const id = await createListing(app, tokens[kind]!.owner, kind);
    await forceStatus(app, kind, id, 'SUBMITTED');
    const reject = await app.graphql(
      `mutation($id: ID!) { reject${kind}(id: $id, options: { reason: "  " }) { status } }`,
      { id },
      tokens[kind]!.bureau,
    );
    expect(codeOf(reject)).toBe('BAD_USER_INPUT');
    await forceStatus(app, kind, id, 'PUBLISHED');
    const close = await app.graphql(
      `mutation($id: ID!) { close${kind}(id: $id) { status } }`,
      { id },
      tokens[kind]!.owner,
    );
    expect(codeOf(close)).toBe('BAD_USER_INPUT');
  });

  it('records every change in the audit log in the same transaction, and nothing for a refused one', async () => {
    const id = await createListing(app, tokens[kind]!.owner, kind);
    await attempt(kind, id, 'submit', tokens[kind]!.owner);
    await attempt(kind, id, 'publish', tokens[kind]!.otherMember);
    await attempt(kind, id, 'publish', tokens[kind]!.bureau);
    const rows = await app.orm.em
      .getConnection()
      .execute<{ action: string; before: { status: string } | null; after: { status: string } }[]>(
        'select action, before, after from audit_event where entity_id = ? order by id',
        [id],
      );
    expect(rows.map((row) => [row.action, row.before?.status ?? null, row.after.status])).toEqual([
      ['create', null, 'DRAFT'],
      ['submit', 'DRAFT', 'SUBMITTED'],
      ['publish', 'SUBMITTED', 'PUBLISHED'],
    ]);
  });

  it('gives CONFLICT to a stale expected version and to the loser of two simultaneous changes', async () => {
    const id = await createListing(app, tokens[kind]!.owner, kind);
    const stale = await app.graphql(
      `mutation($id: ID!) { submit${kind}(id: $id, options: { expectedVersion: 99 }) { status } }`,
      { id },
      tokens[kind]!.owner,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    await forceStatus(app, kind, id, 'SUBMITTED');
    const results = await Promise.all([
      attempt(kind, id, 'publish', tokens[kind]!.bureau),
      attempt(kind, id, 'reject', tokens[kind]!.bureau),
      attempt(kind, id, 'withdraw', tokens[kind]!.owner),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
  });
});
