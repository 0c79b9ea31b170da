import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ACHIEVEMENT_INPUT,
  ADMIN,
  PASSWORD,
  codeOf,
  publishedListing,
  registerMember,
  type Member,
} from '../../testing/fixtures.js';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { alertsSent, notificationsAbout, TWIN_DEMAND } from './alerts.fixtures.js';

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

async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  const result = await app.graphql<T>(query, variables, token);
  if (result.errors || !result.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Another person joining an existing organisation: pending until a member approves them. */
async function colleague(of: Member, approve: boolean): Promise<string> {
  const email = `c${Math.random().toString(36).slice(2)}@test.local`;
  const registered = await gql<{ register: { token: string } }>(
    'mutation($input: RegisterInput!) { register(input: $input) { token } }',
    {
      input: {
        email,
        password: PASSWORD,
        displayName: '同事',
        organizationName: of.organizationName,
        organizationKind: 'ENTERPRISE',
      },
    },
    '',
  );
  if (approve) {
    const me = await gql<{ me: { id: string } }>('{ me { id } }', {}, registered.register.token);
    await gql(
      'mutation($id: ID!) { approveMembership(userId: $id) { membership } }',
      { id: me.me.id },
      of.token,
    );
  }
  return registered.register.token;
}

const setAlerts = (token: string, threshold: number, listingAlerts = true) =>
  gql(
    'mutation($input: AlertSettingsInput!) { updateAlertSettings(input: $input) { threshold listingAlerts } }',
    { input: { threshold, listingAlerts } },
    token,
  );

async function transition(kind: string, action: string, id: string, token: string, extra = '') {
  await gql(`mutation($id: ID!) { ${action}${kind}(id: $id${extra}) { status } }`, { id }, token);
}

describe('alerts on a counterpart’s published listing', () => {
  it('tells each approved member of the demand’s organisation once, with the score and the top reason', async () => {
    const enterprise = await registerMember(app, 'ENTERPRISE');
    const approved = await colleague(enterprise, true);
    const pending = await colleague(enterprise, false);
    const university = await registerMember(app, 'UNIVERSITY');
    const demandId = await publishedListing(app, enterprise.token, bureau, 'Demand', TWIN_DEMAND);
    await alertsSent(app);
    const achievementId = await publishedListing(app, university.token, bureau, 'Achievement');
    await alertsSent(app);

    const [alert, ...more] = await notificationsAbout(app, enterprise.token, achievementId);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ kind: 'MATCH_ALERT', entityType: 'Achievement', readAt: null });
    expect(alert!.title).toContain(ACHIEVEMENT_INPUT.title.slice(0, 20));
    const { matchesForDemand } = await gql(
      'query($id: ID!) { matchesForDemand(demandId: $id, first: 100) { score reasons achievement { id } } }',
      { id: demandId },
      enterprise.token,
    );
    const match = matchesForDemand.find((m: any) => m.achievement.id === achievementId);
    expect(match.score).toBeGreaterThanOrEqual(60);
    expect(alert!.body).toContain(`“${ACHIEVEMENT_INPUT.title}”`);
    expect(alert!.body).toContain(`匹配度 ${match.score} 分`);
    expect(alert!.body).toContain(`主要理由：${match.reasons[0]}`);
    expect(await notificationsAbout(app, approved, achievementId)).toHaveLength(1);
    expect(await notificationsAbout(app, pending, achievementId)).toHaveLength(0);
    // The publishing side hears nothing about its own listing.
    expect(await notificationsAbout(app, university.token, demandId)).toHaveLength(0);
    const [mail] = await app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(
        'select count(*)::int as n from email_outbox o join notification x on x.id = o.notification_id where x.id = ?',
        [alert!.id],
      );
    expect(mail!.n).toBe(1);
  });

  it('never repeats an alert when the listing is edited, republished or reopened', async () => {
    const enterprise = await registerMember(app, 'ENTERPRISE');
    const university = await registerMember(app, 'UNIVERSITY');
    await publishedListing(app, enterprise.token, bureau, 'Demand', TWIN_DEMAND);
    const achievementId = await publishedListing(app, university.token, bureau, 'Achievement');
    await alertsSent(app);
    expect(await notificationsAbout(app, enterprise.token, achievementId)).toHaveLength(1);

    const edit =
      'mutation($id: ID!, $input: AchievementInput!) { updateAchievement(id: $id, input: $input) { status } }';
    const edited = { ...ACHIEVEMENT_INPUT, summary: `${ACHIEVEMENT_INPUT.summary}已完成中试。` };
    // The bureau edits it in place (it stays published) …
    expect((await gql(edit, { id: achievementId, input: edited }, bureau)).updateAchievement.status).toBe(
      'PUBLISHED',
    );
    await alertsSent(app);
    // … the owner edits it (back to review) and the bureau publishes it again …
    await gql(edit, { id: achievementId, input: ACHIEVEMENT_INPUT }, university.token);
    await transition('Achievement', 'publish', achievementId, bureau);
    await alertsSent(app);
    // … it is closed and reopened.
    await transition('Achievement', 'close', achievementId, bureau, ', options: { closeReason: WITHDRAWN }');
    await transition('Achievement', 'reopen', achievementId, bureau);
    await alertsSent(app);
    // A direct re-run finds every alert already claimed.
    expect(await app.server.services.alerts.dispatch('Achievement', achievementId)).toBe(0);
    expect(await notificationsAbout(app, enterprise.token, achievementId)).toHaveLength(1);
  });

  it('tells the achievement’s organisation when a matching demand is published', async () => {
    const university = await registerMember(app, 'UNIVERSITY');
    const enterprise = await registerMember(app, 'ENTERPRISE');
    await publishedListing(app, university.token, bureau, 'Achievement');
    await alertsSent(app);
    const demandId = await publishedListing(app, enterprise.token, bureau, 'Demand', TWIN_DEMAND);
    await alertsSent(app);
    const alerts = await notificationsAbout(app, university.token, demandId);
    expect(alerts.map((n) => [n.kind, n.entityType])).toEqual([['MATCH_ALERT', 'Demand']]);
    expect(alerts[0]!.title).toContain('新需求匹配贵单位的成果');
  });

  it('sends nothing below a member’s threshold or with alerts off, and keeps each member’s setting', async () => {
    const strict = await registerMember(app, 'ENTERPRISE');
    const off = await registerMember(app, 'ENTERPRISE');
    const eager = await registerMember(app, 'ENTERPRISE');
    const university = await registerMember(app, 'UNIVERSITY');
    await setAlerts(strict.token, 100);
    await setAlerts(off.token, 0, false);
    await setAlerts(eager.token, 0);
    expect((await gql('{ alertSettings { threshold listingAlerts } }', {}, off.token)).alertSettings).toEqual(
      {
        threshold: 0,
        listingAlerts: false,
      },
    );
    // The plainly worded demand (“茶油放久了发哈”) matches the achievement well, but not perfectly.
    const demands = [];
    for (const member of [strict, off, eager]) {
      demands.push(await publishedListing(app, member.token, bureau, 'Demand'));
    }
    const achievementId = await publishedListing(app, university.token, bureau, 'Achievement');
    await alertsSent(app);
    const { matchesForDemand } = await gql(
      'query($id: ID!) { matchesForDemand(demandId: $id, first: 100) { score achievement { id } } }',
      { id: demands[0] },
      strict.token,
    );
    const score = matchesForDemand.find((m: any) => m.achievement.id === achievementId)?.score ?? 0;
    expect(score).toBeLessThan(100);
    expect(await notificationsAbout(app, strict.token, achievementId)).toHaveLength(0);
    expect(await notificationsAbout(app, off.token, achievementId)).toHaveLength(0);
    expect(await notificationsAbout(app, eager.token, achievementId)).toHaveLength(score > 0 ? 1 : 0);
  });
});

