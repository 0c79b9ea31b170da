import type {
  ApplicationFieldsFragment,
  ChallengeFieldsFragment,
  MatchFieldsFragment,
  MeQuery,
  ReviewAssignmentFieldsFragment,
} from '../gql/graphql';
import { bureauMe, enterpriseMe } from './fixtures';

type Me = NonNullable<MeQuery['me']>;

export const universityMe: Me = {
  ...enterpriseMe,
  id: 'u-uni',
  email: 'yang@example.cn',
  displayName: '杨秋华',
  organization: { ...enterpriseMe.organization!, id: 'org-hhu', name: '怀化学院', kind: 'UNIVERSITY' },
};

export const expertMe: Me = {
  ...bureauMe,
  id: 'u-expert',
  displayName: '李振华',
  role: 'EXPERT',
  organization: null,
};

export function match(overrides: Partial<MatchFieldsFragment> = {}): MatchFieldsFragment {
  return {
    id: 'm-1',
    stage: 'INTERESTED',
    stageLabel: '一方有意向',
    version: 2,
    origin: 'RECOMMENDATION',
    score: 86,
    overdue: false,
    followUpDueAt: '2026-12-12T00:00:00.000Z',
    stageEnteredAt: '2026-11-20T08:00:00.000Z',
    revealedAt: null,
    interestedSide: 'DEMAND',
    viewerSide: 'ACHIEVEMENT',
    availableActions: ['INTEREST', 'CLOSE'],
    closeReason: null,
    closeNote: null,
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    demand: {
      id: 'd-1',
      title: '小瓶茶油开封后容易发哈变味',
      enterprise: '怀化锦溪油茶科技有限公司',
      industryChain: 'CAMELLIA_OIL',
      budgetWan: 30,
      disclosed: false,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      confidentialDetail: null,
      organization: { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司' },
    },
    achievement: {
      id: 'a-1',
      title: '竹叶黄酮复配抑制山茶油氧化酸败技术',
      institution: '怀化学院',
      industryChain: 'CAMELLIA_OIL',
      trl: 7,
      askingPriceWan: 25,
      disclosed: true,
      contactName: '杨秋华',
      contactPhone: '0745-2851999',
      contactEmail: 'yang@example.cn',
      confidentialDetail: null,
      organization: { id: 'org-hhu', name: '怀化学院' },
    },
    ...overrides,
  };
}

export function challenge(overrides: Partial<ChallengeFieldsFragment> = {}): ChallengeFieldsFragment {
  return {
    id: 'c-1',
    title: '黄精多糖低温提取与纯化工艺攻关',
    background: '高温水提得率低、色泽深，征集低温提取与膜分离纯化工艺。',
    bountyWan: 120,
    applicationDeadline: '2099-12-31T10:00:00.000Z',
    executionStart: '2100-01-10',
    executionEnd: '2100-10-10',
    eligibility: '高校院所或企业',
    industryChain: 'CHINESE_MEDICINE',
    status: 'PUBLISHED',
    statusReason: null,
    postedByBureau: false,
    publishedAt: '2026-11-01T08:00:00.000Z',
    awardedAt: null,
    publicNoticeEndsOn: null,
    contractId: null,
    version: 3,
    createdAt: '2026-10-20T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    targets: [{ indicator: '多糖得率', targetValue: '≥ 12%', acceptanceMethod: '第三方检测' }],
    criteria: [
      { name: '技术可行性', weight: 40 },
      { name: '团队能力', weight: 25 },
      { name: '预算合理性', weight: 20 },
      { name: '进度安排', weight: 15 },
    ],
    organization: { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司' },
    winners: [],
    ...overrides,
  };
}

export function application(overrides: Partial<ApplicationFieldsFragment> = {}): ApplicationFieldsFragment {
  return {
    id: 'app-1',
    status: 'SHORTLISTED',
    proposal: '超声辅助低温酶解提取，结合超滤纯化。',
    approach: '小试 → 中试 → 产线放大。',
    budgetWan: 110,
    plan: '九个月完成。',
    feedback: null,
    reviewerFeedback: [],
    version: 1,
    createdAt: '2026-11-05T08:00:00.000Z',
    updatedAt: '2026-11-05T08:00:00.000Z',
    members: [{ name: '罗晓梅', title: '教授', role: '负责人' }],
    organization: { id: 'org-hhu', name: '怀化学院' },
    ...overrides,
  };
}

export function assignment(
  overrides: Partial<ReviewAssignmentFieldsFragment> = {},
): ReviewAssignmentFieldsFragment {
  const base = challenge({ status: 'EVALUATING' });
  return {
    id: 'ra-1',
    version: 1,
    createdAt: '2026-11-10T08:00:00.000Z',
    expert: { id: 'u-expert', displayName: '李振华', organization: null },
    application: application(),
    challenge: { id: base.id, title: base.title, status: base.status, criteria: base.criteria },
    review: null,
    ...overrides,
  };
}
