import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, codeOf } from '../../testing/fixtures.js';
import { forceMatch, gql, pair, party, propose, sql, type Party } from './brokering.fixtures.js';

let app: TestApp;
let bureau: string;
let enterprise: Party;
let university: Party;
let outsider: Party;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
  enterprise = await party(app, 'ENTERPRISE');
  university = await party(app, 'UNIVERSITY');
  outsider = await party(app, 'ENTERPRISE');
});
afterAll(() => app.stop());

type Actor = 'demandSide' | 'achievementSide' | 'bureau' | 'outsider';
type Action = 'interest' | 'meet' | 'negotiate' | 'close';
const token = (actor: Actor) =>
  ({ demandSide: enterprise.token, achievementSide: university.token, bureau, outsider: outsider.token })[
    actor
  ];

const MUTATIONS: Record<Action, string> = {
  interest:
    'mutation($id: ID!, $side: MatchSide) { expressInterest(input: { matchId: $id, side: $side }) { stage } }',
  meet: 'mutation($id: ID!) { scheduleMeeting(id: $id, input: { note: "周三上午见面" }) { stage } }',
  negotiate: 'mutation($id: ID!) { startNegotiation(id: $id) { stage } }',
  close:
    'mutation($id: ID!) { closeMatch(id: $id, input: { reason: NOT_INTERESTED }) { stage closeReason } }',
};

async function attempt(id: string, action: Action, actor: Actor) {
  // The bureau records interest on behalf of the achievement side; a party speaks for itself.
  return app.graphql(
    MUTATIONS[action],
    { id, side: actor === 'bureau' ? 'ACHIEVEMENT' : null },
    token(actor),
  );
}

/** The match lifecycle, written out by hand: [from, action, actor] → to. Everything not listed is refused. */
const LEGAL: Record<string, string> = {};
for (const actor of ['demandSide', 'achievementSide', 'bureau'] as const) {
  LEGAL[`PROPOSED interest ${actor}`] = 'INTERESTED';
  LEGAL[`MUTUAL_INTEREST meet ${actor}`] = 'MEETING';
  LEGAL[`MEETING negotiate ${actor}`] = 'NEGOTIATING';
  for (const from of ['PROPOSED', 'INTERESTED', 'MUTUAL_INTEREST', 'MEETING', 'NEGOTIATING']) {
    LEGAL[`${from} close ${actor}`] = 'CLOSED';
  }
}
// INTERESTED (the demand side went first): only the other side's interest makes it mutual.
LEGAL['INTERESTED interest achievementSide'] = 'MUTUAL_INTEREST';
LEGAL['INTERESTED interest bureau'] = 'MUTUAL_INTEREST';