const CREATE =
  'mutation($input: SavedSearchInput!) { createSavedSearch(input: $input) { id name query target industryChains trlMin trlMax modes threshold active } }';

const search = (overrides: Record<string, unknown> = {}) => ({
  name: '茶油保鲜',
  query: '茶油 抗氧化 酸败 保鲜',
  target: 'ACHIEVEMENT',
  ...overrides,
});

describe('alerts on saved searches', () => {
  it('tells the owner of each active saved search the new listing fits, once', async () => {
    const watcher = await registerMember(app, 'ENTERPRISE');
    const university = await registerMember(app, 'UNIVERSITY');
    const create = async (overrides: Record<string, unknown>) =>
      (await gql(CREATE, { input: search(overrides) }, watcher.token)).createSavedSearch.id as string;
    const hitting = await create({
      industryChains: ['CAMELLIA_OIL'],
      trlMin: 5,
      modes: ['LICENSE'],
      threshold: 20,
    });
    await create({ name: '别的产业链', industryChains: ['NEW_ENERGY'], threshold: 0 });
    await create({ name: '成熟度太低', trlMin: 8, threshold: 0 });
    await create({ name: '方式不同', modes: ['EQUITY'], threshold: 0 });
    await create({ name: '已停用', active: false, threshold: 0 });
    await create({ name: '找需求', target: 'DEMAND', threshold: 0 });
    await create({ name: '阈值过高', threshold: 100 });

    const achievementId = await publishedListing(app, university.token, bureau, 'Achievement');
    await alertsSent(app);
    const alerts = await notificationsAbout(app, watcher.token, achievementId);
    const fits = alerts.find((n) => n.title.includes('订阅“茶油保鲜”有新成果'));
    expect([fits?.kind, fits?.entityType]).toEqual(['SAVED_SEARCH_ALERT', 'Achievement']);
    expect(fits!.body).toMatch(/匹配度 [\d.]+ 分。主要理由：.+/);
    // The search at threshold 100 (the same words) fits only when the listing scores a full 100.
    const score = Number(/匹配度 ([\d.]+) 分/.exec(fits!.body)![1]);
    const searches = alerts.map((n) => /订阅“(.+?)”/.exec(n.title)![1]).sort();
    expect(searches).toEqual(score === 100 ? ['茶油保鲜', '阈值过高'] : ['茶油保鲜']);

    await transition('Achievement', 'close', achievementId, bureau, ', options: { closeReason: WITHDRAWN }');
    await transition('Achievement', 'reopen', achievementId, bureau);
    await alertsSent(app);
    expect(await notificationsAbout(app, watcher.token, achievementId)).toHaveLength(alerts.length);
    const [claim] = await app.orm.em
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from alert_delivery where alert_key = ?', [
        `search:${hitting}:${achievementId}`,
      ]);
    expect(claim!.n).toBe(1);
  });

  it('watches demands too, and marks the alert read', async () => {
    const watcher = await registerMember(app, 'UNIVERSITY');
    const enterprise = await registerMember(app, 'ENTERPRISE');
    await gql(
      CREATE,
      {
        input: search({
          name: '找茶油企业',
          query: '茶油 酸价 保质期 哈喇味',
          target: 'DEMAND',
          threshold: 20,
        }),
      },
      watcher.token,
    );
    const demandId = await publishedListing(app, enterprise.token, bureau, 'Demand');
    await alertsSent(app);
    const [alert, ...more] = await notificationsAbout(app, watcher.token, demandId);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ kind: 'SAVED_SEARCH_ALERT', entityType: 'Demand', readAt: null });

    const unread = async () =>
      (await gql('{ unreadNotificationCount }', {}, watcher.token)).unreadNotificationCount;
    const before = await unread();
    expect(
      (
        await gql(
          'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: [alert!.id] },
          watcher.token,
        )
      ).markNotificationsRead,
    ).toBe(1);
    expect(await unread()).toBe(before - 1);
    expect((await notificationsAbout(app, watcher.token, demandId))[0]!.readAt).not.toBeNull();
  });
});

