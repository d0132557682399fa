import type { Locator, Page } from 'playwright-core';
import { saveScreenshot } from './browser';

/** A locator's text with its whitespace folded, as a person reads it. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "F CFA 1,250,000" → 1250000, "-F CFA 35,000" → -35000 (XOF has no decimals). */
export function xofMinor(text: string): number {
  const trimmed = text.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits === '') throw new Error(`no amount in "${text}"`);
  return (/^[-−]/.test(trimmed) ? -1 : 1) * Number(digits);
}

/** A form field by its label, whatever the required-field asterisk after it. */
export const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

/** Opens a screen from the main navigation and waits for its heading. */
export async function navigate(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
}

/** A screenshot with notifications gone, scrolled to the top and the pointer where it opens no tooltip. */
export async function quietScreenshot(page: Page, name: string): Promise<void> {
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.mouse.move(1, 1);
  await saveScreenshot(page, name);
}
