import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ACHIEVEMENT_INPUT,
  ADMIN,
  PASSWORD,
  publishedListing,
  registerMember,
} from '../../testing/fixtures.js';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { alertsSent, notificationsAbout, TWIN_DEMAND } from './alerts.fixtures.js';

let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  first = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  second = await startTestApp(inject('databaseServerUrl'), { databaseUrl: first.databaseUrl });
});
afterAll(async () => {
  await second.server.stop();
  await second.orm.close();
  await first.stop();
});

/** Waits until a process's match index holds the listing (other processes hear of it by NOTIFY). */
async function indexed(app: TestApp, kind: 'Achievement' | 'Demand', id: string): Promise<void> {
  const engine = app.server.services.matching.engine;
  const probe = { ...ACHIEVEMENT_INPUT, id: 'probe', askingPriceWan: null } as never;
  const demandProbe = { ...TWIN_DEMAND, id: 'probe', industryChain: 'CAMELLIA_OIL', deadline: null } as never;
  const started = Date.now();
  while (Date.now() - started < 3000) {
    const hits =
      kind === 'Demand'
        ? engine.matchesForAchievement(probe, { first: 100 })
        : engine.matchesForDemand(demandProbe, { first: 100 });
    if (hits.some((hit) => hit.id === id)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${kind} ${id} never reached the index`);
}

const sql = <T>(query: string, params: unknown[] = []) =>
  first.orm.em.getConnection().execute<T[]>(query, params);

describe('alerts with several API processes on one database', () => {
  it('are sent once, by the process that published, and a race between processes cannot repeat one', async () => {
    const bureauOnFirst = await first.login(ADMIN.email, ADMIN.password);
    const bureauOnSecond = await second.login(ADMIN.email, ADMIN.password);
    const enterprise = await registerMember(first, 'ENTERPRISE');
    const university = await registerMember(second, 'UNIVERSITY'); // tokens are signed per process
    const demandId = await publishedListing(first, enterprise.token, bureauOnFirst, 'Demand', TWIN_DEMAND);
    await indexed(second, 'Demand', demandId);

    const achievementId = await publishedListing(second, university.token, bureauOnSecond, 'Achievement');
    await indexed(first, 'Achievement', achievementId);
    await alertsSent(first, second);
    expect(await notificationsAbout(first, enterprise.token, achievementId)).toHaveLength(1);

    // Both processes re-run the same listing at once: everything is already claimed.
    const again = await Promise.all([
      first.server.services.alerts.dispatch('Achievement', achievementId),
      second.server.services.alerts.dispatch('Achievement', achievementId),
    ]);
    expect(again).toEqual([0, 0]);

    // With the claims gone, two simultaneous runs still write each notification once.
    await sql(
      `delete from email_outbox where notification_id in (select id from notification where entity_id = ?)`,
      [achievementId],
    );
    await sql('delete from notification where entity_id = ?', [achievementId]);
    await sql('delete from alert_delivery where alert_key like ?', [`pair:${achievementId}:%`]);
    const raced = await Promise.all([
      first.server.services.alerts.dispatch('Achievement', achievementId),
      second.server.services.alerts.dispatch('Achievement', achievementId),
    ]);
    expect(raced[0]! + raced[1]!).toBe(1);
    expect(await notificationsAbout(first, enterprise.token, achievementId)).toHaveLength(1);
  });

  it('are sent after a restart when the publishing process stopped before sending them', async () => {
    const bureau = await first.login(ADMIN.email, ADMIN.password);
    const enterprise = await registerMember(first, 'ENTERPRISE');
    const university = await registerMember(first, 'UNIVERSITY');
    await publishedListing(first, enterprise.token, bureau, 'Demand', TWIN_DEMAND);
    // A process that will never send: the publish below is queued in its transaction, and that is all.
    const stopping = await startTestApp(inject('databaseServerUrl'), { databaseUrl: first.databaseUrl });
    await stopping.server.services.alerts.stop();
    const universityThere = await stopping.login(university.email, PASSWORD);
    const bureauThere = await stopping.login(ADMIN.email, ADMIN.password);
    const achievementId = await publishedListing(stopping, universityThere, bureauThere, 'Achievement');
    await stopping.server.stop();
    await stopping.orm.close();
    const queued = await sql<{ n: number }>(
      `select count(*)::int as n from alert_queue where listing_kind = 'Achievement' and listing_id = ?`,
      [achievementId],
    );
    expect(queued[0]!.n).toBeGreaterThan(0);
    expect(await notificationsAbout(first, enterprise.token, achievementId)).toHaveLength(0);

    const restarted = await startTestApp(inject('databaseServerUrl'), { databaseUrl: first.databaseUrl });
    try {
      await alertsSent(restarted);
      expect(await notificationsAbout(first, enterprise.token, achievementId)).toHaveLength(1);
      const left = await sql<{ n: number }>(
        `select count(*)::int as n from alert_queue where listing_id = ?`,
        [achievementId],
      );
      expect(left[0]!.n).toBe(0);
    } finally {
      await restarted.server.stop();
      await restarted.orm.close();
    }
  });
});
