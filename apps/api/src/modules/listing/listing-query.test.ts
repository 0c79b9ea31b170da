import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, createListing, publishedListing, registerMember } from '../../testing/fixtures.js';
import { forceMatch, party, propose, type Party } from '../brokering/brokering.fixtures.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; title: string } }[];
}

let app: TestApp;
let bureau: string;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
});
afterAll(() => app.stop());

const PAGE = `query($first: Int!, $after: String, $f: ListingFilter) {
  demands(first: $first, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } }
}`;

async function demands(token: string, first: number, after: string | null, filter = {}): Promise<Page> {
  const result = await app.graphql<{ demands: Page }>(PAGE, { first, after, f: filter }, token);
  if (!result.data) {
    throw new Error(JSON.stringify(result.errors));
  }
  return result.data.demands;
}

async function allPages(token: string, first: number, filter = {}): Promise<string[]> {
  const titles: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await demands(token, first, after, filter);
    titles.push(...page.edges.map((edge) => edge.node.title));
    if (!page.pageInfo.hasNextPage) {
      return titles;
    }
    after = page.pageInfo.endCursor;
  }
}

describe('listing pages', () => {
  it('interleaves a member’s own unpublished listings with the published ones, newest first, across pages', async () => {
    const owner = await registerMember(app, 'ENTERPRISE');
    const other = await registerMember(app, 'ENTERPRISE');
    const tag = `交错${Date.now().toString(36)}`;
    const expected: string[] = [];
    for (let i = 0; i < 7; i++) {
      const title = `${tag}-${i}`;
      if (i % 3 === 1) {
        await createListing(app, owner.token, 'Demand', { title });
      } else {
        await publishedListing(app, i % 2 ? owner.token : other.token, bureau, 'Demand', { title });
      }
      expected.unshift(title);
    }
    const filter = { text: tag };
    for (const first of [1, 2, 3, 100]) {
      expect(await allPages(owner.token, first, filter)).toEqual(expected);
    }
    expect((await demands(owner.token, 2, null, filter)).totalCount).toBe(7);
    // Someone else sees the five published ones only, and the bureau all seven.
    expect(await allPages(other.token, 2, filter)).toEqual(
      expected.filter((t) => Number(t.at(-1)) % 3 !== 1),
    );
    expect((await demands(other.token, 2, null, filter)).totalCount).toBe(5);
    expect((await demands(bureau, 2, null, filter)).totalCount).toBe(7);
    expect((await demands(owner.token, 2, null, { ...filter, status: 'DRAFT' })).totalCount).toBe(2);
    expect((await demands(other.token, 2, null, { ...filter, status: 'DRAFT' })).totalCount).toBe(0);
  });
});

describe('free-text search', () => {
  let ids: { title: string; body: string; keyword: string; latin: string };

  beforeAll(async () => {
    const university = await registerMember(app, 'UNIVERSITY');
    ids = {
      title: await publishedListing(app, university.token, bureau, 'Achievement', {
        title: '一种石墨烯改性锂离子电池负极材料',
        summary: '无关的正文。',
        keywords: ['无关'],
      }),
      body: await publishedListing(app, university.token, bureau, 'Achievement', {
        title: '正文命中的成果',
        summary: '采用低温等离子体处理玉米秸秆，提高纤维素酶解效率。',
        keywords: ['无关'],
      }),
      keyword: await publishedListing(app, university.token, bureau, 'Achievement', {
        title: '关键词命中的成果',
        summary: '无关的正文。',
        keywords: ['柔性显示驱动芯片'],
      }),
      latin: await publishedListing(app, university.token, bureau, 'Achievement', {
        title: '基于BiLSTM的茶叶病害识别',
        summary: '无关的正文。',
        keywords: ['无关'],
      }),
    };
  });

  const search = async (text: string) =>
    (
      await app.graphql<{ achievements: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query($t: String) { achievements(first: 100, filter: { text: $t }) { totalCount edges { node { id } } } }',
        { t: text },
        bureau,
      )
    ).data!.achievements;

  it.each([
    ['a Chinese substring of the title', '锂离子电池', 'title'],
    ['a Chinese substring of the body', '等离子体处理玉米', 'body'],
    ['a substring of a keyword', '显示驱动', 'keyword'],
    ['two characters', '秸秆', 'body'],
    ['one character', '芯', 'keyword'],
    ['Latin letters in any case', 'bilstm', 'latin'],
  ] as const)('finds %s', async (_, text, which) => {
    const found = await search(text);
    expect(found.edges.map((edge) => edge.node.id)).toEqual([ids[which]]);
    expect(found.totalCount).toBe(1);
  });

  it('treats LIKE wildcards in the text literally', async () => {
    expect((await search('%')).totalCount).toBe(0);
    expect((await search('电_池')).totalCount).toBe(0);
  });

  it('is served by the bigram index, two-character terms included', async () => {
    // Forbid the sequential scan a table this small would get, to see that the expression matches the index.
    const plan = await app.orm.em.fork().transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      return tx.execute(
        `explain select id from achievement a0
           where listing_bigrams(listing_search_text(a0.title, a0.summary, a0.keywords)) @> listing_bigrams('秸秆')`,
      );
    });
    expect(JSON.stringify(plan)).toContain('achievement_search_bigrams_index');
  });

  it('takes each pair of neighbouring characters, lower-cased, once', async () => {
    const [row] = await app.orm.em.getConnection().execute(`select listing_bigrams('Ab秸秆秸秆') as grams`);
    expect([...row.grams].sort()).toEqual(['ab', 'b秸', '秆秸', '秸秆'].sort());
  });
});

describe('disclosure on a page', () => {
  let enterprise: Party;
  let university: Party;

  beforeAll(async () => {
    enterprise = await party(app, 'ENTERPRISE');
    university = await party(app, 'UNIVERSITY');
  });

  it('shows the counterpart of a revealed match its contacts on a list page, and hides the others', async () => {
    const tag = `披露${Date.now().toString(36)}`;
    const revealed = await publishedListing(app, enterprise.token, bureau, 'Demand', { title: `${tag}-甲` });
    const proposed = await publishedListing(app, enterprise.token, bureau, 'Demand', { title: `${tag}-乙` });
    const hidden = await publishedListing(app, enterprise.token, bureau, 'Demand', { title: `${tag}-丙` });
    const achievement = await publishedListing(app, university.token, bureau, 'Achievement');
    await forceMatch(app, await propose(app, bureau, revealed, achievement), 'MUTUAL_INTEREST');
    await propose(app, bureau, proposed, achievement);

    const result = await app.graphql<{
      demands: { edges: { node: { id: string; disclosed: boolean; contactPhone: string | null } }[] };
    }>(
      'query($t: String) { demands(first: 10, filter: { text: $t }) { edges { node { id disclosed contactPhone organization { name } } } } }',
      { t: tag },
      university.token,
    );
    const byId = new Map(result.data!.demands.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(revealed)).toMatchObject({ disclosed: true, contactPhone: '13900000001' });
    expect(byId.get(proposed)).toMatchObject({ disclosed: false, contactPhone: null });
    expect(byId.get(hidden)).toMatchObject({ disclosed: false, contactPhone: null });
    expect(byId.get(hidden)).toHaveProperty('organization.name', enterprise.organizationName);
  });
});
