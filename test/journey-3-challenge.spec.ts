import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshotFolder, snap } from './support/browser';
import { ADMIN, startPlatform, type RunningPlatform } from './support/platform';
import { choose, registerMutation, signIn } from './support/session';
import { describeInBrowser } from './support/suite';

const JOURNEY = 'journey-3';
const PASSWORD = 'Journey3@2026';
const ENTERPRISE = { email: 'he@xiangxi-pharma.test', org: '怀化湘西药业有限公司', name: '贺建平' };
const UNIVERSITY = { email: 'luo@hhu-pharm.test', org: '湖南医药学院', name: '罗晓梅' };
const EXPERT = { email: 'expert.li@hecheng.test', name: '李振华' };
const TITLE = '黄精多糖低温提取与纯化工艺攻关';

const pad = (value: number) => String(value).padStart(2, '0');
function inDays(days: number, withTime = false): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const text = `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  return withTime ? `${text} ${pad(18)}:${pad(0)}` : text;
}

/**
 * Types a date into an antd DatePicker in its display format and confirms it: the panel's 确定 for a
 * date-time, Tab for a date (Enter would submit the form).
 */
async function pickDate(page: Page, label: string, text: string, withTime = false) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  if (withTime) {
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  } else {
    await input.press('Tab');
  }
}

describeInBrowser(
  'journey 3: a challenge is published, a university applies, an expert scores, the bureau awards, a milestone is accepted',
  ({ chromium, databaseServerUrl }) => {
    let platform: RunningPlatform;
    let browser: Browser;
    let enterprise: Page;
    let university: Page;
    let bureau: Page;
    let expert: Page;
    let challengeUrl = '';

    beforeAll(async () => {
      platform = await startPlatform(databaseServerUrl, { seedDemo: false });
      browser = await launchBrowser(chromium);
      for (const [who, kind] of [
        [ENTERPRISE, 'ENTERPRISE'],
        [UNIVERSITY, 'UNIVERSITY'],
      ] as const) {
        await platform.graphql(registerMutation, {
          input: {
            email: who.email,
            password: PASSWORD,
            displayName: who.name,
            organizationName: who.org,
            organizationKind: kind,
          },
        });
      }
      console.log(`[${JOURNEY}] screenshots: ${screenshotFolder(JOURNEY)}`);
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    /** Opens the challenge afresh as `page`'s user. */
    async function openChallenge(page: Page) {
      await page.goto(challengeUrl);
      await page.getByRole('heading', { name: TITLE }).waitFor();
    }

    it('an enterprise posts a challenge and submits it for review', async () => {
      enterprise = await signIn(browser, platform.url, ENTERPRISE.email, PASSWORD);
      await enterprise.getByRole('link', { name: '揭榜挂帅' }).click();
      await enterprise.getByRole('heading', { name: '揭榜挂帅' }).waitFor();
      await enterprise.getByRole('button', { name: /发布榜单/ }).click();
      await enterprise.getByRole('heading', { name: '发布榜单' }).waitFor();
      await enterprise.getByLabel('榜单名称').fill(TITLE);
      await choose(enterprise, '所属产业链', '现代中药种植加工');
      await enterprise.getByLabel('榜额（万元）').fill('120');
      await enterprise
        .getByLabel('需求背景')
        .fill(
          '公司黄精多糖提取采用高温水提，得率低、色泽深、能耗高。征集低温提取与膜分离纯化工艺，提高得率与纯度。',
        );
      await enterprise.getByLabel('指标1', { exact: true }).fill('多糖得率');
      await enterprise.getByLabel('指标1目标值').fill('≥ 12%');
      await enterprise.getByLabel('指标1考核方式').fill('第三方检测报告');
      await pickDate(enterprise, '揭榜截止时间', inDays(10, true), true);
      await pickDate(enterprise, '实施期开始', inDays(20));
      await pickDate(enterprise, '实施期结束', inDays(200));
      await enterprise.getByLabel('揭榜方资格条件').fill('高校院所或具备研发能力的企业');
      await snap(enterprise, JOURNEY, '01-challenge-form');
      await enterprise.getByRole('button', { name: /保存草稿/ }).click();
      await enterprise.getByRole('heading', { name: TITLE }).waitFor();
      challengeUrl = enterprise.url();
      expect(challengeUrl).toMatch(/\/challenges\/[0-9a-f-]{36}$/);
      await enterprise.getByRole('button', { name: /提交审核/ }).click();
      await enterprise.getByText('等待科技局审核，发布后对所有用户公开').waitFor();
      await snap(enterprise, JOURNEY, '02-challenge-under-review');
    });

    it('the bureau reviews and publishes it', async () => {
      bureau = await signIn(browser, platform.url, ADMIN.email, ADMIN.password);
      await bureau.getByRole('link', { name: '揭榜挂帅' }).click();
      await bureau.locator('.challenge-card', { hasText: TITLE }).getByText('待审核').waitFor();
      await snap(bureau, JOURNEY, '03-bureau-challenges');
      await bureau.getByRole('link', { name: TITLE }).click();
      await bureau.getByRole('button', { name: /审核通过并发布/ }).click();
      await bureau.locator('.page-header').getByText('揭榜中').waitFor();
    });

    it('a university applies', async () => {
      university = await signIn(browser, platform.url, UNIVERSITY.email, PASSWORD);
      await university.getByRole('link', { name: '揭榜挂帅' }).click();
      await university.locator('.challenge-card', { hasText: TITLE }).waitFor();
      await snap(university, JOURNEY, '04-university-challenges');
      await university.getByRole('link', { name: TITLE }).click();
      await university
        .getByLabel('揭榜方案概述')
        .fill('采用超声辅助低温酶解提取，结合超滤与大孔树脂纯化，兼顾得率、纯度与色泽。');
      await university
        .getByLabel('技术路线')
        .fill('小试优化酶解条件 → 中试验证膜分离参数 → 在企业产线完成工艺放大。');
      await university.getByLabel('预算（万元）').fill('110');
      await university.getByLabel('进度计划').fill('第1–3月小试，第4–6月中试，第7–9月产线放大与验收。');
      await university.getByLabel('成员1姓名').fill(UNIVERSITY.name);
      await university.getByLabel('成员1职称').fill('教授');
      await university.getByLabel('成员1分工').fill('项目负责人');
      await snap(university, JOURNEY, '05-application-form');
      await university.getByRole('button', { name: /提交揭榜申请/ }).click();
      const mine = university.locator('.ant-card', { hasText: '本单位的揭榜申请' });
      await mine.getByText('已提交').waitFor();
      await university.getByRole('link', { name: '我的揭榜' }).click();
      await university.locator('.application-card', { hasText: TITLE }).getByText('已提交').waitFor();
      await snap(university, JOURNEY, '06-my-applications');
    });

    it('after the deadline the bureau shortlists, forms the panel and starts the evaluation', async () => {
      // The deadline is ten days away; a browser test cannot wait for it, so it passes in the database.
      await platform.sql(
        `update challenge set application_deadline = now() - interval '1 minute' where title = $1`,
        [TITLE],
      );
      await openChallenge(bureau);
      const close = bureau.getByRole('button', { name: /截止揭榜/ });
      if (await close.isVisible()) {
        await close.click();
      }
      await bureau.locator('.page-header').getByText('已截止揭榜').waitFor();
      await bureau.getByRole('tab', { name: '揭榜申请' }).click();
      const application = bureau.locator('.application-item', { hasText: UNIVERSITY.org });
      await application.getByRole('button', { name: /^入\s*围$/ }).click();
      await application.getByText('已入围').waitFor();

      await bureau.getByRole('tab', { name: '评审专家组' }).click();
      await bureau.getByRole('button', { name: '新建专家账号' }).click();
      const account = bureau.getByRole('dialog', { name: '新建专家账号' });
      await account.getByLabel('专家姓名').fill(EXPERT.name);
      await account.getByLabel('登录邮箱').fill(EXPERT.email);
      await account.getByLabel('初始密码').fill(PASSWORD);
      await account.getByRole('button', { name: /创\s*建/ }).click();
      await account.waitFor({ state: 'hidden' });
      await choose(bureau, '评审的申请', UNIVERSITY.org);
      await bureau.keyboard.press('Escape');
      await bureau.getByRole('button', { name: /^分\s*配$/ }).click();
      await bureau.locator('.ant-table-row', { hasText: EXPERT.name }).getByText('待评分').waitFor();
      await snap(bureau, JOURNEY, '07-panel');
      await bureau.getByRole('button', { name: /启动专家评审/ }).click();
      await bureau.locator('.page-header').getByText('专家评审中').waitFor();
    });

    it('the expert scores the application', async () => {
      expert = await signIn(browser, platform.url, EXPERT.email, PASSWORD);
      await expert.getByRole('heading', { name: '评审任务' }).waitFor();
      const task = expert.locator('.review-card', { hasText: TITLE });
      await task.getByText('待评分').waitFor();
      await snap(expert, JOURNEY, '08-expert-assignments');
      await task.getByRole('button', { name: /去评分/ }).click();
      await expert.getByRole('heading', { name: '专家评分' }).waitFor();
      await expert.getByLabel('技术可行性（权重 40%）').fill('90');
      await expert.getByLabel('团队能力（权重 25%）').fill('80');
      await expert.getByLabel('预算合理性（权重 20%）').fill('70');
      await expert.getByLabel('进度安排（权重 15%）').fill('80');
      // 0.4 × 90 + 0.25 × 80 + 0.2 × 70 + 0.15 × 80 = 82
      await expert.locator('.review-score').getByText('82.00').waitFor();
      await expert
        .getByLabel('给申请方的反馈（结果公布后申请方可见）')
        .fill('技术路线清晰，建议补充中试设备清单。');
      await expert.getByLabel('内部意见（仅科技局可见）').fill('团队有黄精加工项目经验，推荐。');
      await snap(expert, JOURNEY, '09-expert-scoring');
      await expert.getByRole('button', { name: /提交评分/ }).click();
      await expert.getByRole('heading', { name: '评审任务' }).waitFor();
      await task.getByText('已评分 82.00').waitFor();
    });

    it('the bureau reads the ranking and awards the challenge', async () => {
      await openChallenge(bureau);
      await bureau.getByRole('tab', { name: '评审排名' }).click();
      const row = bureau.locator('.ant-table-row', { hasText: UNIVERSITY.org });
      await row.getByText('82.00').waitFor();
      await snap(bureau, JOURNEY, '10-ranking');
      await bureau.getByRole('button', { name: /确定揭榜方/ }).click();
      const dialog = bureau.getByRole('dialog', { name: '确定揭榜方并公示' });
      await dialog.getByLabel('公示天数（1–30）').fill('5');
      await dialog.getByRole('button', { name: /确定并公示/ }).click();
      await bureau.locator('.page-header').getByText('已确定揭榜方').waitFor();
      await bureau.getByText(`揭榜方：${UNIVERSITY.org}`).waitFor();
      await snap(bureau, JOURNEY, '11-awarded');
    });

    it('a milestone is planned, execution starts, the team submits evidence and the bureau accepts it', async () => {
      await bureau.getByRole('tab', { name: '里程碑' }).click();
      await bureau.getByRole('button', { name: '制定里程碑' }).click();
      const plan = bureau.getByRole('dialog', { name: '制定里程碑' });
      await plan.getByLabel('里程碑名称').fill('小试工艺验证');
      await plan.getByLabel('交付物').fill('小试工艺报告与三批次检测报告');
      await pickDate(bureau, '计划完成日期', inDays(60));
      await plan.getByRole('button', { name: /确\s*定/ }).click();
      await bureau.locator('.milestone', { hasText: '小试工艺验证' }).getByText('计划中').waitFor();

      // The public notice runs five days; it ends in the database so that execution may start.
      await platform.sql(`update challenge set public_notice_ends_on = current_date - 2 where title = $1`, [
        TITLE,
      ]);
      await openChallenge(bureau);
      await bureau.getByRole('button', { name: /启动攻关实施/ }).click();
      await bureau.locator('.page-header').getByText('攻关实施中').waitFor();

      await openChallenge(university);
      await university.locator('.ant-card', { hasText: '本单位的揭榜申请' }).getByText('揭榜成功').waitFor();
      await university.getByRole('tab', { name: '里程碑' }).click();
      const milestone = university.locator('.milestone', { hasText: '小试工艺验证' });
      await milestone.getByRole('button', { name: /提交佐证材料/ }).click();
      const evidence = university.getByRole('dialog', { name: '提交佐证材料' });
      await evidence
        .getByLabel('佐证材料说明')
        .fill('小试报告：多糖得率 13.2%，第三方检测编号 HH-2026-0815。');
      await evidence.getByRole('button', { name: /确\s*定/ }).click();
      await milestone.getByText('待验收').waitFor();
      await snap(university, JOURNEY, '12-milestone-submitted');

      await openChallenge(bureau);
      await bureau.getByRole('tab', { name: '里程碑' }).click();
      const accepted = bureau.locator('.milestone', { hasText: '小试工艺验证' });
      await accepted.getByRole('button', { name: /验收通过/ }).click();
      const accept = bureau.getByRole('dialog', { name: '验收通过' });
      await accept.getByLabel('验收意见（可选）').fill('指标达到要求，同意验收。');
      await accept.getByRole('button', { name: /确\s*定/ }).click();
      await accepted.getByText('验收通过').first().waitFor();
      await accepted.locator('.ant-tag', { hasText: '验收通过' }).waitFor();
      await snap(bureau, JOURNEY, '13-milestone-accepted');
    });
  },
);
