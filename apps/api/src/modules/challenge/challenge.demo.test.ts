import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-data.js';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ok, sql } from './challenge-test-kit.js';

let app: TestApp;
const email = (local: string) => demoUsers.find((u) => u.email.startsWith(`${local}@`))!.email;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), { seedDemo: true });
});
afterAll(() => app.stop());

describe('challenge demo data', () => {
  it('has a challenge in every stage, with applications, reviews and milestones where the stage implies them', async () => {
    const bureau = await app.login(email('bureau'), DEMO_PASSWORD);
    const page = await ok(
      app.graphql(
        '{ challenges(first: 100) { totalCount items { status postedByBureau milestones { status } winners { name } } } }',
        {},
        bureau,
      ),
    );
    const statuses = page.challenges.items.map((c: { status: string }) => c.status);
    for (const status of [
      'DRAFT',
      'UNDER_REVIEW',
      'PUBLISHED',
      'APPLICATIONS_CLOSED',
      'EVALUATING',
      'AWARDED',
      'IN_PROGRESS',
      'ACCEPTED',
      'FAILED',
      'CANCELLED',
    ]) {
      expect(statuses).toContain(status);
    }
    const byStatus = (status: string) =>
      page.challenges.items.find((c: { status: string }) => c.status === status);
    expect(byStatus('IN_PROGRESS').milestones.length).toBeGreaterThan(0);
    expect(byStatus('ACCEPTED').milestones.every((m: { status: string }) => m.status === 'ACCEPTED')).toBe(
      true,
    );
    expect(byStatus('AWARDED').winners).toHaveLength(1);
    const perStage = await sql(
      app,
      `select c.status, count(distinct a.id)::int as applications, count(r.id)::int as assignments
      from challenge c left join challenge_application a on a.challenge_id = c.id left join review_assignment r on r.application_id = a.id group by c.status`,
    );
    const counts = Object.fromEntries(
      perStage.map((row: { status: string; applications: number; assignments: number }) => [row.status, row]),
    );
    for (const status of [
      'PUBLISHED',
      'APPLICATIONS_CLOSED',
      'EVALUATING',
      'AWARDED',
      'IN_PROGRESS',
      'ACCEPTED',
      'FAILED',
    ]) {
      expect(counts[status].applications).toBeGreaterThan(0);
    }
    for (const status of ['EVALUATING', 'AWARDED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED']) {
      expect(counts[status].assignments).toBeGreaterThan(0);
    }
  });

  it('never assigns an expert to an application of their own organisation', async () => {
    const conflicts = await sql(
      app,
      `select r.id from review_assignment r join app_user u on u.id = r.expert_id
      join challenge_application a on a.id = r.application_id where u.organization_id = a.organization_id`,
    );
    expect(conflicts).toEqual([]);
    const chen = await app.login(email('expert.chen'), DEMO_PASSWORD);
    const mine = await ok(
      app.graphql(
        '{ me { organization { id } } reviewAssignments { id application { organization { id } } review { weightedScore } } }',
        {},
        chen,
      ),
    );
    expect(mine.reviewAssignments.length).toBeGreaterThan(0);
    for (const assignment of mine.reviewAssignments) {
      expect(assignment.application.organization.id).not.toBe(mine.me.organization.id);
    }
  });

  it('ranks the demo challenge under evaluation and recommends candidates for the published one', async () => {
    const bureau = await app.login(email('bureau'), DEMO_PASSWORD);
    const ids = await sql(
      app,
      `select id, status from challenge where status in ('EVALUATING', 'PUBLISHED')`,
    );
    const evaluating = ids.find((row: { status: string }) => row.status === 'EVALUATING')!.id;
    const published = ids.find((row: { status: string }) => row.status === 'PUBLISHED')!.id;
    const ranking = await ok(
      app.graphql(
        'query($c: ID!) { challengeRanking(challengeId: $c) { rank score reviewCount assignedCount } }',
        { c: evaluating },
        bureau,
      ),
    );
    expect(ranking.challengeRanking.length).toBe(3);
    expect(ranking.challengeRanking[0].rank).toBe(1);
    const award = await app.graphql(
      'mutation($c: ID!) { awardChallenge(id: $c, input: { winnerIds: [] }) { id } }',
      { c: evaluating },
      bureau,
    );
    expect(award.errors).toBeTruthy();
    const candidates = await ok(
      app.graphql(
        'query($c: ID!) { challengeCandidates(challengeId: $c, first: 5) { score reasons achievement { id title status } organization { name kind } alreadyApplied } }',
        { c: published },
        bureau,
      ),
    );
    expect(candidates.challengeCandidates.length).toBeGreaterThan(0);
    for (const candidate of candidates.challengeCandidates) {
      expect(candidate.achievement.status).toBe('PUBLISHED');
      expect(candidate.reasons.length).toBeGreaterThan(0);
      expect(['UNIVERSITY', 'INSTITUTE']).toContain(candidate.organization.kind);
    }
    const member = await app.login(email('jinxi'), DEMO_PASSWORD);
    expect(
      (
        await app.graphql(
          'query($c: ID!) { challengeCandidates(challengeId: $c) { score } }',
          { c: published },
          member,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