describe('match pipeline', () => {
  it('allows exactly the legal transitions, writes one event for each, and refuses the rest', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const id = await propose(app, bureau, demandId, achievementId);
    const problems: string[] = [];
    const stages = [
      'PROPOSED',
      'INTERESTED',
      'MUTUAL_INTEREST',
      'MEETING',
      'NEGOTIATING',
      'CONTRACTED',
      'CLOSED',
    ];
    for (const from of stages) {
      for (const action of ['interest', 'meet', 'negotiate', 'close'] as const) {
        for (const actor of ['demandSide', 'achievementSide', 'bureau', 'outsider'] as const) {
          await forceMatch(app, id, from, { interestedSide: from === 'INTERESTED' ? 'DEMAND' : null });
          const [before] = await sql<{ n: number }>(
            app,
            'select count(*)::int as n from match_event where match_id = ?',
            [id],
          );
          const result = await attempt(id, action, actor);
          const [after] = await sql<{ n: number }>(
            app,
            'select count(*)::int as n from match_event where match_id = ?',
            [id],
          );
          const [row] = await sql<{ stage: string }>(app, 'select stage from "match" where id = ?', [id]);
          const expected = LEGAL[`${from} ${action} ${actor}`];
          const label = `${from} ${action} by ${actor}`;
          if (expected) {
            const got = (Object.values(result.data ?? {})[0] as { stage: string } | undefined)?.stage;
            if (got !== expected || row!.stage !== expected || after!.n !== before!.n + 1) {
              problems.push(
                `${label}: expected → ${expected}, got ${got ?? JSON.stringify(result.errors)} (events +${after!.n - before!.n})`,
              );
            }
          } else {
            const code = codeOf(result);
            const want = actor === 'outsider' ? 'NOT_FOUND' : 'CONFLICT';
            if (code !== want || row!.stage !== from || after!.n !== before!.n) {
              problems.push(`${label}: expected ${want}, got ${String(code)} (stage ${row!.stage})`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('records each step with actor, time and note, oldest first', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const id = await propose(app, enterprise.token, demandId, achievementId);
    await gql(
      app,
      'mutation($id: ID!) { expressInterest(input: { matchId: $id, note: "我们很感兴趣" }) { stage } }',
      { id },
      enterprise.token,
    );
    await gql(
      app,
      'mutation($id: ID!) { expressInterest(input: { matchId: $id }) { stage } }',
      { id },
      university.token,
    );
    await gql(app, MUTATIONS.meet, { id }, bureau);
    const data = await gql(
      app,
      'query($id: ID!) { match(id: $id) { stage origin events { action fromStage toStage side actorLabel note at } } }',
      { id },
      enterprise.token,
    );
    expect(data.match.origin).toBe('RECOMMENDATION');
    expect(
      data.match.events.map((e: any) => [e.action, e.fromStage, e.toStage, e.side, e.actorLabel, e.note]),
    ).toEqual([
      ['CREATE', null, 'PROPOSED', null, enterprise.organizationName, ''],
      ['INTEREST', 'PROPOSED', 'INTERESTED', 'DEMAND', enterprise.organizationName, '我们很感兴趣'],
      ['INTEREST', 'INTERESTED', 'MUTUAL_INTEREST', 'ACHIEVEMENT', university.organizationName, ''],
      ['MEET', 'MUTUAL_INTEREST', 'MEETING', null, '科技局', '周三上午见面'],
    ]);
    expect(data.match.events.every((e: any) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('creates a match from an expression of interest, and keeps one match per pair', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const first = await gql(
      app,
      'mutation($d: ID!, $a: ID!) { expressInterest(input: { demandId: $d, achievementId: $a }) { id stage origin interestedSide viewerSide availableActions } }',
      { d: demandId, a: achievementId },
      university.token,
    );
    expect(first.expressInterest).toMatchObject({
      stage: 'INTERESTED',
      origin: 'INTEREST',
      interestedSide: 'ACHIEVEMENT',
      viewerSide: 'ACHIEVEMENT',
      availableActions: ['CLOSE'],
    });
    const second = await gql(
      app,
      'mutation($d: ID!, $a: ID!) { expressInterest(input: { demandId: $d, achievementId: $a }) { id stage } }',
      { d: demandId, a: achievementId },
      enterprise.token,
    );
    expect(second.expressInterest).toEqual({ id: first.expressInterest.id, stage: 'MUTUAL_INTEREST' });
    const actions = 'query($id: ID!) { match(id: $id) { availableActions } }';
    const forBureau = await gql(app, actions, { id: first.expressInterest.id }, bureau);
    expect(forBureau.match.availableActions).toEqual(['MEET', 'CONTRACT', 'CLOSE']);
    const forParty = await gql(app, actions, { id: first.expressInterest.id }, enterprise.token);
    expect(forParty.match.availableActions).toEqual(['MEET', 'CLOSE']);
    const again = await app.graphql(
      'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
      { input: { demandId, achievementId } },
      bureau,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const [count] = await sql<{ n: number }>(
      app,
      'select count(*)::int as n from "match" where demand_id = ?',
      [demandId],
    );
    expect(count!.n).toBe(1);
  });

  it('refuses proposals by outsiders and for unpublished listings', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const input = { demandId, achievementId };
    const q = 'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }';
    expect(codeOf(await app.graphql(q, { input }, outsider.token))).toBe('FORBIDDEN');
    await sql(app, `update demand set status = 'CLOSED', close_reason = 'SOLVED' where id = ?`, [demandId]);
    expect(codeOf(await app.graphql(q, { input }, bureau))).toBe('CONFLICT');
    expect(codeOf(await app.graphql(q, { input: { ...input, demandId: 'nope' } }, bureau))).toBe('NOT_FOUND');
  });

  it('lets exactly one of two simultaneous advances win; the other gets CONFLICT', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const id = await propose(app, bureau, demandId, achievementId);
    for (let round = 0; round < 5; round++) {
      await forceMatch(app, id, 'MUTUAL_INTEREST');
      await sql(app, `delete from match_event where match_id = ? and action = 'MEET'`, [id]);
      const results = await Promise.all([
        app.graphql(MUTATIONS.meet, { id }, enterprise.token),
        app.graphql(MUTATIONS.meet, { id }, university.token),
      ]);
      expect(results.filter((r) => r.data?.scheduleMeeting?.stage === 'MEETING')).toHaveLength(1);
      expect(results.map((r) => codeOf(r)).filter(Boolean)).toEqual(['CONFLICT']);
      const [events] = await sql<{ n: number }>(
        app,
        `select count(*)::int as n from match_event where match_id = ? and action = 'MEET'`,
        [id],
      );
      expect(events!.n).toBe(1);
    }
    const stale = await app.graphql(
      'mutation($id: ID!) { startNegotiation(id: $id, input: { expectedVersion: 1 }) { stage } }',
      { id },
      bureau,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('shows neither side the other’s contacts before mutual interest, and both sides after', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const readDemand =
      'query($id: ID!) { demand(id: $id) { disclosed contactPhone contactEmail confidentialDetail } }';
    const readAchievement =
      'query($id: ID!) { achievement(id: $id) { disclosed contactPhone confidentialDetail } }';
    const viaMatch =
      'query($id: ID!) { match(id: $id) { demand { contactPhone } achievement { contactPhone } } }';
    const hidden = async () => {
      expect((await gql(app, readDemand, { id: demandId }, university.token)).demand).toEqual({
        disclosed: false,
        contactPhone: null,
        contactEmail: null,
        confidentialDetail: null,
      });
      expect((await gql(app, readAchievement, { id: achievementId }, enterprise.token)).achievement).toEqual({
        disclosed: false,
        contactPhone: null,
        confidentialDetail: null,
      });
    };
    await hidden();
    const id = await propose(app, bureau, demandId, achievementId);
    await hidden();
    await gql(app, MUTATIONS.interest, { id }, enterprise.token);
    await hidden();
    expect((await gql(app, viaMatch, { id }, enterprise.token)).match.achievement.contactPhone).toBeNull();

    await gql(app, MUTATIONS.interest, { id }, university.token);
    expect((await gql(app, readDemand, { id: demandId }, university.token)).demand).toEqual({
      disclosed: true,
      contactPhone: '13900000001',
      contactEmail: 'li@factory.test',
      confidentialDetail: '现有产线年产 500 吨。',
    });
    expect((await gql(app, readAchievement, { id: achievementId }, enterprise.token)).achievement).toEqual({
      disclosed: true,
      contactPhone: '0745-2800001',
      confidentialDetail: '复配比例与工艺参数见试验报告 R-17。',
    });
    expect((await gql(app, viaMatch, { id }, enterprise.token)).match).toEqual({
      demand: { contactPhone: '13900000001' },
      achievement: { contactPhone: '0745-2800001' },
    });
    // Someone else is still shown nothing; the bureau always sees everything.
    expect((await gql(app, readDemand, { id: demandId }, outsider.token)).demand.contactPhone).toBeNull();
    expect(codeOf(await app.graphql(viaMatch, { id }, outsider.token))).toBe('NOT_FOUND');
    expect((await gql(app, readDemand, { id: demandId }, bureau)).demand.disclosed).toBe(true);
  });
});

describe('notifications', () => {
  const UNREAD =
    '{ unreadNotificationCount notifications(unreadOnly: true, first: 50) { id kind title entityId } }';

  it('tells every party member except the actor, once per stage change, with an e-mail queued for each', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const count = async (userId: string, matchId: string) => {
      const [row] = await sql<{ n: number; mails: number }>(
        app,
        `select count(*)::int as n, (select count(*)::int from email_outbox o join notification x on x.id = o.notification_id
           where x.recipient_id = ? and x.entity_id = ?) as mails
         from notification where recipient_id = ? and entity_id = ?`,
        [userId, matchId, userId, matchId],
      );
      return [row!.n, row!.mails];
    };
    const id = await propose(app, bureau, demandId, achievementId);
    expect([await count(enterprise.userId, id), await count(university.userId, id)]).toEqual([
      [1, 1],
      [1, 1],
    ]);
    await gql(app, MUTATIONS.interest, { id }, enterprise.token);
    expect([await count(enterprise.userId, id), await count(university.userId, id)]).toEqual([
      [1, 1],
      [2, 2],
    ]);
    await gql(app, MUTATIONS.interest, { id }, university.token);
    expect([await count(enterprise.userId, id), await count(university.userId, id)]).toEqual([
      [2, 2],
      [2, 2],
    ]);
    // A refused change tells nobody.
    await app.graphql(MUTATIONS.negotiate, { id }, bureau);
    expect([await count(enterprise.userId, id), await count(university.userId, id)]).toEqual([
      [2, 2],
      [2, 2],
    ]);
    await gql(app, MUTATIONS.meet, { id }, bureau);
    expect([await count(enterprise.userId, id), await count(university.userId, id)]).toEqual([
      [3, 3],
      [3, 3],
    ]);
    const [mail] = await sql<{ to_address: string; subject: string }>(
      app,
      `select o.to_address, o.subject from email_outbox o join notification x on x.id = o.notification_id
       where x.recipient_id = ? order by o.id desc limit 1`,
      [university.userId],
    );
    expect(mail).toEqual({
      to_address: university.email,
      subject: '【鹤城区双高对接平台】对接进展：洽谈会面',
    });
  });

  it('lists my unread notifications and marks them read, some or all, never anyone else’s', async () => {
    const me = await party(app, 'UNIVERSITY');
    const { demandId, achievementId } = await pair(app, bureau, enterprise, me);
    const id = await propose(app, bureau, demandId, achievementId);
    await gql(app, MUTATIONS.interest, { id }, enterprise.token);
    const before = await gql(app, UNREAD, {}, me.token);
    expect(before.unreadNotificationCount).toBe(2);
    expect(before.notifications.map((n: any) => [n.kind, n.title, n.entityId])).toEqual([
      ['MATCH_STAGE', '对接进展：一方有意向', id],
      ['MATCH_STAGE', '对接进展：已推荐', id],
    ]);
    // Someone else's ids change nothing.
    const theirs = await gql(app, UNREAD, {}, enterprise.token);
    expect(
      (
        await gql(
          app,
          'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: [before.notifications[0].id] },
          enterprise.token,
        )
      ).markNotificationsRead,
    ).toBe(0);
    expect((await gql(app, UNREAD, {}, enterprise.token)).unreadNotificationCount).toBe(
      theirs.unreadNotificationCount,
    );

    expect(
      (
        await gql(
          app,
          'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: [before.notifications[0].id] },
          me.token,
        )
      ).markNotificationsRead,
    ).toBe(1);
    const after = await gql(app, UNREAD, {}, me.token);
    expect(after.unreadNotificationCount).toBe(1);
    expect(after.notifications.map((n: any) => n.id)).toEqual([before.notifications[1].id]);
    expect((await gql(app, 'mutation { markNotificationsRead }', {}, me.token)).markNotificationsRead).toBe(
      1,
    );
    expect((await gql(app, UNREAD, {}, me.token)).unreadNotificationCount).toBe(0);
    expect(
      (await gql(app, '{ notifications(first: 10) { id readAt } }', {}, me.token)).notifications,
    ).toHaveLength(2);
    expect(codeOf(await app.graphql('{ unreadNotificationCount }'))).toBe('UNAUTHENTICATED');
  });
});

describe('follow-up', () => {
  it('lists matches past their stage’s period as overdue and reminds the parties once per stage entry', async () => {
    const { demandId, achievementId } = await pair(app, bureau, enterprise, university);
    const id = await propose(app, bureau, demandId, achievementId);
    const overdueIds = async () =>
      (await gql(app, '{ overdueMatches { id overdue } }', {}, bureau)).overdueMatches.map((m: any) => m.id);
    const reminders = async () => {
      const [row] = await sql<{ n: number }>(
        app,
        `select count(*)::int as n from notification where entity_id = ? and kind = 'MATCH_FOLLOW_UP'`,
        [id],
      );
      return row!.n;
    };
    expect(await overdueIds()).not.toContain(id);
    await forceMatch(app, id, 'PROPOSED', { enteredDaysAgo: 8 });
    expect(await overdueIds()).toContain(id);
    expect(codeOf(await app.graphql('{ overdueMatches { id } }', {}, enterprise.token))).toBe('FORBIDDEN');

    expect((await gql(app, 'mutation { runFollowUp }', {}, bureau)).runFollowUp).toBeGreaterThanOrEqual(1);
    expect(await reminders()).toBe(2); // one for each party's member
    await gql(app, 'mutation { runFollowUp }', {}, bureau);
    expect(await reminders()).toBe(2);

    // A new stage is a new entry: overdue again later, reminded again.
    await gql(app, MUTATIONS.interest, { id }, enterprise.token);
    expect(await overdueIds()).not.toContain(id);
    await sql(app, `update "match" set stage_entered_at = now() - interval '8 days' where id = ?`, [id]);
    await gql(app, 'mutation { runFollowUp }', {}, bureau);
    expect(await reminders()).toBe(4);

    // The bureau lengthens the period: no longer overdue.
    const set = await gql(
      app,
      'mutation { setFollowUpDays(stage: INTERESTED, days: 10) { stage days } }',
      {},
      bureau,
    );
    expect(set.setFollowUpDays).toEqual({ stage: 'INTERESTED', days: 10 });
    expect(await overdueIds()).not.toContain(id);
    const settings = await gql(app, '{ followUpSettings { stage days } }', {}, bureau);
    expect(settings.followUpSettings).toEqual([
      { stage: 'PROPOSED', days: 7 },
      { stage: 'INTERESTED', days: 10 },
      { stage: 'MUTUAL_INTEREST', days: 14 },
      { stage: 'MEETING', days: 21 },
      { stage: 'NEGOTIATING', days: 30 },
    ]);
    expect(
      codeOf(await app.graphql('mutation { setFollowUpDays(stage: CLOSED, days: 3) { days } }', {}, bureau)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await app.graphql(
          'mutation { setFollowUpDays(stage: MEETING, days: 3) { days } }',
          {},
          university.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
