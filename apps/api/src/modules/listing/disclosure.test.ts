import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import {
  ADMIN,
  codeOf,
  createListing,
  publishedListing,
  registerMember,
  type Member,
} from '../../testing/fixtures.js';

const READ = `query($id: ID!) { demand(id: $id) { title disclosed contactName contactPhone contactEmail confidentialDetail enterprise } }`;

let app: TestApp;
let bureau: string;
let owner: Member;
let other: Member;
let demandId: string;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
  owner = await registerMember(app, 'ENTERPRISE');
  other = await registerMember(app, 'UNIVERSITY');
  demandId = await publishedListing(app, owner.token, bureau, 'Demand');
});
afterAll(() => app.stop());

describe('disclosure in tiers', () => {
  it('shows the public teaser to any signed-in user and hides contacts and the confidential detail', async () => {
    const result = await app.graphql(READ, { id: demandId }, other.token);
    expect(result.data!.demand).toMatchObject({
      disclosed: false,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      confidentialDetail: null,
      enterprise: owner.organizationName,
    });
    expect(JSON.stringify(result)).not.toContain('13900000001');
  });

  it('shows contacts to the owning organisation and to the bureau', async () => {
    for (const token of [owner.token, bureau]) {
      const result = await app.graphql(READ, { id: demandId }, token);
      expect(result.data!.demand).toMatchObject({
        disclosed: true,
        contactPhone: '13900000001',
        confidentialDetail: '现有产线年产 500 吨。',
      });
    }
  });

  it('shows nothing to an anonymous caller', async () => {
    expect(codeOf(await app.graphql(READ, { id: demandId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.graphql('{ demands { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('lists only published listings to other organisations, and the own drafts to their owner', async () => {
    const draft = await createListing(app, owner.token, 'Demand', { title: '草稿需求' });
    const ids = async (token: string, filter: Record<string, unknown> = {}) =>
      (
        await app.graphql<{ demands: { edges: { node: { id: string } }[] } }>(
          'query($f: ListingFilter) { demands(first: 100, filter: $f) { edges { node { id } } } }',
          { f: filter },
          token,
        )
      ).data!.demands.edges.map((edge) => edge.node.id);
    expect(await ids(other.token)).toContain(demandId);
    expect(await ids(other.token)).not.toContain(draft);
    expect(await ids(owner.token, { mine: true })).toEqual(expect.arrayContaining([draft, demandId]));
    expect(await ids(bureau, { status: 'DRAFT' })).toContain(draft);
  });
});

describe('listing queries', () => {
  it('pages with cursors and filters by chain, TRL, mode and text', async () => {
    const university = await registerMember(app, 'UNIVERSITY');
    for (let i = 0; i < 5; i++) {
      await publishedListing(app, university.token, bureau, 'Achievement', {
        title: `分页成果${i}`,
        trl: 3 + i,
        industryChain: i % 2 ? 'NEW_ENERGY' : 'HEALTHCARE',
        transferModes: i === 4 ? ['EQUITY'] : ['LICENSE'],
      });
    }
    const page = async (after: string | null) =>
      (
        await app.graphql(
          'query($after: String) { achievements(first: 2, after: $after, filter: { text: "分页成果" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }',
          { after },
          other.token,
        )
      ).data!.achievements;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const third = await page(second.pageInfo.endCursor);
    expect(first.totalCount).toBe(5);
    const titles = [first, second, third].flatMap((p) =>
      p.edges.map((e: { node: { title: string } }) => e.node.title),
    );
    expect(titles).toEqual(['分页成果4', '分页成果3', '分页成果2', '分页成果1', '分页成果0']);
    expect(third.pageInfo.hasNextPage).toBe(false);

    const count = async (filter: Record<string, unknown>) =>
      (
        await app.graphql(
          'query($f: ListingFilter) { achievements(filter: $f) { totalCount } }',
          { f: { text: '分页成果', ...filter } },
          other.token,
        )
      ).data!.achievements.totalCount;
    expect(await count({ industryChain: 'NEW_ENERGY' })).toBe(2);
    expect(await count({ trlMin: 5, trlMax: 6 })).toBe(2);
    expect(await count({ mode: 'EQUITY' })).toBe(1);
    expect(await count({ text: '分页成果3' })).toBe(1);
    expect(await count({ text: '100%_' })).toBe(0);
  });

  it('refuses page sizes above 100 and malformed cursors', async () => {
    expect(codeOf(await app.graphql('{ achievements(first: 101) { totalCount } }', {}, other.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await app.graphql('{ achievements(first: 0) { totalCount } }', {}, other.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await app.graphql('{ achievements(after: "garbage") { totalCount } }', {}, other.token)),
    ).toBe('BAD_USER_INPUT');
  });
});
