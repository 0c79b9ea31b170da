import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, createListing, publishedListing, registerMember } from '../../testing/fixtures.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { ListingStatus } from '../listing/listing.enums.js';
import { achievementDoc, demandDoc, publishedDocs } from './listing-docs.js';

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

describe('the index load at start', () => {
  it('reads the same documents from rows as from the entities, published listings only, page by page', async () => {
    const bureau = await first.login(ADMIN.email, ADMIN.password);
    const enterprise = await registerMember(first, 'ENTERPRISE');
    const university = await registerMember(first, 'UNIVERSITY');
    await publishedListing(first, university.token, bureau, 'Achievement', { askingPriceWan: 12.5 });
    await publishedListing(first, university.token, bureau, 'Achievement', {
      askingPriceWan: null,
      trl: null,
    });
    await publishedListing(first, enterprise.token, bureau, 'Demand');
    await publishedListing(first, enterprise.token, bureau, 'Demand', { budgetWan: null, deadline: null });
    const draft = await createListing(first, university.token, 'Achievement');
    const em = first.orm.em.fork();
    const published = { status: ListingStatus.PUBLISHED };
    const byId = <T extends { id: string }>(docs: T[]) => [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
    const achievements = await publishedDocs(em.getConnection(), 'achievement', 2);
    expect(achievements.map((doc) => doc.id)).not.toContain(draft);
    expect(achievements.some((doc) => doc.askingPriceWan === 12.5)).toBe(true);
    expect(byId(achievements)).toEqual(byId((await em.find(Achievement, published)).map(achievementDoc)));
    const demands = await publishedDocs(em.getConnection(), 'demand', 2);
    expect(demands.some((doc) => doc.deadline !== null && doc.budgetWan !== null)).toBe(true);
    expect(demands.some((doc) => doc.deadline === null)).toBe(true);
    expect(byId(demands)).toEqual(byId((await em.find(Demand, published)).map(demandDoc)));
  });
});
