import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/index.js';
import {
  ADMIN,
  PASSWORD,
  codeOf,
  createExpert,
  createListing,
  registerMember,
} from '../../testing/fixtures.js';

const ME = '{ me { email role membership organization { name kind verified } } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { token } }';

let app: TestApp;
let bureau: string;

beforeAll(async () => {
  app = await startTestApp(inject('databaseServerUrl'), {
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  });
  bureau = await app.login(ADMIN.email, ADMIN.password);
});
afterAll(() => app.stop());

describe('register and login', () => {
  it('creates an unverified organisation with the first person as its approved member, who can sign in at once', async () => {
    const member = await registerMember(app, 'ENTERPRISE', '怀化测试油茶有限公司');
    const me = await app.graphql(ME, {}, member.token);
    expect(me.data?.me).toMatchObject({
      membership: 'APPROVED',
      role: 'MEMBER',
      organization: { name: '怀化测试油茶有限公司', kind: 'ENTERPRISE', verified: false },
    });
    const token = await app.login(member.email.toUpperCase(), PASSWORD);
    expect((await app.graphql(ME, {}, token)).data?.me).toMatchObject({ email: member.email });
  });

  it('lets two people register the same new organisation at the same time: one approved, one pending', async () => {
    for (let round = 0; round < 5; round++) {
      const organizationName = `同时注册企业${Date.now().toString(36)}${round}`;
      const input = (who: string) => ({
        email: `${who}-${round}-${Date.now().toString(36)}@race.test`,
        password: PASSWORD,
        displayName: who,
        organizationName,
        organizationKind: 'ENTERPRISE',
      });
      const answers = await Promise.all([
        app.graphql<{ register: { token: string } }>(REGISTER, { input: input('甲先生') }),
        app.graphql<{ register: { token: string } }>(REGISTER, { input: input('乙女士') }),
      ]);
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
      }
      const memberships = await Promise.all(
        answers.map(
          async (answer) =>
            (await app.graphql<{ me: { membership: string } }>(ME, {}, answer.data!.register.token)).data!.me
              .membership,
        ),
      );
      expect(memberships.sort()).toEqual(['APPROVED', 'PENDING']);
    }
  });

  it('registers an email once when it is sent twice at the same time', async () => {
    const input = {
      email: `twice-${Date.now().toString(36)}@race.test`,
      password: PASSWORD,
      displayName: '重复',
      organizationName: `重复提交企业${Date.now().toString(36)}`,
      organizationKind: 'ENTERPRISE',
    };
    const answers = await Promise.all([app.graphql(REGISTER, { input }), app.graphql(REGISTER, { input })]);
    expect(answers.map((answer) => codeOf(answer) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('makes a person joining an existing organisation pending, unable to act for it until approved', async () => {
    const first = await registerMember(app, 'UNIVERSITY', '测试理工学院');
    const second = await registerMember(app, 'UNIVERSITY', '测试理工学院');
    expect((await app.graphql(ME, {}, second.token)).data?.me).toMatchObject({ membership: 'PENDING' });
    const refused = await app.graphql(
      'mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }',
      {
        input: {
          title: 't',
          summary: 's',
          keywords: [],
          industryChain: 'OTHER',
          ipType: 'NONE',
          transferModes: ['LICENSE'],
        },
      },
      second.token,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');

    const pending = await app.graphql<{ pendingMembers: { id: string; email: string }[] }>(
      '{ pendingMembers { id email } }',
      {},
      first.token,
    );
    const entry = pending.data!.pendingMembers.find((user) => user.email === second.email)!;
    const outsider = await registerMember(app, 'UNIVERSITY');
    const approveAsOutsider = await app.graphql(
      'mutation($id: ID!) { approveMembership(userId: $id) { membership } }',
      { id: entry.id },
      outsider.token,
    );
    expect(codeOf(approveAsOutsider)).toBe('FORBIDDEN');
    const approved = await app.graphql(
      'mutation($id: ID!) { approveMembership(userId: $id) { membership } }',
      { id: entry.id },
      first.token,
    );
    expect(approved.data).toEqual({ approveMembership: { membership: 'APPROVED' } });
    await createListing(app, second.token, 'Achievement');
  });

  it('refuses a kind that differs from the existing organisation, and a second account for one e-mail', async () => {
    await registerMember(app, 'ENTERPRISE', '测试重名公司');
    const input = {
      email: 'kind@test.local',
      password: PASSWORD,
      displayName: '张三',
      organizationName: '测试重名公司',
      organizationKind: 'UNIVERSITY',
    };
    expect(codeOf(await app.graphql(REGISTER, { input }))).toBe('CONFLICT');
    const member = await registerMember(app, 'INSTITUTE');
    const again = {
      ...input,
      email: member.email,
      organizationName: '另一个研究院',
      organizationKind: 'INSTITUTE',
    };
    expect(codeOf(await app.graphql(REGISTER, { input: again }))).toBe('CONFLICT');
  });

  it('refuses weak passwords, bad e-mails and empty names with BAD_USER_INPUT', async () => {
    const base = {
      email: 'ok@test.local',
      password: PASSWORD,
      displayName: '张三',
      organizationName: '某某公司',
      organizationKind: 'ENTERPRISE',
    };
    for (const change of [
      { password: 'short1' },
      { password: 'lettersonly' },
      { email: 'not-an-email' },
      { displayName: ' ' },
      { organizationName: 'x'.repeat(101) },
    ]) {
      expect(codeOf(await app.graphql(REGISTER, { input: { ...base, ...change } }))).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const member = await registerMember(app, 'ENTERPRISE');
    const login = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const wrongPassword = await app.graphql(login, { e: member.email, p: 'Wrong-pass-1' });
    const unknownEmail = await app.graphql(login, { e: 'nobody@test.local', p: PASSWORD });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0]!.message).toBe(unknownEmail.errors![0]!.message);
  });

  it('ends the token on logout', async () => {
    const member = await registerMember(app, 'ENTERPRISE');
    expect((await app.graphql('mutation { logout }', {}, member.token)).data).toEqual({ logout: true });
    expect((await app.graphql(ME, {}, member.token)).data).toEqual({ me: null });
    expect(codeOf(await app.graphql('{ demands { totalCount } }', {}, member.token))).toBe('UNAUTHENTICATED');
  });

  it('ignores a forged token', async () => {
    const member = await registerMember(app, 'ENTERPRISE');
    const [session] = member.token.split('.');
    expect((await app.graphql(ME, {}, `${session}.forged`)).data).toEqual({ me: null });
  });
});

describe('accounts the bureau creates', () => {
  it('lets only the bureau create staff and expert accounts', async () => {
    const expert = await createExpert(app, bureau);
    expect((await app.graphql(ME, {}, expert.token)).data?.me).toMatchObject({ role: 'EXPERT' });
    const member = await registerMember(app, 'ENTERPRISE');
    const input = { email: 'staff@test.local', password: PASSWORD, displayName: '工作人员', role: 'BUREAU' };
    expect(
      codeOf(
        await app.graphql(
          'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
          { input },
          member.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.graphql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
          input,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('lists the experts with their organisations to the bureau only', async () => {
    const university = await registerMember(app, 'UNIVERSITY');
    const { data: orgs } = await app.graphql<{ me: { organization: { id: string } } }>(
      '{ me { organization { id } } }',
      {},
      university.token,
    );
    const expert = await createExpert(app, bureau, orgs!.me.organization.id);
    const listed = await app.graphql<{
      experts: { id: string; role: string; organization: { id: string } | null }[];
    }>('{ experts { id role organization { id } } }', {}, bureau);
    expect(listed.data!.experts.every((e) => e.role === 'EXPERT')).toBe(true);
    expect(listed.data!.experts.find((e) => e.id === expert.id)?.organization?.id).toBe(
      orgs!.me.organization.id,
    );
    expect(codeOf(await app.graphql('{ experts { id } }', {}, university.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.graphql('{ experts { id } }', {}, expert.token))).toBe('FORBIDDEN');
  });

  it('bootstraps the administrator once and leaves an existing account as it is', async () => {
    const me = await app.graphql(ME, {}, bureau);
    expect(me.data?.me).toMatchObject({ email: ADMIN.email, role: 'BUREAU' });
    const again = await startTestApp(inject('databaseServerUrl'), {
      databaseUrl: app.databaseUrl,
      adminEmail: ADMIN.email,
      adminPassword: 'Other-pass-99',
    });
    try {
      await expect(again.login(ADMIN.email, ADMIN.password)).resolves.toBeTruthy();
    } finally {
      await again.server.stop();
      await again.orm.close();
    }
  });
});
