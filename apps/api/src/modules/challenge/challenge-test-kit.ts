import { chinaDate } from '../../calendar.js';
import type { GraphQLResponse, TestApp } from '../../testing/index.js';
import { PASSWORD, registerMember } from '../../testing/fixtures.js';

const DAY = 86_400_000;
export const isoDay = (offsetDays: number) => chinaDate(new Date(Date.now() + offsetDays * DAY));

export const CHALLENGE_INPUT = {
  title: '茶油低温冬化脱蜡连续化工艺攻关',
  background: '冬季茶油发朦、起白絮，现有间歇式冬化工艺能耗高、得率低，需连续化脱蜡装备与工艺。',
  targets: [
    {
      indicator: '冷冻试验澄清时间',
      targetValue: '0 ℃ 下 ≥ 5.5 小时不浑浊',
      acceptanceMethod: '第三方检测机构按 GB/T 17756 出具报告',
    },
    { indicator: '脱蜡得率', targetValue: '≥ 97%', acceptanceMethod: '连续三批次生产记录' },
  ],
  bountyWan: 180.5,
  applicationDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
  executionStart: isoDay(30),
  executionEnd: isoDay(400),
  eligibility: '具有油脂工程研究基础的高校、院所或企业',
  industryChain: 'CAMELLIA_OIL',
};

export const APPLICATION_INPUT = {
  proposal: '以梯度降温结晶与膜过滤耦合实现连续冬化。',
  approach: '结晶动力学建模 → 中试装置 → 产线验证',
  budgetWan: 150.25,
  plan: '第 1–4 月建模，第 5–8 月中试，第 9–12 月产线验证',
  members: [
    { name: '王教授', title: '教授', role: '负责人' },
    { name: '李博士', title: '讲师', role: '工艺' },
  ],
};

export const CHALLENGE_FIELDS =
  'id status version bountyWan applicationDeadline publicNoticeEndsOn statusReason contractId postedByBureau organization { id } winners { id }';

export interface Team {
  token: string;
  organizationId: string;
  userId: string;
}

/** Fails the test with the errors when an operation that must succeed does not. */
export async function ok<T = Record<string, any>>(promise: Promise<GraphQLResponse<T>>): Promise<T> {
  const result = await promise;
  if (result.errors || !result.data) {
    throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

export async function team(
  app: TestApp,
  kind: 'ENTERPRISE' | 'UNIVERSITY' | 'INSTITUTE',
  organizationName?: string,
): Promise<Team> {
  const member = await registerMember(app, kind, organizationName);
  const me = await ok(
    app.graphql<{ me: { id: string; organization: { id: string } } }>(
      '{ me { id organization { id } } }',
      {},
      member.token,
    ),
  );
  return { token: member.token, organizationId: me.me.organization.id, userId: me.me.id };
}

/** A second member of an existing organisation, approved by the bureau. */
export async function secondMember(
  app: TestApp,
  bureau: string,
  organizationName: string,
  kind: 'ENTERPRISE' | 'UNIVERSITY' | 'INSTITUTE',
): Promise<Team> {
  const email = `second${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@test.local`;
  await ok(
    app.graphql('mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: {
        email,
        password: PASSWORD,
        displayName: '第二位成员',
        organizationName,
        organizationKind: kind,
      },
    }),
  );
  const token = await app.login(email, PASSWORD);
  const me = await ok(
    app.graphql<{ me: { id: string; organization: { id: string } } }>(
      '{ me { id organization { id } } }',
      {},
      token,
    ),
  );
  await ok(
    app.graphql('mutation($id: ID!) { approveMembership(userId: $id) { id } }', { id: me.me.id }, bureau),
  );
  return { token, organizationId: me.me.organization.id, userId: me.me.id };
}

/** Raw SQL for test set-up (a deadline in the past) and checks (the audit trail). */
export const sql = async (app: TestApp, text: string, params: unknown[] = []): Promise<any[]> =>
  (await app.orm.em.getConnection().execute(text, params)) as any[];

export async function createChallenge(
  app: TestApp,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; status: string }> {
  const data = await ok(
    app.graphql<{ createChallenge: { id: string; status: string } }>(
      'mutation($input: ChallengeInput!) { createChallenge(input: $input) { id status } }',
      { input: { ...CHALLENGE_INPUT, ...input } },
      token,
    ),
  );
  return data.createChallenge;
}

/** Runs a lifecycle mutation (`submitChallenge`, `publishChallenge`, …) and returns the raw response. */
export const act = (
  app: TestApp,
  mutation: string,
  id: string,
  token: string,
  options: Record<string, unknown> | null = null,
) =>
  app.graphql<Record<string, { status: string; statusReason: string | null; version: number }>>(
    `mutation($id: ID!, $o: ChallengeTransitionInput) { ${mutation}(id: $id, options: $o) { status statusReason version } }`,
    { id, o: options },
    token,
  );

export const apply = (
  app: TestApp,
  challengeId: string,
  token: string,
  input: Record<string, unknown> = {},
) =>
  app.graphql<{ applyToChallenge: { id: string; status: string } }>(
    'mutation($c: ID!, $input: ChallengeApplicationInput!) { applyToChallenge(challengeId: $c, input: $input) { id status } }',
    { c: challengeId, input: { ...APPLICATION_INPUT, ...input } },
    token,
  );

export const review = (
  app: TestApp,
  assignmentId: string,
  token: string,
  scores: [number, number, number, number],
  feedback = '方案可行，建议细化中试指标。',
) =>
  app.graphql<{ submitReview: { review: { weightedScore: number } } }>(
    'mutation($id: ID!, $input: ReviewInput!) { submitReview(assignmentId: $id, input: $input) { review { weightedScore } } }',
    {
      id: assignmentId,
      input: {
        scores: ['技术可行性', '团队能力', '预算合理性', '进度安排'].map((criterion, i) => ({
          criterion,
          score: scores[i],
        })),
        internalComment: `内部意见：${scores.join('/')}`,
        applicantFeedback: feedback,
      },
    },
    token,
  );
