import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, codeOf, createExpert, registerMember } from '../../testing/fixtures.js';

const IMPORT_ACHIEVEMENTS = `mutation($items: [AchievementImportInput!]!) {
  importAchievements(items: $items) { created updated items { externalId id } errors { index externalId message } }
}`;
const IMPORT_DEMANDS = `mutation($items: [DemandImportInput!]!) {
  importDemands(items: $items) { created updated items { externalId id } errors { index externalId message } }
}`;

const achievement = (externalId: string, change: Record<string, unknown> = {}) => ({
  externalId,
  title: `导入成果 ${externalId}`,
  summary: '一种低温压榨茶籽油的工艺，出油率提高 5%。',
  keywords: ['压榨', '出油率'],
  industryChain: 'CAMELLIA_OIL',
  trl: 6,
  ipType: 'INVENTION_PATENT',
  transferModes: ['LICENSE'],
  askingPriceWan: 30,
  institution: '测试农业大学',
  team: null,
  ...change,
});

const demand = (externalId: string, change: Record<string, unknown> = {}) => ({
  externalId,
  title: `导入需求 ${externalId}`,
  description: '茶籽压榨出油率低，希望提高。',
  keywords: ['出油率'],
  industryChain: 'CAMELLIA_OIL',
  minTrl: 5,
  budgetWan: 40,
  cooperationModes: ['LICENSE'],
  enterprise: '测试茶油企业有限公司',
  deadline: '2020-01-01',
  ...change,
});

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

