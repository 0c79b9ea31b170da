import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshotFolder, snap } from './support/browser';
import { ADMIN, startPlatform, type RunningPlatform } from './support/platform';
import { registerMutation, signIn } from './support/session';
import { describeInBrowser } from './support/suite';

const JOURNEY = 'journey-2';
const PASSWORD = 'Journey2@2026';
const ENTERPRISE = { email: 'tan@wuling-oil.test', org: '怀化五溪山茶油有限公司', contact: '谭志刚' };
const UNIVERSITY = { email: 'yang@hhxy.test', org: '怀化学院食品科学与工程学院', contact: '杨秋华' };
const DEMAND_TITLE = '小瓶山茶油开封后易氧化变味，想延长货架期';
const ACHIEVEMENT_TITLE = '竹叶黄酮复配延缓山茶油氧化酸败技术';

const year = new Date().getFullYear();

describeInBrowser(
  'journey 2: both parties express interest, contacts appear, the bureau registers a contract, turnover changes',
  ({ chromium, databaseServerUrl }) => {
    let platform: RunningPlatform;
    let browser: Browser;
    let enterprise: Page;
    let university: Page;
    let bureau: Page;
    let demandId = '';

    beforeAll(async () => {
      platform = await startPlatform(databaseServerUrl, { seedDemo: false });
      browser = await launchBrowser(chromium);
      const bureauToken = await platform.login(ADMIN.email, ADMIN.password);
      const signUp = async (
        email: string,
        organizationName: string,
        organizationKind: string,
        name: string,
      ) =>
        (
          await platform.graphql<{ register: { token: string } }>(registerMutation, {
            input: { email, password: PASSWORD, displayName: name, organizationName, organizationKind },
          })
        ).register.token;
      const enterpriseToken = await signUp(
        ENTERPRISE.email,
        ENTERPRISE.org,
        'ENTERPRISE',
        ENTERPRISE.contact,
      );
      const universityToken = await signUp(
        UNIVERSITY.email,
        UNIVERSITY.org,
        'UNIVERSITY',
        UNIVERSITY.contact,
      );
      // A published need and a published result that answers it, with contacts kept back until mutual interest.
      const demand = await platform.graphql<{ createDemand: { id: string; version: number } }>(
        `mutation ($input: DemandInput!) { createDemand(input: $input) { id version } }`,
        {
          input: {
            title: DEMAND_TITLE,
            description:
              '250毫升小瓶山茶油开封一两个月就有哈喇味，过氧化值升高。希望找到天然、合规、低成本的抗氧化办法，延长货架期。',
            keywords: ['山茶油', '氧化酸败', '抗氧化', '货架期'],
            industryChain: 'CAMELLIA_OIL',
            minTrl: 6,
            budgetWan: 40,
            cooperationModes: ['LICENSE', 'TECHNICAL_SERVICE'],
            deadline: `${year + 1}-06-30`,
            contactName: ENTERPRISE.contact,
            contactPhone: '0745-2861234',
            contactEmail: ENTERPRISE.email,
          },
        },
        enterpriseToken,
      );
      demandId = demand.createDemand.id;
      const achievement = await platform.graphql<{ createAchievement: { id: string } }>(
        `mutation ($input: AchievementInput!) { createAchievement(input: $input) { id } }`,
        {
          input: {
            title: ACHIEVEMENT_TITLE,
            summary:
              '以竹叶黄酮与抗坏血酸棕榈酸酯复配作为天然抗氧化剂，使山茶油常温货架期内过氧化值增幅降低60%以上，风味稳定，延长货架期。',
            keywords: ['山茶油', '氧化酸败', '天然抗氧化剂', '货架期'],
            industryChain: 'CAMELLIA_OIL',
            trl: 7,
            ipType: 'INVENTION_PATENT',
            transferModes: ['LICENSE', 'TECHNICAL_SERVICE'],
            askingPriceWan: 35,
            contactName: UNIVERSITY.contact,
            contactPhone: '0745-2851999',
            contactEmail: UNIVERSITY.email,
          },
        },
        universityToken,
      );
      const achievementId = achievement.createAchievement.id;
      await platform.graphql(
        `mutation ($id: ID!) { submitDemand(id: $id) { id } }`,
        { id: demandId },
        enterpriseToken,
      );
      await platform.graphql(
        `mutation ($id: ID!) { submitAchievement(id: $id) { id } }`,
        { id: achievementId },
        universityToken,
      );
      await platform.graphql(
        `mutation ($id: ID!) { publishDemand(id: $id) { id } }`,
        { id: demandId },
        bureauToken,
      );
      await platform.graphql(
        `mutation ($id: ID!) { publishAchievement(id: $id) { id } }`,
        { id: achievementId },
        bureauToken,
      );
      // Last year's turnover between the same parties: 30 万元, so the +20 % target is 36 万元.
      const orgs = await platform.graphql<{ organizations: { id: string; name: string }[] }>(
        `{ organizations { id name } }`,
        {},
        bureauToken,
      );
      const idOf = (name: string) => orgs.organizations.find((org) => org.name === name)!.id;
      await platform.graphql(
        `mutation ($input: TechContractInput!) { registerTechContract(input: $input) { id } }`,
        {
          input: {
            title: '山茶油精炼工艺技术服务合同',
            type: 'SERVICE',
            amountWan: '30',
            signedOn: `${year - 1}-05-20`,
            buyerId: idOf(ENTERPRISE.org),
            sellerId: idOf(UNIVERSITY.org),
            industryChain: 'CAMELLIA_OIL',
          },
        },
        bureauToken,
      );
      console.log(`[${JOURNEY}] screenshots: ${screenshotFolder(JOURNEY)}`);
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    it('the enterprise expresses interest in a recommended result; contacts stay hidden', async () => {
      enterprise = await signIn(browser, platform.url, ENTERPRISE.email, PASSWORD);
      await enterprise.goto(`${platform.url}/demands/${demandId}`);
      const item = enterprise.locator('.match-item', { hasText: ACHIEVEMENT_TITLE });
      await item.waitFor();
      await item.getByRole('button', { name: /表达意向/ }).click();
      await item.getByText('对接：一方有意向').waitFor();
      await snap(enterprise, JOURNEY, '01-enterprise-interest-on-recommendation');

      await enterprise.getByRole('link', { name: '我的对接' }).click();
      await enterprise.getByRole('heading', { name: '我的对接' }).waitFor();
      const card = enterprise.locator('.match-card', { hasText: DEMAND_TITLE });
      await card.getByText('一方有意向').waitFor();
      await card.getByText('成果方的联系方式在双方确认对接意向后可见。').waitFor();
      expect(await card.textContent()).not.toContain(UNIVERSITY.contact);
      await snap(enterprise, JOURNEY, '02-enterprise-my-matches-waiting');
    });

    it('the university answers with its own interest and sees the enterprise contacts', async () => {
      university = await signIn(browser, platform.url, UNIVERSITY.email, PASSWORD);
      await university.goto(`${platform.url}/matches`);
      const card = university.locator('.match-card', { hasText: DEMAND_TITLE });
      await card.getByText('一方有意向').waitFor();
      expect(await card.textContent()).not.toContain(ENTERPRISE.contact);
      await card.getByRole('button', { name: /表达意向/ }).click();
      const dialog = university.getByRole('dialog');
      await dialog.getByLabel('意向说明（对方可见）').fill('我们可提供小试配方和检测数据，欢迎来校交流。');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await card.getByText('双方有意向').waitFor();
      const contacts = card
        .getByRole('group', { name: '需求方联系方式' })
        .or(card.locator('.party-contacts'));
      await contacts.getByText(ENTERPRISE.contact).waitFor();
      await contacts.getByText('0745-2861234').waitFor();
      await snap(university, JOURNEY, '03-university-contacts-revealed');
    });

    it('the enterprise now sees the university contacts too', async () => {
      await enterprise.reload();
      const card = enterprise.locator('.match-card', { hasText: DEMAND_TITLE });
      await card.getByText('双方有意向').waitFor();
      await card.getByText(UNIVERSITY.contact).waitFor();
      await card.getByText('0745-2851999').waitFor();
      await card.getByRole('link', { name: DEMAND_TITLE }).click();
      await enterprise.getByRole('heading', { name: '对接详情' }).waitFor();
      await enterprise
        .locator('.ant-timeline')
        .getByText(/双方有意向/)
        .waitFor();
      await snap(enterprise, JOURNEY, '04-enterprise-match-detail');
    });

    it('the bureau moves the match on the board and registers the contract; turnover rises', async () => {
      bureau = await signIn(browser, platform.url, ADMIN.email, ADMIN.password);
      await bureau.goto(`${platform.url}/dashboard`);
      const turnover = bureau.locator('.ant-statistic', { hasText: `${year}年技术合同成交额` });
      await turnover.getByText('0 万元').waitFor();
      await snap(bureau, JOURNEY, '05-dashboard-before');

      await bureau.goto(`${platform.url}/board`);
      await bureau.getByRole('heading', { name: '对接看板' }).waitFor();
      const mutual = bureau.getByRole('region', { name: '双方有意向' });
      const card = mutual.locator('.board__card', { hasText: DEMAND_TITLE });
      await card.waitFor();
      await snap(bureau, JOURNEY, '06-board-mutual-interest');
      await card.getByRole('button', { name: /安排洽谈会面/ }).click();
      const meeting = bureau.getByRole('dialog');
      await meeting
        .getByLabel('会面安排（时间、地点、参加人）')
        .fill('下周三上午在怀化学院食品楼 302 会议室面谈');
      await meeting.getByRole('button', { name: /确\s*定/ }).click();
      const meetingCard = bureau
        .getByRole('region', { name: '洽谈会面' })
        .locator('.board__card', { hasText: DEMAND_TITLE });
      await meetingCard.waitFor();

      await meetingCard.getByRole('button', { name: /登记合同/ }).click();
      const contract = bureau.getByRole('dialog', { name: '登记技术合同' });
      await contract.getByLabel('成交额（万元）').fill('36.5');
      // Let the dialog finish its opening animation before the screenshot.
      await bureau.waitForTimeout(500);
      await snap(bureau, JOURNEY, '07-register-contract');
      await contract.getByRole('button', { name: /登\s*记/ }).click();
      await bureau
        .getByRole('region', { name: '已签约' })
        .locator('.board__card', { hasText: DEMAND_TITLE })
        .waitFor();
      await snap(bureau, JOURNEY, '08-board-contracted');

      await bureau.getByRole('link', { name: '技术合同' }).click();
      await bureau.getByRole('heading', { name: '技术合同' }).waitFor();
      const row = bureau.locator('.ant-table-row', { hasText: `${DEMAND_TITLE}技术合同` });
      await row.getByText('36.5 万元').waitFor();
      await row.getByText('已确认').waitFor();
      await snap(bureau, JOURNEY, '09-contracts');

      await bureau.getByRole('link', { name: '数据看板' }).click();
      await turnover.getByText('36.5 万元').waitFor();
      // 36.5 against last year's 30 is +21.67 %, above the +20 % target.
      await bureau.getByText('已达目标（+20%）').waitFor();
      await snap(bureau, JOURNEY, '10-dashboard-after');
    });

    it('the bureau downloads the contract ledger as a file', async () => {
      await bureau.getByRole('link', { name: '台账下载' }).click();
      await bureau.getByRole('heading', { name: '台账下载' }).waitFor();
      await snap(bureau, JOURNEY, '11-ledgers');
      const [download] = await Promise.all([
        bureau.waitForEvent('download'),
        bureau.getByRole('link', { name: '下载技术合同台账（Excel）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
      }
      // An XLSX is a zip: it starts with "PK".
      expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');
    });
  },
);
