import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, publishedListing, registerMember } from '../../testing/fixtures.js';

const FOR_DEMAND = 'query($id: ID!) { matchesForDemand(demandId: $id, first: 50) { achievement { id } } }';

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

describe('the match index across API processes on one database', () => {
  it('matches in one process a listing published through another, within a second', async () => {
    const bureau = await first.login(ADMIN.email, ADMIN.password);
    const bureauOnSecond = await second.login(ADMIN.email, ADMIN.password);
    const enterprise = await registerMember(first, 'ENTERPRISE');
    const university = await registerMember(first, 'UNIVERSITY');
    const demandId = await publishedListing(first, enterprise.token, bureau, 'Demand');
    const ids = async () =>
      (
        (await second.graphql(FOR_DEMAND, { id: demandId }, bureauOnSecond)).data!.matchesForDemand as {
          achievement: { id: string };
        }[]
      ).map((match) => match.achievement.id);
    const achievementId = await publishedListing(first, university.token, bureau, 'Achievement');
    const published = Date.now();
    let seenAfter = Infinity;
    while (Date.now() - published < 3000) {
      if ((await ids()).includes(achievementId)) {
        seenAfter = Date.now() - published;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seenAfter).toBeLessThan(1000);

    await first.graphql(
      'mutation($id: ID!) { closeAchievement(id: $id, options: { closeReason: WITHDRAWN }) { status } }',
      { id: achievementId },
      bureau,
    );
    const closed = Date.now();
    while ((await ids()).includes(achievementId) && Date.now() - closed < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await ids()).not.toContain(achievementId);
    expect(Date.now() - closed).toBeLessThan(1000);
  });
});
