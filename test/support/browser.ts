import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { findChromium } from '../harness/chromiumPath.mjs';
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
