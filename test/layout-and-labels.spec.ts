import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  PHONE,
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  screenshotFolder,
  snap,
  unlabelledControls,
} from './support/browser';
import {
  camelliaAchievement,
  importAchievements,
  importDemands,
  importedDemands,
  otherAchievements,
} from './support/data';
import { ADMIN, startPlatform, type RunningPlatform } from './support/platform';
import { describeInBrowser } from './support/suite';

const FOLDER = 'layout-390';

const register = `mutation ($input: RegisterInput!) { register(input: $input) { token } }`;
const createDemand = `mutation ($input: DemandInput!) { createDemand(input: $input) { id } }`;
const createAchievement = `mutation ($input: AchievementInput!) { createAchievement(input: $input) { id } }`;

interface Problem {
  page: string;
  problem: string;
}

describeInBrowser(
  'every page fits 390 px without horizontal scrolling, and every form control has a label',
  ({ chromium, databaseServerUrl }) => {
    let platform: RunningPlatform;
    let browser: Browser;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};
    const problems: Problem[] = [];

    beforeAll(async () => {
      platform = await startPlatform(databaseServerUrl, { seedDemo: false });
      browser = await launchBrowser(chromium);
      tokens.bureau = await platform.login(ADMIN.email, ADMIN.password);
      const imported = await platform.graphql<{ importAchievements: { items: { id: string }[] } }>(
        importAchievements,
        { items: [camelliaAchievement, ...otherAchievements] },
        tokens.bureau,
      );
      ids.importedAchievement = imported.importAchievements.items[0]!.id;
      await platform.graphql(importDemands, { items: importedDemands }, tokens.bureau);
      const signUp = async (email: string, organizationName: string, organizationKind: string) =>
        (
          await platform.graphql<{ register: { token: string } }>(register, {
            input: {
              email,
              password: 'Layout@2026',
              displayName: '测试用户',
              organizationName,
              organizationKind,
            },
          })
        ).register.token;
      tokens.enterprise = await signUp('ent@layout.test', '怀化布局测试油茶有限公司', 'ENTERPRISE');
      tokens.university = await signUp('uni@layout.test', '怀化布局测试学院', 'UNIVERSITY');
      tokens.pending = await signUp('pending@layout.test', '怀化布局测试油茶有限公司', 'ENTERPRISE');
      ids.demand = (
        await platform.graphql<{ createDemand: { id: string } }>(
          createDemand,
          {
            input: {
              title: '山茶油开封后发哈变味，想延长货架期',
              description: '小瓶山茶油开封后容易氧化酸败，出现哈喇味，希望用天然抗氧化剂延长货架期。',
              keywords: ['山茶油', '抗氧化'],
              industryChain: 'CAMELLIA_OIL',
              minTrl: 6,
              budgetWan: 30,
              cooperationModes: ['LICENSE'],
              deadline: '2027-03-31',
            },
          },
          tokens.enterprise,
        )
      ).createDemand.id;
      ids.achievement = (
        await platform.graphql<{ createAchievement: { id: string } }>(
          createAchievement,
          {
            input: {
              title: '油茶果蒲壳制备活性炭技术',
              summary: '以油茶果蒲壳为原料，磷酸活化制备高比表面积活性炭，可用于水处理与油脂脱色。',
              keywords: ['油茶果壳', '活性炭'],
              industryChain: 'CAMELLIA_OIL',
              trl: 5,
              ipType: 'INVENTION_PATENT',
              transferModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
              askingPriceWan: 40,
            },
          },
          tokens.university,
        )
      ).createAchievement.id;
      await setUpBrokeringAndChallenges();
      console.log(`[layout] screenshots: ${screenshotFolder(FOLDER)}`);
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    /** A match at mutual interest, an open challenge with an application, and one under expert review. */
    async function setUpBrokeringAndChallenges() {
      const gql = platform.graphql.bind(platform);
      const demand = await gql<{ createDemand: { id: string } }>(
        createDemand,
        {
          input: {
            title: '油茶籽低温压榨出油率偏低',
            description: '冷榨工艺出油率只有22%，希望在不升温的前提下提高出油率。',
            keywords: ['油茶', '冷榨', '出油率'],
            industryChain: 'CAMELLIA_OIL',
            cooperationModes: ['LICENSE'],
            contactName: '舒建军',
            contactPhone: '0745-2861573',
          },
        },
        tokens.enterprise,
      );
      const achievement = await gql<{ createAchievement: { id: string } }>(
        createAchievement,
        {
          input: {
            title: '油茶籽酶法辅助冷榨提油技术',
            summary: '复合酶预处理油茶籽后冷榨，出油率提高到28%，油品酸价低。',
            keywords: ['油茶', '冷榨', '酶法', '出油率'],
            industryChain: 'CAMELLIA_OIL',
            trl: 6,
            ipType: 'INVENTION_PATENT',
            transferModes: ['LICENSE'],
            contactName: '杨秋华',
          },
        },
        tokens.university,
      );
      ids.matchDemand = demand.createDemand.id;
      const achievementId = achievement.createAchievement.id;
      await gql(
        `mutation ($id: ID!) { submitDemand(id: $id) { id } }`,
        { id: ids.matchDemand },
        tokens.enterprise,
      );
      await gql(
        `mutation ($id: ID!) { submitAchievement(id: $id) { id } }`,
        { id: achievementId },
        tokens.university,
      );
      await gql(
        `mutation ($id: ID!) { publishDemand(id: $id) { id } }`,
        { id: ids.matchDemand },
        tokens.bureau,
      );
      await gql(
        `mutation ($id: ID!) { publishAchievement(id: $id) { id } }`,
        { id: achievementId },
        tokens.bureau,
      );
      const interest = `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }`;
      ids.match = (
        await gql<{ expressInterest: { id: string } }>(
          interest,
          { input: { demandId: ids.matchDemand, achievementId } },
          tokens.enterprise,
        )
      ).expressInterest.id;
      await gql(interest, { input: { matchId: ids.match } }, tokens.university);
      await gql(
        `mutation ($input: MatchmakingEventInput!) { createMatchmakingEvent(input: $input) { id } }`,
        {
          input: {
            title: '油茶产业链校企对接会',
            kind: 'MATCHMAKING_FAIR',
            startsAt: '2026-12-15T02:00:00.000Z',
            place: '鹤城区科技局三楼会议室',
          },
        },
        tokens.bureau,
      );
      await gql(
        `mutation ($input: TechContractInput!) { registerTechContract(input: $input) { id } }`,
        {
          input: {
            matchId: ids.match,
            title: '油茶籽酶法冷榨技术许可合同',
            type: 'LICENSE',
            amountWan: '28.5',
            signedOn: '2026-11-20',
          },
        },
        tokens.bureau,
      );
      const challengeInput = (title: string) => ({
        title,
        background: '油茶果采摘依赖人工，效率低、成本高，征集适合丘陵山地的油茶果采收装备。',
        targets: [{ indicator: '采净率', targetValue: '≥ 90%', acceptanceMethod: '现场测试' }],
        bountyWan: 80,
        applicationDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        executionStart: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        executionEnd: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
        industryChain: 'CAMELLIA_OIL',
      });
      const post = async (title: string) => {
        const id = (
          await gql<{ createChallenge: { id: string } }>(
            `mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id } }`,
            { input: challengeInput(title) },
            tokens.bureau,
          )
        ).createChallenge.id;
        await gql(`mutation ($id: ID!) { publishChallenge(id: $id) { id } }`, { id }, tokens.bureau);
        return id;
      };
      ids.openChallenge = await post('丘陵山地油茶果采收装备研制');
      ids.reviewChallenge = await post('油茶果壳综合利用技术攻关');
      const apply = `mutation ($challengeId: ID!, $input: ChallengeApplicationInput!) {
        applyToChallenge(challengeId: $challengeId, input: $input) { id } }`;
      const proposal = {
        proposal: '研制履带式振动采收机',
        approach: '仿真设计、样机试制、田间试验',
        budgetWan: 75,
        plan: '十个月',
        members: [{ name: '杨秋华', title: '教授', role: '负责人' }],
      };
      ids.application = (
        await gql<{ applyToChallenge: { id: string } }>(
          apply,
          { challengeId: ids.reviewChallenge, input: proposal },
          tokens.university,
        )
      ).applyToChallenge.id;
      // The review challenge's deadline passes so that it can go to the expert panel.
      await platform.sql(
        `update challenge set application_deadline = now() - interval '1 minute' where id = $1`,
        [ids.reviewChallenge],
      );
      await gql(
        `mutation ($id: ID!) { closeChallengeApplications(id: $id) { id } }`,
        { id: ids.reviewChallenge },
        tokens.bureau,
      ).catch(() => undefined);
      await gql(
        `mutation ($id: ID!) { shortlistChallengeApplication(id: $id) { id } }`,
        { id: ids.application },
        tokens.bureau,
      );
      const expert = await gql<{ createAccount: { id: string } }>(
        `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
        {
          input: {
            email: 'expert@layout.test',
            password: 'Layout@2026',
            displayName: '李振华',
            role: 'EXPERT',
          },
        },
        tokens.bureau,
      );
      const assigned = await gql<{ assignReviewers: { id: string }[] }>(
        `mutation ($challengeId: ID!, $assignments: [ReviewerAssignmentInput!]!) {
          assignReviewers(challengeId: $challengeId, assignments: $assignments) { id } }`,
        {
          challengeId: ids.reviewChallenge,
          assignments: [{ expertId: expert.createAccount.id, applicationIds: [ids.application] }],
        },
        tokens.bureau,
      );
      ids.assignment = assigned.assignReviewers[0]!.id;
      await gql(
        `mutation ($id: ID!) { startChallengeEvaluation(id: $id) { id } }`,
        { id: ids.reviewChallenge },
        tokens.bureau,
      );
      tokens.expert = await platform.login('expert@layout.test', 'Layout@2026');
    }

    async function pageAs(role: string | null, viewport = PHONE): Promise<Page> {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      if (role) {
        await context.addInitScript(
          (token: string) => window.localStorage.setItem('ttp.token', token),
          tokens[role]!,
        );
      }
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    }

    async function inspect(page: Page, name: string, path: string) {
      await page.goto(`${platform.url}${path}`);
      await page.locator('.page-header, .auth-card, .ant-result').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('.ant-skeleton').first().waitFor({ state: 'detached' });
      await check(page, name);
    }

    async function check(page: Page, name: string) {
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      if (scrollWidth > clientWidth) {
        problems.push({ page: name, problem: `scrollWidth ${scrollWidth} > clientWidth ${clientWidth}` });
      }
      for (const control of await unlabelledControls(page)) {
        problems.push({ page: name, problem: `no label: ${control}` });
      }
      await snap(page, FOLDER, name);
    }

    it('signed out: sign-in and register', async () => {
      const page = await pageAs(null);
      await inspect(page, 'public-login', '/login');
      await inspect(page, 'public-register', '/register');
      await page.context().close();
    });

    it('enterprise pages', async () => {
      const page = await pageAs('enterprise');
      await inspect(page, 'enterprise-my-demands', '/demands/mine');
      await inspect(page, 'enterprise-demand-new', '/demands/new');
      await inspect(page, 'enterprise-demand-detail', `/demands/${ids.demand}`);
      await inspect(page, 'enterprise-demand-edit', `/demands/${ids.demand}/edit`);
      await inspect(page, 'enterprise-achievement-library', '/library/achievements');
      await inspect(page, 'enterprise-achievement-detail', `/achievements/${ids.importedAchievement}`);
      await inspect(page, 'enterprise-members', '/members');
      await inspect(page, 'enterprise-profile', '/profile');
      await inspect(page, 'enterprise-notifications', '/notifications');
      await inspect(page, 'enterprise-alerts', '/alerts');
      await page.getByRole('button', { name: '新建订阅' }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, 'enterprise-alerts-form');
      await page.goto(`${platform.url}/demands/mine`);
      await page.getByRole('button', { name: '打开导航' }).click();
      await page.getByRole('dialog').getByRole('link', { name: '我的需求' }).waitFor();
      await check(page, 'enterprise-nav-drawer');
      await page.context().close();
    });

    it('university pages', async () => {
      const page = await pageAs('university');
      await inspect(page, 'university-my-achievements', '/achievements/mine');
      await inspect(page, 'university-achievement-new', '/achievements/new');
      await inspect(page, 'university-achievement-detail', `/achievements/${ids.achievement}`);
      await inspect(page, 'university-demand-library', '/library/demands');
      await page.context().close();
    });

    it('pending member pages', async () => {
      const page = await pageAs('pending');
      await inspect(page, 'pending-achievement-library', '/library/achievements');
      await page.getByText('成员资格待审核').waitFor();
      await inspect(page, 'pending-profile', '/profile');
      await page.context().close();
    });

    it('bureau pages, including an import preview with row errors', async () => {
      const page = await pageAs('bureau');
      await inspect(page, 'bureau-review', '/review');
      await inspect(page, 'bureau-demand-library', '/library/demands');
      await inspect(page, 'bureau-members', '/members');
      await inspect(page, 'bureau-dashboard', '/dashboard');
      await page.locator('.chart svg').first().waitFor();
      await check(page, 'bureau-dashboard');
      await inspect(page, 'bureau-notifications', '/notifications');
      await inspect(page, 'bureau-alerts', '/alerts');
      await inspect(page, 'bureau-demand-detail', `/demands/${ids.demand}`);
      await inspect(page, 'bureau-import', '/import');
      const csv = [
        '编号,成果名称,成果简介,关键词,产业链,技术成熟度,知识产权类型,转化方式,报价（万元）,所属单位',
        'CSV-1,茶油精炼废白土油脂回收工艺,从废白土中回收油脂并再生白土,废白土、回收,油茶及其他油料,6,发明专利,许可,12,怀化学院',
        'CSV-2,,缺少名称的一行,,不存在的产业链,12,发明专利,,-3,怀化学院',
      ].join('\n');
      await page
        .locator('#import-file')
        .setInputFiles({ name: '成果清单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByText('成果名称不能为空').waitFor();
      await check(page, 'bureau-import-preview');
      await page.getByRole('button', { name: /导入 1 条成果/ }).click();
      await page.getByText(/导入完成：新建 1 条/).waitFor();
      await check(page, 'bureau-import-done');
      await page.context().close();
    });

    it('the sign-in page has labelled controls at 1280 px too', async () => {
      const page = await pageAs('enterprise', DESKTOP);
      await inspect(page, 'desktop-demand-new', '/demands/new');
      await inspect(page, 'desktop-library', '/library/achievements');
      await page.context().close();
    });

    it('brokering pages: my matches, a match, the board, events, contracts, ledgers', async () => {
      const enterprise = await pageAs('enterprise');
      await inspect(enterprise, 'enterprise-my-matches', '/matches');
      await inspect(enterprise, 'enterprise-match-detail', `/matches/${ids.match}`);
      await inspect(enterprise, 'enterprise-contracts', '/contracts');
      await inspect(enterprise, 'enterprise-demand-recommendations', `/demands/${ids.matchDemand}`);
      await enterprise.context().close();
      const university = await pageAs('university');
      await inspect(university, 'university-my-matches', '/matches');
      await university.context().close();
      const bureau = await pageAs('bureau');
      await inspect(bureau, 'bureau-board', '/board');
      await bureau.getByRole('button', { name: '手工创建对接' }).click();
      await bureau.getByRole('dialog').waitFor();
      await check(bureau, 'bureau-board-create-match');
      await inspect(bureau, 'bureau-match-detail', `/matches/${ids.match}`);
      await inspect(bureau, 'bureau-events', '/events');
      await bureau.getByRole('button', { name: '新建活动' }).click();
      await bureau.getByRole('dialog').waitFor();
      await check(bureau, 'bureau-event-form');
      await inspect(bureau, 'bureau-contracts', '/contracts');
      await bureau.getByRole('button', { name: '登记合同' }).click();
      await bureau.getByRole('dialog').waitFor();
      await check(bureau, 'bureau-contract-form');
      await inspect(bureau, 'bureau-ledgers', '/ledgers');
      await bureau.context().close();
    });

    it('challenge pages for every role', async () => {
      const enterprise = await pageAs('enterprise');
      await inspect(enterprise, 'enterprise-challenges', '/challenges');
      await inspect(enterprise, 'enterprise-challenge-new', '/challenges/new');
      await inspect(enterprise, 'enterprise-challenge-detail', `/challenges/${ids.openChallenge}`);
      await inspect(enterprise, 'enterprise-my-applications', '/applications/mine');
      await enterprise.context().close();
      const university = await pageAs('university');
      await inspect(university, 'university-challenge-apply', `/challenges/${ids.openChallenge}`);
      await inspect(university, 'university-challenge-applied', `/challenges/${ids.reviewChallenge}`);
      await inspect(university, 'university-my-applications', '/applications/mine');
      await university.context().close();
      const bureau = await pageAs('bureau');
      await inspect(bureau, 'bureau-challenges', '/challenges');
      await inspect(bureau, 'bureau-challenge-candidates', `/challenges/${ids.openChallenge}`);
      await inspect(bureau, 'bureau-challenge-review', `/challenges/${ids.reviewChallenge}`);
      for (const tab of ['评审专家组', '评审排名']) {
        await bureau.getByRole('tab', { name: tab }).click();
        await bureau.getByRole('tabpanel').locator('.ant-table').first().waitFor();
        await check(bureau, `bureau-challenge-${tab}`);
      }
      await bureau.getByRole('tab', { name: '评审专家组' }).click();
      await bureau.getByRole('button', { name: '新建专家账号' }).click();
      await bureau.getByRole('dialog').waitFor();
      await check(bureau, 'bureau-expert-account-form');
      await bureau.context().close();
      const expert = await pageAs('expert');
      await inspect(expert, 'expert-reviews', '/reviews');
      await inspect(expert, 'expert-review-form', `/reviews/${ids.assignment}`);
      await expert.context().close();
    });

    it('found no page wider than the screen and no unlabelled control', () => {
      expect(problems).toEqual([]);
    });
  },
);
