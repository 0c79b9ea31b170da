import type { Browser, Page } from 'playwright-core';
import { DESKTOP, newPage } from './browser';

/** Opens a new page and signs in through the portal's sign-in form; resolves once the home page shows. */
export async function signIn(
  browser: Browser,
  url: string,
  email: string,
  password: string,
  viewport = DESKTOP,
): Promise<Page> {
  const page = await newPage(browser, viewport);
  await page.goto(`${url}/login`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.locator('.page-header').first().waitFor();
  return page;
}

/** Picks an option of the antd Select labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Registers a member of a new organisation over HTTP (the portal's own register page is journey 1's). */
export const registerMutation = `mutation ($input: RegisterInput!) { register(input: $input) { token } }`;
