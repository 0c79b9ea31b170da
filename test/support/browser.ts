import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './platform';

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Screenshots of one journey go to test/screenshots/<journey>/ (git-ignored). */
export function screenshotFolder(journey: string): string {
  const folder = path.join(repoRoot, 'test', 'screenshots', journey);
  mkdirSync(folder, { recursive: true });
  return folder;
}

export async function snap(page: Page, journey: string, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(screenshotFolder(journey), `${name}.png`), fullPage: true });
}

/** True when the page is no wider than the viewport (no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/**
 * Every input, select and textarea that is part of the page (not type=hidden) and has no accessible
 * name: no aria-label, no aria-labelledby, no <label>, no title.
 */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea'));
    return controls
      .filter((element) => !(element instanceof HTMLInputElement && element.type === 'hidden'))
      .filter((element) => {
        const labelled =
          element.getAttribute('aria-label')?.trim() ||
          (element.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .some((id) => id && document.getElementById(id)?.textContent?.trim()) ||
          ((element as HTMLInputElement).labels?.length ?? 0) > 0 ||
          element.getAttribute('title')?.trim();
        return !labelled;
      })
      .map((element) => {
        const html = element.outerHTML;
        return html.length > 160 ? `${html.slice(0, 160)}…` : html;
      });
  });
}
