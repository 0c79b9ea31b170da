import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import { ADMIN, codeOf, createExpert } from '../../testing/fixtures.js';
import {
  APPLICATION_INPUT,
  CHALLENGE_FIELDS,
  act,
  apply,
  createChallenge,
  isoDay,
  ok,
  review,
  secondMember,
  sql,
  team,
  type Team,
} from './challenge-test-kit.js';

let app: TestApp;
let bureau: string;
let enterprise: Team;
let uni1: Team;
let uni2: Team;
let inst: Team;
let outsider: Team;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
  enterprise = await team(app, 'ENTERPRISE');
  uni1 = await team(app, 'UNIVERSITY', '揭榜测试大学一');
  uni2 = await team(app, 'UNIVERSITY');
  inst = await team(app, 'INSTITUTE');
  outsider = await team(app, 'UNIVERSITY');
});
afterAll(() => app.stop());

const pastDeadline = (id: string) =>
  sql(app, `update challenge set application_deadline = now() - interval '1 hour' where id = ?`, [id]);

describe('a challenge from an enterprise draft to acceptance', () => {
  let challengeId: string;
  const applications: Record<'uni1' | 'uni2' | 'inst', string> = { uni1: '', uni2: '', inst: '' };
  const experts: Record<'a' | 'b' | 'c', { token: string; id: string }> = {} as never;
  const assignmentIds: Record<string, string> = {};
  let milestoneId: string;

  it('goes through bureau review before it is published, and is hidden until then', async () => {
    const created = await createChallenge(app, enterprise.token);
    challengeId = created.id;
    expect(created.status).toBe('DRAFT');
    expect(codeOf(await act(app, 'publishChallenge', challengeId, bureau))).toBe('CONFLICT');
    expect(codeOf(await act(app, 'submitChallenge', challengeId, uni1.token))).toBe('NOT_FOUND');
    expect(
      (await ok(act(app, 'submitChallenge', challengeId, enterprise.token))).submitChallenge!.status,
    ).toBe('UNDER_REVIEW');
    expect(codeOf(await act(app, 'publishChallenge', challengeId, enterprise.token))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.graphql('query($id: ID!) { challenge(id: $id) { id } }', { id: challengeId }, uni1.token),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await act(app, 'returnChallenge', challengeId, bureau))).toBe('BAD_USER_INPUT');
    expect(
      (await ok(act(app, 'returnChallenge', challengeId, bureau, { reason: '指标请量化到可检测' })))
        .returnChallenge,
    ).toMatchObject({
      status: 'DRAFT',
      statusReason: '指标请量化到可检测',
    });
    await ok(act(app, 'submitChallenge', challengeId, enterprise.token));
    expect((await ok(act(app, 'publishChallenge', challengeId, bureau))).publishChallenge!.status).toBe(
      'PUBLISHED',
    );
    const seen = await ok(
      app.graphql(
        `query($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} targets { indicator } criteria { name weight } } }`,
        { id: challengeId },
        uni1.token,
      ),
    );
    expect(seen.challenge).toMatchObject({
      status: 'PUBLISHED',
      bountyWan: 180.5,
      postedByBureau: false,
      organization: { id: enterprise.organizationId },
    });
    expect(seen.challenge.criteria).toEqual([
      { name: '技术可行性', weight: 40 },
      { name: '团队能力', weight: 25 },
      { name: '预算合理性', weight: 20 },
      { name: '进度安排', weight: 15 },
    ]);
  });

  it('takes one application per organisation, editable until the deadline', async () => {
    applications.uni1 = (await ok(apply(app, challengeId, uni1.token))).applyToChallenge.id;
    applications.uni2 = (
      await ok(apply(app, challengeId, uni2.token, { budgetWan: 175 }))
    ).applyToChallenge.id;
    applications.inst = (
      await ok(apply(app, challengeId, inst.token, { budgetWan: 99.99 }))
    ).applyToChallenge.id;
    const colleague = await secondMember(app, bureau, '揭榜测试大学一', 'UNIVERSITY');
    expect(codeOf(await apply(app, challengeId, colleague.token))).toBe('CONFLICT');
    expect(codeOf(await apply(app, challengeId, enterprise.token))).toBe('FORBIDDEN');
    expect(codeOf(await apply(app, challengeId, outsider.token, { budgetWan: 1.234 }))).toBe(
      'BAD_USER_INPUT',
    );
    const edited = await ok(
      app.graphql(
        'mutation($id: ID!, $input: ChallengeApplicationInput!) { updateChallengeApplication(id: $id, input: $input) { budgetWan version } }',
        { id: applications.uni1, input: { ...APPLICATION_INPUT, budgetWan: 160.1 } },
        colleague.token,
      ),
    );
    expect(edited.updateChallengeApplication.budgetWan).toBe(160.1);
    const rows = await sql(app, 'select budget_wan::text as b from challenge_application where id = ?', [
      applications.uni1,
    ]);
    expect(rows[0].b).toBe('160.10');
    const visible = await ok(
      app.graphql(
        'query($id: ID!) { challengeApplications(challengeId: $id) { id } }',
        { id: challengeId },
        uni2.token,
      ),
    );
    expect(visible.challengeApplications).toEqual([{ id: applications.uni2 }]);
    const owner = await ok(
      app.graphql(
        'query($id: ID!) { challengeApplications(challengeId: $id) { id } }',
        { id: challengeId },
        enterprise.token,
      ),
    );
    expect(owner.challengeApplications).toEqual([]);
  });

  it('closes at the deadline: no closing before it, no applying or editing after it, closed lazily on read', async () => {
    expect(codeOf(await act(app, 'closeChallengeApplications', challengeId, bureau))).toBe('CONFLICT');
    await pastDeadline(challengeId);
    expect(codeOf(await apply(app, challengeId, outsider.token))).toBe('CONFLICT');
    const late = await app.graphql(
      'mutation($id: ID!, $input: ChallengeApplicationInput!) { updateChallengeApplication(id: $id, input: $input) { id } }',
      { id: applications.uni1, input: APPLICATION_INPUT },
      uni1.token,
    );
    expect(codeOf(late)).toBe('CONFLICT');
    const read = await ok(
      app.graphql('query($id: ID!) { challenge(id: $id) { status } }', { id: challengeId }, outsider.token),
    );
    expect(read.challenge.status).toBe('APPLICATIONS_CLOSED');
    const audit = await sql(
      app,
      `select actor_id from audit_event where entity_id = ? and action = 'closeApplications'`,
      [challengeId],
    );
    expect(audit).toEqual([{ actor_id: null }]);
    const owner = await ok(
      app.graphql(
        'query($id: ID!) { challengeApplications(challengeId: $id) { id } }',
        { id: challengeId },
        enterprise.token,
      ),
    );
    expect(owner.challengeApplications).toHaveLength(3);
  });

  it('refuses to award before evaluation, and to evaluate without a shortlist', async () => {
    const award = await app.graphql(
      'mutation($id: ID!, $input: AwardChallengeInput!) { awardChallenge(id: $id, input: $input) { status } }',
      { id: challengeId, input: { winnerIds: [applications.uni2] } },
      bureau,
    );
    expect(codeOf(award)).toBe('CONFLICT');
    expect(codeOf(await act(app, 'startChallengeEvaluation', challengeId, bureau))).toBe('CONFLICT');
    for (const id of Object.values(applications)) {
      expect(
        codeOf(
          await app.graphql(
            'mutation($id: ID!) { shortlistChallengeApplication(id: $id) { id } }',
            { id },
            uni1.token,
          ),
        ),
      ).toBe('FORBIDDEN');
      await ok(
        app.graphql(
          'mutation($id: ID!) { shortlistChallengeApplication(id: $id) { status } }',
          { id },
          bureau,
        ),
      );
    }
  });

  it('never lets an expert review an application of their own organisation', async () => {
    experts.a = await createExpert(app, bureau, uni1.organizationId);
    experts.b = await createExpert(app, bureau);
    experts.c = await createExpert(app, bureau, inst.organizationId);
    const assign = (expertId: string, applicationIds: string[]) =>
      app.graphql<{ assignReviewers: { id: string; expert: { id: string }; application: { id: string } }[] }>(
        'mutation($c: ID!, $a: [ReviewerAssignmentInput!]!) { assignReviewers(challengeId: $c, assignments: $a) { id expert { id } application { id } } }',
        { c: challengeId, a: [{ expertId, applicationIds }] },
        bureau,
      );
    const conflicted = await assign(experts.a.id, [applications.uni2, applications.uni1]);
    expect(codeOf(conflicted)).toBe('CONFLICT');
    expect(conflicted.errors?.[0]?.extensions?.reason).toBe('CONFLICT_OF_INTEREST');
    expect(codeOf(await assign(experts.c.id, [applications.inst]))).toBe('CONFLICT');
    await ok(assign(experts.a.id, [applications.uni2, applications.inst]));
    await ok(assign(experts.b.id, [applications.uni1, applications.uni2, applications.inst]));
    const panel = await ok(assign(experts.c.id, [applications.uni1, applications.uni2]));
    expect(panel.assignReviewers).toHaveLength(7);
    for (const a of panel.assignReviewers) {
      const who = Object.entries(experts).find(([, e]) => e.id === a.expert.id)![0];
      const what = Object.entries(applications).find(([, id]) => id === a.application.id)![0];
      assignmentIds[`${who}:${what}`] = a.id;
    }
    await ok(act(app, 'startChallengeEvaluation', challengeId, bureau));

    // An expert who joins the applicant's organisation after being assigned is refused at scoring.
    await sql(app, 'update app_user set organization_id = ?, membership = ? where id = ?', [
      uni1.organizationId,
      'APPROVED',
      experts.b.id,
    ]);
    const late = await review(app, assignmentIds['b:uni1']!, experts.b.token, [80, 70, 90, 60]);
    expect(codeOf(late)).toBe('FORBIDDEN');
    expect(late.errors?.[0]?.extensions?.reason).toBe('CONFLICT_OF_INTEREST');
    await sql(app, 'update app_user set organization_id = null, membership = null where id = ?', [
      experts.b.id,
    ]);
  });

  it('shows each expert only their own assignments', async () => {
    const mine = await ok(
      app.graphql(
        '{ reviewAssignments { id application { id proposal organization { name } } } }',
        {},
        experts.a.token,
      ),
    );
    expect(mine.reviewAssignments.map((a: { id: string }) => a.id).sort()).toEqual(
      [assignmentIds['a:uni2'], assignmentIds['a:inst']].sort(),
    );
    const others = await app.graphql(
      'query($id: ID!) { reviewAssignment(id: $id) { id } }',
      { id: assignmentIds['b:uni1'] },
      experts.a.token,
    );
    expect(codeOf(others)).toBe('NOT_FOUND');
    expect(codeOf(await review(app, assignmentIds['b:uni1']!, experts.a.token, [1, 1, 1, 1]))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(
        await app.graphql(
          'query($c: ID!) { reviewAssignments(challengeId: $c) { id } }',
          { c: challengeId },
          uni1.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.graphql(
          'query($c: ID!) { challengeRanking(challengeId: $c) { rank } }',
          { c: challengeId },
          experts.a.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it("ranks the applications by the mean of the experts' weighted scores", async () => {
    // Weights: 技术可行性 40, 团队能力 25, 预算合理性 20, 进度安排 15 (Σ = 100); scores in that order.
    const scores: Record<string, [number, number, number, number]> = {
      'b:uni1': [80, 70, 90, 60], // (80·40 + 70·25 + 90·20 + 60·15) / 100 = (3200 + 1750 + 1800 + 900) / 100 = 76.5
      'c:uni1': [90, 80, 70, 80], // (3600 + 2000 + 1400 + 1200) / 100 = 82      → uni1: (76.5 + 82) / 2 = 79.25
      'a:uni2': [95, 90, 80, 85], // (3800 + 2250 + 1600 + 1275) / 100 = 89.25
      'b:uni2': [85, 80, 75, 90], // (3400 + 2000 + 1500 + 1350) / 100 = 82.5
      'c:uni2': [90, 85, 85, 80], // (3600 + 2125 + 1700 + 1200) / 100 = 86.25   → uni2: (89.25 + 82.5 + 86.25) / 3 = 86
      'a:inst': [60, 70, 100, 100], // (2400 + 1750 + 2000 + 1500) / 100 = 76.5
      'b:inst': [65, 75, 100, 95], // (2600 + 1875 + 2000 + 1425) / 100 = 79    → inst: (76.5 + 79) / 2 = 77.75
      // Unweighted, inst (83.125) would beat uni1 (77.5): the weights decide the order.
    };
    const expected: Record<string, number> = {
      'b:uni1': 76.5,
      'c:uni1': 82,
      'a:uni2': 89.25,
      'b:uni2': 82.5,
      'c:uni2': 86.25,
      'a:inst': 76.5,
      'b:inst': 79,
    };
    const award = () =>
      app.graphql(
        'mutation($id: ID!, $input: AwardChallengeInput!) { awardChallenge(id: $id, input: $input) { status } }',
        { id: challengeId, input: { winnerIds: [applications.uni2] } },
        bureau,
      );
    for (const [key, values] of Object.entries(scores)) {
      expect(codeOf(await award())).toBe('CONFLICT');
      const who = key.split(':')[0] as 'a' | 'b' | 'c';
      const result = await ok(review(app, assignmentIds[key]!, experts[who].token, values, `反馈-${key}`));
      expect(result.submitReview.review.weightedScore).toBe(expected[key]);
    }
    const ranking = await ok(
      app.graphql(
        'query($c: ID!) { challengeRanking(challengeId: $c) { rank score reviewCount assignedCount criterionMeans { criterion score } application { id } } }',
        { c: challengeId },
        bureau,
      ),
    );
    expect(
      ranking.challengeRanking.map((r: any) => [r.rank, r.application.id, r.score, r.reviewCount]),
    ).toEqual([
      [1, applications.uni2, 86, 3],
      [2, applications.uni1, 79.25, 2],
      [3, applications.inst, 77.75, 2],
    ]);
    // 技术可行性 for uni2: (95 + 85 + 90) / 3 = 90
    expect(ranking.challengeRanking[0].criterionMeans[0]).toEqual({ criterion: '技术可行性', score: 90 });
    expect(
      codeOf(
        await app.graphql(
          'mutation($id: ID!) { setChallengeCriteria(id: $id, criteria: [{ name: "技术", weight: 100 }]) { id } }',
          { id: challengeId },
          bureau,
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('awards the winner with a public notice, and gives rejected teams applicant-facing feedback only', async () => {
    const badWinner = await app.graphql(
      'mutation($id: ID!, $input: AwardChallengeInput!) { awardChallenge(id: $id, input: $input) { status } }',
      { id: challengeId, input: { winnerIds: [applications.uni2, '00000000-0000-4000-8000-000000000000'] } },
      bureau,
    );
    expect(codeOf(badWinner)).toBe('NOT_FOUND');
    const awarded = await ok(
      app.graphql(
        `mutation($id: ID!, $input: AwardChallengeInput!) { awardChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} } }`,
        {
          id: challengeId,
          input: {
            winnerIds: [applications.uni2],
            noticeDays: 7,
            feedback: [{ applicationId: applications.inst, feedback: '技术路线可行性论证不足。' }],
          },
        },
        bureau,
      ),
    );
    expect(awarded.awardChallenge).toMatchObject({
      status: 'AWARDED',
      publicNoticeEndsOn: isoDay(6),
      winners: [{ id: uni2.organizationId }],
    });
    const publicView = await ok(
      app.graphql(
        'query($id: ID!) { challenge(id: $id) { winners { id } publicNoticeEndsOn } }',
        { id: challengeId },
        outsider.token,
      ),
    );
    expect(publicView.challenge.winners).toEqual([{ id: uni2.organizationId }]);
    const rejected = await ok(
      app.graphql(
        'query($id: ID!) { challengeApplication(id: $id) { status feedback reviewerFeedback } }',
        { id: applications.inst },
        inst.token,
      ),
    );
    expect(rejected.challengeApplication).toEqual({
      status: 'REJECTED',
      feedback: '技术路线可行性论证不足。',
      reviewerFeedback: ['反馈-a:inst', '反馈-b:inst'],
    });
    const other = await ok(
      app.graphql(
        'query($id: ID!) { challengeApplication(id: $id) { status feedback reviewerFeedback } }',
        { id: applications.uni1 },
        uni1.token,
      ),
    );
    expect(other.challengeApplication.status).toBe('REJECTED');
    expect(other.challengeApplication.feedback).toContain('未被确定为揭榜方');
    expect(JSON.stringify(other)).not.toContain('内部意见');
    const ownerView = await ok(
      app.graphql(
        'query($id: ID!) { challengeApplication(id: $id) { feedback reviewerFeedback } }',
        { id: applications.inst },
        enterprise.token,
      ),
    );
    expect(ownerView.challengeApplication).toEqual({ feedback: null, reviewerFeedback: [] });
  });

  it('holds the winner to milestones accepted by the bureau, then accepts the challenge', async () => {
    const add = (token: string, input: Record<string, unknown>) =>
      app.graphql(
        'mutation($c: ID!, $input: MilestoneInput!) { addChallengeMilestone(challengeId: $c, input: $input) { id status } }',
        { c: challengeId, input },
        token,
      );
    const plan = {
      title: '中试装置建成',
      deliverable: '200 L/h 连续冬化中试线及运行报告',
      plannedDate: isoDay(120),
    };
    expect(codeOf(await add(uni1.token, plan))).toBe('FORBIDDEN');
    milestoneId = (await ok(add(uni2.token, plan))).addChallengeMilestone.id;
    expect(codeOf(await act(app, 'startChallengeExecution', challengeId, bureau))).toBe('CONFLICT');
    expect(
      codeOf(
        await app.graphql(
          'mutation($id: ID!) { acceptMilestone(id: $id) { status } }',
          { id: milestoneId },
          bureau,
        ),
      ),
    ).toBe('CONFLICT');
    await sql(app, `update challenge set public_notice_ends_on = current_date - 1 where id = ?`, [
      challengeId,
    ]);
    expect(
      (await ok(act(app, 'startChallengeExecution', challengeId, bureau))).startChallengeExecution!.status,
    ).toBe('IN_PROGRESS');
    const milestone = (query: string, vars: Record<string, unknown>, token: string) =>
      app.graphql(query, { id: milestoneId, ...vars }, token);
    expect(
      codeOf(await milestone('mutation($id: ID!) { acceptMilestone(id: $id) { status } }', {}, bureau)),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await milestone(
          'mutation($id: ID!, $e: String!) { submitMilestone(id: $id, evidence: $e) { status } }',
          { e: '报告' },
          uni1.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    await ok(
      milestone(
        'mutation($id: ID!, $e: String!) { submitMilestone(id: $id, evidence: $e) { status } }',
        { e: '中试运行报告 v1' },
        uni2.token,
      ),
    );
    expect(codeOf(await act(app, 'completeChallenge', challengeId, bureau))).toBe('CONFLICT');
    const rejected = await ok(
      milestone(
        'mutation($id: ID!, $r: String!) { rejectMilestone(id: $id, reason: $r) { status reviewNote } }',
        { r: '缺少第三方检测报告' },
        bureau,
      ),
    );
    expect(rejected.rejectMilestone).toEqual({ status: 'REJECTED', reviewNote: '缺少第三方检测报告' });
    await ok(
      milestone(
        'mutation($id: ID!, $e: String!) { submitMilestone(id: $id, evidence: $e) { status } }',
        { e: '中试运行报告 v2 与检测报告' },
        uni2.token,
      ),
    );
    expect(
      (
        await ok(
          milestone(
            'mutation($id: ID!) { acceptMilestone(id: $id, note: "符合指标") { status } }',
            {},
            bureau,
          ),
        )
      ).acceptMilestone.status,
    ).toBe('ACCEPTED');
    const contractId = '6f1c2a9e-8d4b-4c3a-9e2f-1b2c3d4e5f60';
    expect(
      (
        await ok(
          app.graphql(
            'mutation($id: ID!, $c: ID) { linkChallengeContract(id: $id, contractId: $c) { contractId } }',
            { id: challengeId, c: contractId },
            bureau,
          ),
        )
      ).linkChallengeContract.contractId,
    ).toBe(contractId);
    expect((await ok(act(app, 'completeChallenge', challengeId, bureau))).completeChallenge!.status).toBe(
      'ACCEPTED',
    );
    const seen = await ok(
      app.graphql(
        'query($id: ID!) { challenge(id: $id) { milestones { id } } }',
        { id: challengeId },
        outsider.token,
      ),
    );
    expect(seen.challenge.milestones).toEqual([]);
    const trail = await sql(
      app,
      `select action from audit_event where entity_type = 'Challenge' and entity_id = ? order by id`,
      [challengeId],
    );
    expect(trail.map((row: { action: string }) => row.action)).toEqual([
      'create',
      'submit',
      'return',
      'submit',
      'publish',
      'closeApplications',
      'startEvaluation',
      'award',
      'startExecution',
      'linkContract',
      'complete',
    ]);
  });
});

describe('other paths', () => {
  it('lets the bureau publish its own challenge directly, cancel it with a reason, and refuses milestones and failure before the award', async () => {
    const own = await createChallenge(app, bureau);
    expect((await ok(act(app, 'publishChallenge', own.id, bureau))).publishChallenge!.status).toBe(
      'PUBLISHED',
    );
    expect(codeOf(await act(app, 'cancelChallenge', own.id, bureau))).toBe('BAD_USER_INPUT');
    expect(
      (await ok(act(app, 'cancelChallenge', own.id, bureau, { reason: '需求方已自行解决' }))).cancelChallenge!
        .status,
    ).toBe('CANCELLED');
    expect(codeOf(await act(app, 'publishChallenge', own.id, bureau))).toBe('CONFLICT');

    const failing = await createChallenge(app, bureau);
    await ok(act(app, 'publishChallenge', failing.id, bureau));
    const application = (await ok(apply(app, failing.id, uni1.token))).applyToChallenge.id;
    await pastDeadline(failing.id);
    expect(
      (await ok(act(app, 'closeChallengeApplications', failing.id, bureau))).closeChallengeApplications!
        .status,
    ).toBe('APPLICATIONS_CLOSED');
    await ok(
      app.graphql(
        'mutation($id: ID!) { shortlistChallengeApplication(id: $id) { status } }',
        { id: application },
        bureau,
      ),
    );
    await ok(act(app, 'startChallengeEvaluation', failing.id, bureau));
    const addMilestone = await app.graphql(
      'mutation($c: ID!, $input: MilestoneInput!) { addChallengeMilestone(challengeId: $c, input: $input) { id } }',
      {
        c: failing.id,
        input: {
          applicationId: application,
          title: '样机',
          deliverable: '样机一台',
          plannedDate: isoDay(90),
        },
      },
      bureau,
    );
    expect(codeOf(addMilestone)).toBe('CONFLICT');
    expect(codeOf(await act(app, 'failChallenge', failing.id, bureau, { reason: '未达指标' }))).toBe(
      'CONFLICT',
    );
  });

  it('refuses to accept a milestone of a challenge that is not in progress', async () => {
    const c = await createChallenge(app, bureau);
    await ok(act(app, 'publishChallenge', c.id, bureau));
    const application = (await ok(apply(app, c.id, uni2.token))).applyToChallenge.id;
    // A milestone left over on a challenge the bureau then cancelled before the award (set up directly).
    const [{ id }] = await sql(
      app,
      `insert into challenge_milestone (id, challenge_id, application_id, title, deliverable, planned_date, status)
       values (gen_random_uuid(), ?, ?, '样机', '样机一台', current_date + 30, 'SUBMITTED') returning id`,
      [c.id, application],
    );
    expect(
      codeOf(await app.graphql('mutation($id: ID!) { acceptMilestone(id: $id) { status } }', { id }, bureau)),
    ).toBe('CONFLICT');
    await ok(act(app, 'cancelChallenge', c.id, bureau, { reason: '撤销' }));
    expect(
      codeOf(await app.graphql('mutation($id: ID!) { acceptMilestone(id: $id) { status } }', { id }, bureau)),
    ).toBe('CONFLICT');
  });

  it('refuses a second bureau action that lost a race, and stale versions', async () => {
    const c = await createChallenge(app, enterprise.token);
    await ok(act(app, 'submitChallenge', c.id, enterprise.token));
    expect(codeOf(await act(app, 'publishChallenge', c.id, bureau, { expectedVersion: 99 }))).toBe(
      'CONFLICT',
    );
    const results = await Promise.all([
      act(app, 'publishChallenge', c.id, bureau),
      act(app, 'returnChallenge', c.id, bureau, { reason: '重复' }),
      act(app, 'withdrawChallenge', c.id, enterprise.token),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
  });

  it('validates content: targets, money with two decimals, dates', async () => {
    const bad = await app.graphql(
      'mutation($input: ChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          title: ' ',
          background: 'x',
          targets: [],
          bountyWan: -1,
          applicationDeadline: new Date().toISOString(),
          executionStart: isoDay(40),
          executionEnd: isoDay(10),
          industryChain: 'OTHER',
        },
      },
      enterprise.token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.problems as string[]).length).toBeGreaterThanOrEqual(4);
    expect(
      codeOf(
        await app.graphql(
          'mutation($input: ChallengeInput!) { createChallenge(input: $input) { id } }',
          { input: { title: 'x' } },
          uni1.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const universityTries = await app.graphql(
      'mutation($input: ChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          title: '高校发榜',
          background: 'x',
          targets: [{ indicator: 'a', targetValue: 'b', acceptanceMethod: 'c' }],
          bountyWan: 1,
          applicationDeadline: new Date(Date.now() + 86_400_000).toISOString(),
          executionStart: isoDay(40),
          executionEnd: isoDay(80),
          industryChain: 'OTHER',
        },
      },
      uni1.token,
    );
    expect(codeOf(universityTries)).toBe('FORBIDDEN');
  });
});