describe('bulk import', () => {
  it('is for the bureau only', async () => {
    const member = await registerMember(app, 'UNIVERSITY');
    const expert = await createExpert(app, bureau);
    const items = [achievement('AUTH-1')];
    expect(codeOf(await app.graphql(IMPORT_ACHIEVEMENTS, { items }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.graphql(IMPORT_ACHIEVEMENTS, { items }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.graphql(IMPORT_ACHIEVEMENTS, { items }, expert.token))).toBe('FORBIDDEN');
  });

  it('creates published listings, reports bad items by index and still imports the rest', async () => {
    const items = [
      achievement('IMP-1'),
      achievement('IMP-2', { title: '   ' }),
      achievement('IMP-3', { trl: 10 }),
      achievement('IMP-4', { askingPriceWan: -1 }),
      achievement('IMP-5', { summary: '长'.repeat(5001) }),
      achievement('IMP-1'),
      achievement('IMP-6', { institution: '测试研究所' }),
    ];
    const result = await app.graphql(IMPORT_ACHIEVEMENTS, { items }, bureau);
    expect(result.errors).toBeUndefined();
    const body = result.data!.importAchievements;
    expect(body.created).toBe(2);
    expect(body.updated).toBe(0);
    expect(body.items.map((item: { externalId: string }) => item.externalId)).toEqual(['IMP-1', 'IMP-6']);
    expect(body.errors.map((error: { index: number }) => error.index)).toEqual([1, 2, 3, 4, 5]);
    expect(body.errors[0].message).toContain('标题');
    expect(body.errors[1].message).toContain('1–9');
    expect(body.errors[4].message).toContain('重复');

    const listed = await app.graphql<{ achievement: Record<string, unknown> }>(
      'query($id: ID!) { achievement(id: $id) { status institution organization { kind verified } } }',
      { id: body.items[1].id },
      bureau,
    );
    expect(listed.data!.achievement).toEqual({
      status: 'PUBLISHED',
      institution: '测试研究所',
      organization: { kind: 'INSTITUTE', verified: true },
    });
  });

  it('upserts by externalId: content replaced and republished, except that a closed listing stays closed', async () => {
    const first = await app.graphql(IMPORT_DEMANDS, { items: [demand('UPS-1'), demand('UPS-2')] }, bureau);
    const [one, two] = first.data!.importDemands.items as { id: string }[];
    await app.graphql(
      'mutation($id: ID!) { closeDemand(id: $id, options: { closeReason: SOLVED }) { status } }',
      { id: two!.id },
      bureau,
    );
    const second = await app.graphql(
      IMPORT_DEMANDS,
      { items: [demand('UPS-1', { title: '新标题' }), demand('UPS-2', { title: '另一个新标题' })] },
      bureau,
    );
    expect(second.data!.importDemands).toMatchObject({ created: 0, updated: 2, errors: [] });
    const read = async (id: string) =>
      (
        await app.graphql<{ demand: { title: string; status: string; deadline: string } }>(
          'query($id: ID!) { demand(id: $id) { title status deadline } }',
          { id },
          bureau,
        )
      ).data!.demand;
    expect(await read(one!.id)).toEqual({ title: '新标题', status: 'PUBLISHED', deadline: '2020-01-01' });
    expect(await read(two!.id)).toEqual({ title: '另一个新标题', status: 'CLOSED', deadline: '2020-01-01' });
  });

  it('refuses more than 500 items, and a batch whose variables do not coerce, as a whole', async () => {
    const many = Array.from({ length: 501 }, (_, i) => achievement(`BIG-${i}`));
    expect(codeOf(await app.graphql(IMPORT_ACHIEVEMENTS, { items: many }, bureau))).toBe('BAD_USER_INPUT');
    const bad = await app.graphql(
      IMPORT_ACHIEVEMENTS,
      { items: [achievement('OK-1'), achievement('BAD-1', { industryChain: 'SPACE' })] },
      bureau,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const count = await app.orm.em
      .getConnection()
      .execute(`select count(*)::int as n from achievement where external_id in ('OK-1', 'BIG-0')`);
    expect(count[0].n).toBe(0);
  });

  it('refuses an organisation of the wrong kind for the item, by index', async () => {
    await registerMember(app, 'ENTERPRISE', '测试跨界企业');
    const result = await app.graphql(
      IMPORT_ACHIEVEMENTS,
      { items: [achievement('KIND-1', { institution: '测试跨界企业' })] },
      bureau,
    );
    expect(result.data!.importAchievements.errors).toEqual([
      { index: 0, externalId: 'KIND-1', message: '组织“测试跨界企业”是企业，不能发布成果' },
    ]);
  });

  it('creates a new organisation once when two imports naming it run at the same time', async () => {
    for (let round = 0; round < 5; round++) {
      const institution = `并发新建大学${round}`;
      const batch = (side: string) =>
        Array.from({ length: 20 }, (_, i) =>
          achievement(`RACE-${round}-${side}-${i}`, {
            institution: i % 2 ? institution : `${institution}附属学院`,
          }),
        );
      const results = await Promise.all([
        app.graphql(IMPORT_ACHIEVEMENTS, { items: batch('A') }, bureau),
        app.graphql(IMPORT_ACHIEVEMENTS, { items: batch('B') }, bureau),
      ]);
      for (const result of results) {
        expect(result.errors).toBeUndefined();
        expect(result.data!.importAchievements).toMatchObject({ created: 20, errors: [] });
      }
      const organizations = await app.orm.em
        .getConnection()
        .execute(`select name, count(*)::int as n from organization where name like ? group by name`, [
          `${institution}%`,
        ]);
      expect(organizations).toEqual(
        expect.arrayContaining([
          { name: institution, n: 1 },
          { name: `${institution}附属学院`, n: 1 },
        ]),
      );
      expect(organizations).toHaveLength(2);
      const owners = await app.orm.em
        .getConnection()
        .execute(`select count(distinct owner_id)::int as n from achievement where external_id like ?`, [
          `RACE-${round}-%`,
        ]);
      expect(owners[0].n).toBe(2);
    }
  });

  it('writes each new externalId once when two imports of the same new items run at the same time', async () => {
    for (let round = 0; round < 5; round++) {
      const prefix = `SAME-${round}-${Date.now().toString(36)}`;
      const items = Array.from({ length: 20 }, (_, i) => achievement(`${prefix}-${i}`));
      const results = await Promise.all([
        app.graphql<{ importAchievements: { created: number; updated: number; errors: unknown[] } }>(
          IMPORT_ACHIEVEMENTS,
          { items },
          bureau,
        ),
        app.graphql<{ importAchievements: { created: number; updated: number; errors: unknown[] } }>(
          IMPORT_ACHIEVEMENTS,
          { items },
          bureau,
        ),
      ]);
      for (const result of results) {
        expect(result.errors).toBeUndefined();
        expect(result.data!.importAchievements.errors).toEqual([]);
      }
      const outcomes = results.map((result) => result.data!.importAchievements);
      expect(outcomes.reduce((sum, outcome) => sum + outcome.created, 0)).toBe(20);
      expect(outcomes.reduce((sum, outcome) => sum + outcome.updated, 0)).toBe(20);
      const rows = await app.orm.em
        .getConnection()
        .execute(`select count(*)::int as n from achievement where external_id like ?`, [`${prefix}-%`]);
      expect(rows[0].n).toBe(20);
    }
  });

  it('makes the items matchable when the call returns', async () => {
    const imported = await app.graphql(
      IMPORT_DEMANDS,
      { items: [demand('MATCH-D1', { title: '茶籽压榨出油率低', budgetWan: 100 })] },
      bureau,
    );
    await app.graphql(
      IMPORT_ACHIEVEMENTS,
      { items: [achievement('MATCH-A1', { title: '茶籽低温压榨提高出油率工艺' })] },
      bureau,
    );
    const demandId = imported.data!.importDemands.items[0].id;
    const matches = await app.graphql<{ matchesForDemand: { achievement: { externalId: string } }[] }>(
      'query($id: ID!) { matchesForDemand(demandId: $id, first: 20) { score reasons achievement { externalId } } }',
      { id: demandId },
      bureau,
    );
    expect(matches.data!.matchesForDemand.map((match) => match.achievement.externalId)).toContain('MATCH-A1');
  });

  it('refreshes the planner statistics after a large import, so pages use the indexes at once', async () => {
    const tag = `STATS-${Date.now().toString(36)}`;
    const items = Array.from({ length: 120 }, (_, i) => achievement(`${tag}-${i}`));
    const result = await app.graphql<{ importAchievements: { created: number } }>(
      IMPORT_ACHIEVEMENTS,
      { items },
      bureau,
    );
    expect(result.data!.importAchievements.created).toBe(120);
    // ANALYZE sets reltuples to the table's row count (autovacuum would, up to a minute later).
    const [row] = await app.orm.em
      .getConnection()
      .execute(
        `select c.reltuples::int as estimated, (select count(*)::int from achievement) as actual from pg_class c where c.relname = 'achievement'`,
      );
    expect(row.estimated).toBe(row.actual);
  });
});
