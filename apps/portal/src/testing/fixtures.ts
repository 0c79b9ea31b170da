import type { AchievementFieldsFragment, DemandFieldsFragment, MeQuery } from '../gql/graphql';

type Me = NonNullable<MeQuery['me']>;

const organization = (id: string, name: string, kind: 'ENTERPRISE' | 'UNIVERSITY' | 'BUREAU') => ({
  __typename: 'Organization' as const,
  id,
  name,
  kind,
  verified: true,
  region: '湖南省怀化市鹤城区',
});

export const enterpriseMe: Me = {
  id: 'u-ent',
  email: 'shu@example.cn',
  displayName: '舒建军',
  role: 'MEMBER',
  membership: 'APPROVED',
  createdAt: '2026-03-05T08:00:00.000Z',
  organization: organization('org-jinxi', '怀化锦溪油茶科技有限公司', 'ENTERPRISE'),
};

export const bureauMe: Me = {
  id: 'u-bureau',
  email: 'li@example.cn',
  displayName: '李敏',
  role: 'BUREAU',
  membership: 'APPROVED',
  createdAt: '2026-01-02T08:00:00.000Z',
  organization: organization('org-bureau', '鹤城区科学技术局', 'BUREAU'),
};

export const pendingMe: Me = { ...enterpriseMe, id: 'u-pending', displayName: '李娜', membership: 'PENDING' };

export function demand(overrides: Partial<DemandFieldsFragment> = {}): DemandFieldsFragment {
  return {
    id: 'd-1',
    externalId: null,
    title: '小瓶茶油开封后容易发哈变味',
    description: '小瓶山茶油开封一两个月就有哈喇味，希望找到天然的抗氧化办法。',
    keywords: ['茶油变味', '保质期'],
    industryChain: 'CAMELLIA_OIL',
    minTrl: 6,
    budgetWan: 30,
    cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
    deadline: '2027-03-31',
    enterprise: '怀化锦溪油茶科技有限公司',
    status: 'PUBLISHED',
    rejectReason: null,
    closeReason: null,
    version: 3,
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    publishedAt: '2026-06-03T08:00:00.000Z',
    disclosed: true,
    contactName: '舒建军',
    contactPhone: '0745-2861573',
    contactEmail: 'shu@example.cn',
    confidentialDetail: null,
    organization: { id: 'org-jinxi', name: '怀化锦溪油茶科技有限公司', kind: 'ENTERPRISE' },
    ...overrides,
  };
}

export function achievement(overrides: Partial<AchievementFieldsFragment> = {}): AchievementFieldsFragment {
  return {
    id: 'a-1',
    externalId: 'A-001',
    title: '竹叶黄酮复配抑制山茶油氧化酸败技术',
    summary: '以竹叶黄酮与抗坏血酸棕榈酸酯复配，延缓山茶油氧化酸败。',
    keywords: ['抗氧化', '山茶油'],
    industryChain: 'CAMELLIA_OIL',
    trl: 7,
    ipType: 'INVENTION_PATENT',
    transferModes: ['LICENSE'],
    askingPriceWan: 25,
    institution: '怀化学院',
    team: '食品科学团队',
    status: 'SUBMITTED',
    rejectReason: null,
    closeReason: null,
    version: 1,
    createdAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-02T08:00:00.000Z',
    publishedAt: null,
    disclosed: true,
    contactName: null,
    contactPhone: null,
    contactEmail: null,
    confidentialDetail: null,
    organization: { id: 'org-hhu', name: '怀化学院', kind: 'UNIVERSITY' },
    ...overrides,
  };
}

export const connection = <T>(nodes: T[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node, index) => ({ cursor: String(index), node })),
});
