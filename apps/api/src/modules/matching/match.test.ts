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

const FOR_DEMAND =
  'query($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) { score reasons achievement { id status } } }';
const FOR_ACHIEVEMENT =
  'query($id: ID!, $first: Int) { matchesForAchievement(achievementId: $id, first: $first) { score reasons demand { id status } } }';

let app: TestApp;
let bureau: string;
let enterprise: Member;
let university: Member;
let demandId: string;
let achievementId: string;
let draftAchievementId: string;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
  enterprise = await registerMember(app, 'ENTERPRISE');
  university = await registerMember(app, 'UNIVERSITY');
  demandId = await publishedListing(app, enterprise.token, bureau, 'Demand');
  achievementId = await publishedListing(app, university.token, bureau, 'Achievement');
  draftAchievementId = await createListing(app, university.token, 'Achievement');
});
afterAll(() => app.stop());

describe('matchesForDemand and matchesForAchievement', () => {
  it('answers the bureau and the owner with published listings of the other kind, best first, each with a reason', async () => {
    for (const token of [bureau, enterprise.token]) {
      const result = await app.graphql(FOR_DEMAND, { id: demandId }, token);
      const matches = result.data!.matchesForDemand as {
        score: number;
        reasons: string[];
        achievement: { id: string; status: string };
      }[];
      expect(matches.map((m) => m.achievement.id)).toContain(achievementId);
      expect(matches.map((m) => m.achievement.id)).not.toContain(draftAchievementId);
      for (const match of matches) {
        expect(match.score).toBeGreaterThan(0);
        expect(match.score).toBeLessThanOrEqual(100);
        expect(match.reasons.length).toBeGreaterThan(0);
        expect(match.achievement.status).toBe('PUBLISHED');
      }
      expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    }
    const reverse = await app.graphql(FOR_ACHIEVEMENT, { id: achievementId }, university.token);
    expect(reverse.data!.matchesForAchievement.map((m: { demand: { id: string } }) => m.demand.id)).toContain(
      demandId,
    );
  });

  it('lets an owner ask about its own listing in any status', async () => {
    const result = await app.graphql(FOR_ACHIEVEMENT, { id: draftAchievementId }, university.token);
    expect(result.errors).toBeUndefined();
  });

  it('refuses other organisations, unknown ids, anonymous callers and first outside 1–100', async () => {
    expect(codeOf(await app.graphql(FOR_DEMAND, { id: demandId }, university.token))).toBe('FORBIDDEN');
    expect(
      codeOf(await app.graphql(FOR_DEMAND, { id: '00000000-0000-4000-8000-000000000000' }, bureau)),
    ).toBe('NOT_FOUND');
    expect(codeOf(await app.graphql(FOR_DEMAND, { id: 'not-a-uuid' }, bureau))).toBe('NOT_FOUND');
    expect(codeOf(await app.graphql(FOR_DEMAND, { id: demandId }))).toBe('UNAUTHENTICATED');
    for (const first of [0, 101, -1]) {
      expect(codeOf(await app.graphql(FOR_DEMAND, { id: demandId, first }, bureau))).toBe('BAD_USER_INPUT');
    }
  });

  it('stops recommending a listing once it is closed', async () => {
    await app.graphql(
      'mutation($id: ID!) { closeAchievement(id: $id, options: { closeReason: TRANSFERRED }) { status } }',
      { id: achievementId },
      bureau,
    );
    const result = await app.graphql(FOR_DEMAND, { id: demandId, first: 100 }, bureau);
    expect(
      result.data!.matchesForDemand.map((m: { achievement: { id: string } }) => m.achievement.id),
    ).not.toContain(achievementId);
  });
});

describe('similar listings', () => {
  it('lists other published listings of the same kind, never the listing itself', async () => {
    const twin = await publishedListing(app, university.token, bureau, 'Achievement', {
      title: '茶油抗氧化剂复配技术',
    });
    const result = await app.graphql(
      'query($id: ID!) { similarAchievements(achievementId: $id) { score achievement { id } } }',
      { id: twin },
      enterprise.token,
    );
    const ids = result.data!.similarAchievements.map(
      (m: { achievement: { id: string } }) => m.achievement.id,
    );
    expect(ids).not.toContain(twin);
    expect(ids).not.toContain(draftAchievementId);
    expect(
      codeOf(
        await app.graphql(
          'query($id: ID!) { similarAchievements(achievementId: $id) { score } }',
          { id: draftAchievementId },
          enterprise.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
