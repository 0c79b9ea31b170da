import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, screenshotFolder, snap } from './support/browser';
import { camelliaAchievement, importAchievements, otherAchievements } from './support/data';
import { ADMIN, startPlatform, type RunningPlatform } from './support/platform';
import { describeInBrowser } from './support/suite';

const JOURNEY = 'journey-1';

describeInBrowser(
  'journey 1: an enterprise posts a demand, the bureau publishes it, the enterprise sees explained matches',
  ({ chromium, databaseServerUrl }) => {
    let platform: RunningPlatform;
    let browser: Browser;
    let enterprise: Page;
    let bureau: Page;
    let demandUrl = '';

    beforeAll(async () => {
      platform = await startPlatform(databaseServerUrl, { seedDemo: false });
      browser = await launchBrowser(chromium);
      // A university result is already in the library, imported by the bureau over HTTP.
      const token = await platform.login(ADMIN.email, ADMIN.password);
      const result = await platform.graphql<{ importAchievements: { created: number; errors: unknown[] } }>(
        importAchievements,
        { items: [camelliaAchievement, ...otherAchievements] },
        token,
      );
      expect(result.importAchievements).toMatchObject({ created: 3, errors: [] });
      console.log(`[${JOURNEY}] screenshots: ${screenshotFolder(JOURNEY)}`);
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    it('registers a new enterprise, which can post at once', async () => {
      enterprise = await newPage(browser, DESKTOP);
      await enterprise.goto(`${platform.url}/register`);
      await snap(enterprise, JOURNEY, '01-register');
      await enterprise.getByRole('radio', { name: '企业' }).check();
      await enterprise.getByLabel('组织全称').fill('怀化鹤州山茶油有限公司');
      await enterprise.getByLabel('您的姓名').fill('周海燕');
      await enterprise.getByLabel('邮箱').fill('zhou@hezhou-oil.test');
      await enterprise.getByLabel('密码', { exact: true }).fill('Hezhou@2026');
      await enterprise.getByLabel('确认密码').fill('Hezhou@2026');
      await enterprise.getByRole('button', { name: /注\s*册/ }).click();
      await enterprise.getByRole('heading', { name: '我的需求' }).waitFor();
      await enterprise.getByText('还没有需求').waitFor();
      await snap(enterprise, JOURNEY, '02-my-demands-empty');
    });

    it('posts a demand and submits it for review', async () => {
      await enterprise.getByRole('button', { name: /发布需求/ }).click();
      await enterprise.getByRole('heading', { name: '发布需求' }).waitFor();
      await enterprise.getByLabel('需求名称').fill('小瓶山茶油开封后很快发哈变味');
      await enterprise
        .getByLabel('需求描述')
        .fill(
          '我们的250毫升小瓶山茶油开封一两个月就有哈喇味，客户退货多。出厂酸价、过氧化值都合格，问题出在放置以后。希望找到天然、合规、成本低的抗氧化办法，延长货架期。',
        );
      const keywords = enterprise.getByLabel('关键词');
      for (const keyword of ['山茶油', '哈喇味', '抗氧化', '货架期']) {
        await keywords.fill(keyword);
        await keywords.press('Enter');
      }
      await enterprise.getByLabel('所属产业链').click();
      await enterprise.locator('.ant-select-item-option', { hasText: '油茶及其他油料' }).click();
      await enterprise.getByLabel('可接受的最低技术成熟度（1–9）').fill('6');
      await enterprise.getByLabel('预算（万元）').fill('30');
      await enterprise.getByRole('checkbox', { name: '许可' }).check();
      await enterprise.getByRole('checkbox', { name: '技术服务' }).check();
      await enterprise.getByLabel('联系人').fill('周海燕');
      await enterprise.getByLabel('联系电话').fill('0745-2860000');
      await snap(enterprise, JOURNEY, '03-demand-form');
      await enterprise.getByRole('button', { name: '保存草稿' }).click();

      await enterprise.getByRole('heading', { name: '小瓶山茶油开封后很快发哈变味' }).waitFor();
      await enterprise.locator('.page-header').getByText('草稿').waitFor();
      demandUrl = enterprise.url();
      expect(demandUrl).toMatch(/\/demands\/[0-9a-f-]{36}$/);
      await enterprise.getByRole('button', { name: '提交审核' }).click();
      await enterprise.locator('.page-header').getByText('待审核').waitFor();
      await enterprise.getByText('等待科技局审核，发布后对其他组织可见').waitFor();
      await snap(enterprise, JOURNEY, '04-demand-submitted');
    });

    it('lets the bureau publish it from the review queue', async () => {
      bureau = await newPage(browser, DESKTOP);
      await bureau.goto(`${platform.url}/login`);
      await bureau.getByLabel('邮箱').fill(ADMIN.email);
      await bureau.getByLabel('密码').fill(ADMIN.password);
      await bureau.getByRole('button', { name: /登\s*录/ }).click();
      await bureau.getByRole('heading', { name: '审核队列' }).waitFor();
      const card = bureau.locator('.listing-card', { hasText: '小瓶山茶油开封后很快发哈变味' });
      await card.waitFor();
      await snap(bureau, JOURNEY, '05-review-queue');
      await card.getByRole('button', { name: /发\s*布/ }).click();
      await bureau.getByText('没有待审核的需求').waitFor();
    });

    it('shows the enterprise the recommended achievements with a score and reasons', async () => {
      await enterprise.goto(demandUrl);
      await enterprise.locator('.page-header').getByText('已发布').waitFor();
      const match = enterprise.locator('.match-item', { hasText: camelliaAchievement.title });
      await match.waitFor();
      const score = await match.getByRole('group', { name: /^匹配度 \d+ 分$/ }).getAttribute('aria-label');
      const value = Number(/(\d+)/.exec(score ?? '')?.[1]);
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(100);
      const reasons = await match
        .getByRole('list', { name: '推荐理由' })
        .getByRole('listitem')
        .allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.every((reason) => /[\u4e00-\u9fff]/.test(reason))).toBe(true);
      // The best match is listed first.
      await expect(enterprise.locator('.match-item').first().textContent()).resolves.toContain(
        camelliaAchievement.title,
      );
      await snap(enterprise, JOURNEY, '06-demand-matches');
    });
  },
);
