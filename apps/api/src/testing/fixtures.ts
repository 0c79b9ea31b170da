import type { TestApp } from './test-app.js';

export const ADMIN = { email: 'admin@test.local', password: 'Admin-pass-2026' };
export const PASSWORD = 'Passw0rd-test';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const ACHIEVEMENT_INPUT = {
  title: '油脂氧化酸败抑制的天然抗氧化剂复配技术',
  summary: '以迷迭香提取物与茶多酚复配，抑制茶油储存期间的氧化酸败，酸价与过氧化值增幅降低60%。',
  keywords: ['抗氧化', '酸败', '茶油'],
  industryChain: 'CAMELLIA_OIL',
  trl: 7,
  ipType: 'INVENTION_PATENT',
  transferModes: ['LICENSE'],
  askingPriceWan: 50,
  team: '油脂化学团队',
  contactName: '王教授',
  contactPhone: '0745-2800001',
  contactEmail: 'wang@uni.test',
  confidentialDetail: '复配比例与工艺参数见试验报告 R-17。',
};

export const DEMAND_INPUT = {
  title: '茶油放久了发哈、酸价升高',
  description: '我司瓶装茶油存放半年后有哈喇味，酸价升高，希望找到能延长保质期的办法，预算 80 万元以内。',
  keywords: ['茶油', '保质期'],
  industryChain: 'CAMELLIA_OIL',
  minTrl: 6,
  budgetWan: 80,
  cooperationModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
  deadline: '2027-06-30',
  contactName: '李经理',
  contactPhone: '13900000001',
  contactEmail: 'li@factory.test',
  confidentialDetail: '现有产线年产 500 吨。',
};

export interface Member {
  token: string;
  email: string;
  organizationName: string;
}

/** Registers a person with a new organisation of that kind: its first, approved member. */
export async function registerMember(
  app: TestApp,
  kind: 'ENTERPRISE' | 'UNIVERSITY' | 'INSTITUTE',
  organizationName = `测试组织${unique()}`,
): Promise<Member> {
  const email = `m${unique()}@test.local`;
  const result = await app.graphql<{ register: { token: string } }>(
    'mutation Register($input: RegisterInput!) { register(input: $input) { token } }',
    {
      input: { email, password: PASSWORD, displayName: '测试用户', organizationName, organizationKind: kind },
    },
  );
  if (!result.data?.register) {
    throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  }
  return { token: result.data.register.token, email, organizationName };
}

/** The bureau creates an expert account (optionally of an organisation) and signs it in. */
export async function createExpert(
  app: TestApp,
  bureauToken: string,
  organizationId: string | null = null,
): Promise<{ token: string; id: string }> {
  const email = `e${unique()}@test.local`;
  const result = await app.graphql<{ createAccount: { id: string } }>(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    { input: { email, password: PASSWORD, displayName: '专家', role: 'EXPERT', organizationId } },
    bureauToken,
  );
  if (!result.data?.createAccount) {
    throw new Error(`createAccount failed: ${JSON.stringify(result.errors)}`);
  }
  return { token: await app.login(email, PASSWORD), id: result.data.createAccount.id };
}

export async function createListing(
  app: TestApp,
  token: string,
  kind: 'Achievement' | 'Demand',
  input: Record<string, unknown> = {},
): Promise<string> {
  const base = kind === 'Achievement' ? ACHIEVEMENT_INPUT : DEMAND_INPUT;
  const result = await app.graphql<Record<string, { id: string }>>(
    `mutation($input: ${kind}Input!) { create${kind}(input: $input) { id } }`,
    { input: { ...base, ...input } },
    token,
  );
  const created = result.data?.[`create${kind}`];
  if (!created) {
    throw new Error(`create${kind} failed: ${JSON.stringify(result.errors)}`);
  }
  return created.id;
}

/** Puts a listing straight into a status (test set-up only; the API path is tested on its own). */
export async function forceStatus(
  app: TestApp,
  kind: 'Achievement' | 'Demand',
  id: string,
  status: string,
  closeReason: string | null = null,
): Promise<void> {
  await app.orm.em
    .getConnection()
    .execute(`update "${kind.toLowerCase()}" set status = ?, close_reason = ? where id = ?`, [
      status,
      closeReason,
      id,
    ]);
}

/** The created listing, submitted and published by the bureau through the API. */
export async function publishedListing(
  app: TestApp,
  ownerToken: string,
  bureauToken: string,
  kind: 'Achievement' | 'Demand',
  input: Record<string, unknown> = {},
): Promise<string> {
  const id = await createListing(app, ownerToken, kind, input);
  for (const [action, token] of [
    ['submit', ownerToken],
    ['publish', bureauToken],
  ] as const) {
    const result = await app.graphql(
      `mutation($id: ID!) { ${action}${kind}(id: $id) { status } }`,
      { id },
      token,
    );
    if (result.errors) {
      throw new Error(`${action}${kind} failed: ${JSON.stringify(result.errors)}`);
    }
  }
  return id;
}

export const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;
