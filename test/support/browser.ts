import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from '../harness/chromiumPath.mjs';
import { requireBuild } from './builtApp';
import { repositoryRoot } from './testCore';

export const screenshotFolder = join(repositoryRoot, 'test-results', 'screenshots');

/** Headless Debian Chromium, with no traffic beyond loopback; Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error('Chromium is missing: run the suite with `npm run test:all`, or set AIRLEDGER_CHROMIUM.');
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotFolder, { recursive: true });
  const path = join(screenshotFolder, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

export interface TestPage {
  page: Page;
  /** Uncaught page errors and console errors, for asserting a screen logged none. */
  errors: string[];
}

/**
 * One Chromium for a test file (launched before its tests, closed after), and pages with a fixed
 * viewport, locale and time zone, so amounts and dates read the same on every machine.
 */
export function browserForTests(): { newPage: () => Promise<TestPage> } {
  let browser: Browser | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    requireBuild();
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close?.();
  });
  return {
    newPage: async () => {
      if (browser === undefined) throw new Error('the browser is not launched yet');
      const context = await browser.newContext({
        viewport: { width: 1360, height: 900 },
        colorScheme: 'light',
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return { page, errors };
    },
  };
}