describe('saved searches', () => {
  const GET = 'query($id: ID!) { savedSearch(id: $id) { id name } }';
  const UPDATE =
    'mutation($id: ID!, $input: SavedSearchInput!) { updateSavedSearch(id: $id, input: $input) { id name query threshold active trlMin trlMax } }';
  const DELETE = 'mutation($id: ID!) { deleteSavedSearch(id: $id) }';

  it('are created, listed, replaced and deleted by their owner alone, each change audited', async () => {
    const me = await registerMember(app, 'ENTERPRISE');
    const other = await registerMember(app, 'UNIVERSITY');
    const created = (
      await gql(CREATE, { input: search({ industryChains: ['CAMELLIA_OIL', 'CAMELLIA_OIL'] }) }, me.token)
    ).createSavedSearch;
    expect(created).toMatchObject({
      name: '茶油保鲜',
      target: 'ACHIEVEMENT',
      industryChains: ['CAMELLIA_OIL'],
      modes: [],
      threshold: 60,
      active: true,
      trlMin: null,
    });
    const id = created.id as string;
    expect((await gql('{ savedSearches { id } }', {}, me.token)).savedSearches).toEqual([{ id }]);
    expect((await gql('{ savedSearches { id } }', {}, other.token)).savedSearches).toEqual([]);

    const updated = await gql(
      UPDATE,
      { id, input: search({ name: '  茶油抗氧化  ', threshold: 75, active: false, trlMin: 4, trlMax: 9 }) },
      me.token,
    );
    expect(updated.updateSavedSearch).toMatchObject({
      name: '茶油抗氧化',
      threshold: 75,
      active: false,
      trlMin: 4,
    });

    for (const token of [other.token, bureau]) {
      expect(codeOf(await app.graphql(GET, { id }, token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(UPDATE, { id, input: search() }, token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(DELETE, { id }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.graphql(GET, { id }))).toBe('UNAUTHENTICATED');
    expect((await gql(DELETE, { id }, me.token)).deleteSavedSearch).toBe(id);
    expect(codeOf(await app.graphql(GET, { id }, me.token))).toBe('NOT_FOUND');
    expect(codeOf(await app.graphql(GET, { id: 'not-an-id' }, me.token))).toBe('NOT_FOUND');

    const audit = await app.orm.em
      .getConnection()
      .execute<{ action: string }[]>(
        `select action from audit_event where entity_type = 'SavedSearch' and entity_id = ? order by id`,
        [id],
      );
    expect(audit.map((row) => row.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses bad input with every problem named in Chinese', async () => {
    const me = await registerMember(app, 'ENTERPRISE');
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ' }, '订阅名称不能为空'],
      [{ query: '' }, '搜索文字不能为空'],
      [{ query: '茶'.repeat(501) }, '搜索文字不能超过 500 个字符'],
      [{ trlMin: 0 }, '成熟度下限须为 1–9 的整数'],
      [{ trlMin: 7, trlMax: 3 }, '成熟度下限不能高于上限'],
      [{ threshold: 101 }, '通知阈值须为 0–100 的整数'],
      [{ threshold: -1 }, '通知阈值须为 0–100 的整数'],
    ];
    for (const [overrides, message] of cases) {
      const result = await app.graphql(CREATE, { input: search(overrides) }, me.token);
      expect(codeOf(result), JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain(message);
    }
    const both = await app.graphql(CREATE, { input: search({ name: '', threshold: 300 }) }, me.token);
    expect(both.errors![0]!.extensions!.problems).toEqual(['订阅名称不能为空', '通知阈值须为 0–100 的整数']);
    const settings = await app.graphql(
      'mutation { updateAlertSettings(input: { threshold: 101, listingAlerts: true }) { threshold } }',
      {},
      me.token,
    );
    expect(codeOf(settings)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.graphql(CREATE, { input: search() }))).toBe('UNAUTHENTICATED');
    expect((await gql('{ savedSearches { id } }', {}, me.token)).savedSearches).toEqual([]);
  });

  it('are limited to 50 a person', async () => {
    const me = await registerMember(app, 'UNIVERSITY');
    for (let i = 0; i < 50; i++) {
      await gql(CREATE, { input: search({ name: `订阅${i}` }) }, me.token);
    }
    const result = await app.graphql(CREATE, { input: search({ name: '第五十一个' }) }, me.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('最多保存 50 个订阅');
  });

  it('keeps a member’s alert settings, audited', async () => {
    const me = await registerMember(app, 'ENTERPRISE');
    expect((await gql('{ alertSettings { threshold listingAlerts } }', {}, me.token)).alertSettings).toEqual({
      threshold: 60,
      listingAlerts: true,
    });
    expect((await setAlerts(me.token, 80)).updateAlertSettings).toEqual({
      threshold: 80,
      listingAlerts: true,
    });
    const { me: viewer } = await gql('{ me { id } }', {}, me.token);
    const audit = await app.orm.em
      .getConnection()
      .execute<{ before: unknown; after: unknown }[]>(
        `select before, after from audit_event where entity_type = 'AlertSetting' and entity_id = ?`,
        [viewer.id],
      );
    expect(audit).toEqual([
      { before: { threshold: 60, listingAlerts: true }, after: { threshold: 80, listingAlerts: true } },
    ]);
  });
});
