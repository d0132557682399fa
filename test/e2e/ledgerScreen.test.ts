import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests, saveScreenshot } from '../support/browser';
import { startServe } from '../support/builtApp';
import { editBehindTheAppsBack } from '../support/editBehindTheAppsBack';
import { seedDemoLedger } from '../support/ledgerFixture';
import { seedBusyRetailer } from '../support/ledgerScreenFixtures';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();

const { newPage } = browserForTests();

/** "F CFA 1,375,000" → 1375000, "-F CFA 150,000" → -150000 (XOF has no decimals). */
function xofMinor(text: string | null): number {
  const trimmed = (text ?? '').trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits === '') throw new Error(`no amount in "${text}"`);
  return (/^[-−]/.test(trimmed) ? -1 : 1) * Number(digits);
}

/** A locator's text with every kind of space (Intl uses narrow no-break ones) as a plain space. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
}

async function amountIn(locator: Locator): Promise<number> {
  return xofMinor(await locator.textContent());
}

function accountRow(page: Page, code: string): Locator {
  return page.getByTestId('accounts-table').locator(`tr[data-account-code="${code}"]`);
}

const monthsOf = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();

/** Picks a statement period through the date picker, walking its calendar month by month. */
async function pickPeriod(page: Page, fromDay: string, toDay: string): Promise<void> {
  await page.getByRole('button', { name: 'Statement period' }).click();
  for (const day of [fromDay, toDay]) {
    const target = new Date(`${day}T00:00:00Z`);
    for (let step = 0; ; step += 1) {
      expect(step).toBeLessThan(60);
      const shown = new Date(
        `1 ${await page.getByRole('button', { name: 'Choose a month' }).textContent()} UTC`,
      );
      const monthsAhead = monthsOf(target) - monthsOf(shown);
      if (monthsAhead === 0) break;
      await page.getByRole('button', { name: monthsAhead > 0 ? 'Next month' : 'Previous month' }).click();
    }
    const label = `${target.getUTCDate()} ${target.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${target.getUTCFullYear()}`;
    await page.getByRole('button', { name: label, exact: true }).click();
  }
  // The calendar closes once both days are picked.
  await page.getByRole('button', { name: 'Choose a month' }).waitFor({ state: 'hidden' });
}

/** The `data-index` of the statement line that has the keyboard focus. */
function focusedLineIndex(page: Page): Promise<string | null> {
  return page.evaluate<string | null>("document.activeElement?.getAttribute('data-index') ?? null");
}

interface ShownLine {
  amountMinor: number;
  balanceMinor: number;
  entryId: string;
  counterparty: string;
  entry: string;
}

/** Every line of the statement on screen (the test's statements are short enough to be drawn whole). */
async function statementLines(page: Page): Promise<ShownLine[]> {
  const rows = page.getByTestId('statement-lines').locator('tbody tr');
  const lines: ShownLine[] = [];
  for (const row of await rows.all()) {
    lines.push({
      amountMinor: await amountIn(row.locator('[data-column="amount"]')),
      balanceMinor: await amountIn(row.locator('[data-column="balance"]')),
      entryId: (await row.getAttribute('data-entry-id')) ?? '',
      counterparty: (await row.locator('[data-column="counterparty"]').textContent()) ?? '',
      entry: (await row.locator('[data-column="entry"]').textContent()) ?? '',
    });
  }
  return lines;
}

/** Opening plus each movement gives the next running balance, and the last one is the closing balance. */
function expectRunningBalances(openingMinor: number, lines: ShownLine[], closingMinor: number): void {
  let balanceMinor = openingMinor;
  for (const line of lines) {
    balanceMinor += line.amountMinor;
    expect(line.balanceMinor).toBe(balanceMinor);
  }
  expect(balanceMinor).toBe(closingMinor);
}

async function waitForStatement(page: Page, lineCount: number): Promise<void> {
  await page.locator('[data-testid="statement"][data-settled="true"]').waitFor();
  await expect
    .poll(() => page.getByTestId('statement-lines').locator('tbody tr').count(), { timeout: 10_000 })
    .toBe(lineCount);
}

// What the fixture implies, worked out from its entries:
// wholesale: 10,000,000 bought, 2,500,000 to Awa, 1,000,000 to Boubacar, 150,000 to Boubacar reversed,
// and thirty daily allocations of 10,000 + day × 1,000 (day 0…29), which add up to 735,000.
const dailyAllocationsMinor = Array.from({ length: 30 }, (_, day) => 10_000 + day * 1_000);
const dailyToAwaMinor = dailyAllocationsMinor.filter((_, day) => day % 2 === 0).reduce((a, b) => a + b, 0);
const dailyToBoubacarMinor = dailyAllocationsMinor
  .filter((_, day) => day % 2 === 1)
  .reduce((a, b) => a + b, 0);
const wholesaleMinor = 10_000_000 - 2_500_000 - 1_000_000 - 150_000 + 150_000 - 735_000;
// The 400,000 pending allocation to Awa expired (24 hours) before the daily allocations went on,
// so it reserves nothing any more: available equals posted everywhere.
const awaStockMinor = 2_500_000 + dailyToAwaMinor;
const boubacarStockMinor = 1_000_000 + 150_000 - 150_000 + dailyToBoubacarMinor;
// 1 purchase, 3 allocations, 1 reversal, 1 pending, 1 postpaid receivable, 30 daily allocations, 1 expiry.
const entriesInFixture = 38;

const mistakenAllocationId = '01900000-0000-7000-8000-000000000004';
const reversalId = '01900000-0000-7000-8000-000000000005';
const pendingAllocationId = '01900000-0000-7000-8000-000000000006';

describe('the Ledger screen, end to end', () => {
  it('shows balances, statements, entries and a clean full check of a seeded ledger', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await seedDemoLedger(dataDir);
    const serve = await startServe(['--data-dir', dataDir], { AIRLEDGER_DB_KEY: testPassphrase });
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      // The quick check when the workspace opened found nothing, so the dashboard raises no alarm.
      await page.getByTestId('workspace-card').waitFor();
      expect(await page.getByTestId('ledger-problems-alert').count()).toBe(0);

      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Ledger' })
        .click();
      await page.getByRole('heading', { name: 'Ledger', level: 2 }).waitFor();
      expect(page.url()).toContain('#/ledger');

      // The last check is the quick one run at open, over every entry.
      const summary = page.getByTestId('ledger-verify-summary');
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain('quick check');
      await expect(summary.textContent()).resolves.toContain(`${entriesInFixture} entries`);

      // Balances, formatted in the asset's currency, as the fixture implies.
      await accountRow(page, 'WHOLESALE-MTN').waitFor();
      expect(await page.getByTestId('accounts-table').locator('tr[data-account-code]').count()).toBe(8);
      const wholesale = accountRow(page, 'WHOLESALE-MTN');
      expect(wholesaleMinor).toBe(5_765_000);
      expect(await amountIn(wholesale.locator('[data-column="posted"]'))).toBe(wholesaleMinor);
      expect(await amountIn(wholesale.locator('[data-column="available"]'))).toBe(wholesaleMinor);
      await expect(textOf(wholesale.locator('[data-column="posted"]'))).resolves.toBe('F CFA 5,765,000');
      await expect(wholesale.textContent()).resolves.toContain('no overdraft');
      await expect(wholesale.textContent()).resolves.toContain('airtime');
      expect(await amountIn(accountRow(page, 'STOCK-R001').locator('[data-column="posted"]'))).toBe(
        awaStockMinor,
      );
      expect(await amountIn(accountRow(page, 'STOCK-R002').locator('[data-column="posted"]'))).toBe(
        boubacarStockMinor,
      );
      expect(await amountIn(accountRow(page, 'ISSUANCE-MTN').locator('[data-column="posted"]'))).toBe(
        10_000_000,
      );
      const receivable = accountRow(page, 'AR-R001');
      expect(await amountIn(receivable.locator('[data-column="posted"]'))).toBe(250_000);
      await expect(textOf(receivable)).resolves.toContain('limit F CFA 500,000');
      await saveScreenshot(page, 'ledger-01-accounts');

      // Filters: retailers only, then a search on the name.
      await page.getByRole('radiogroup', { name: 'Owner' }).getByText('Retailer', { exact: true }).click();
      await expect
        .poll(() => page.getByTestId('accounts-table').locator('tr[data-account-code]').count())
        .toBe(3);
      await page.getByRole('textbox', { name: 'Search accounts' }).fill('boubacar');
      await expect
        .poll(() => page.getByTestId('accounts-table').locator('tr[data-account-code]').count())
        .toBe(1);
      await accountRow(page, 'STOCK-R002').waitFor();
      await saveScreenshot(page, 'ledger-02-accounts-filtered');

      // A full check now: every entry, nothing wrong.
      await page.getByRole('button', { name: 'Verify now' }).click();
      await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toContain('full check');
      await expect(summary.textContent()).resolves.toContain(`${entriesInFixture} entries`);
      await expect(summary.textContent()).resolves.toContain('8 accounts');
      await page.getByTestId('ledger-verify-panel').getByText('All checks passed').waitFor();
      expect(await page.getByTestId('ledger-violations').count()).toBe(0);

      // The pending allocation, opened by its id, says it expired and leads to its expiry.
      await page.getByRole('textbox', { name: 'Entry id' }).fill(pendingAllocationId);
      await page.getByRole('textbox', { name: 'Entry id' }).press('Enter');
      const drawer = page.getByRole('dialog');
      await drawer.getByTestId('entry-detail').waitFor();
      await expect(drawer.textContent()).resolves.toContain('Pending (reserved)');
      await expect(drawer.getByTestId('entry-transfers').textContent()).resolves.toContain('TB-77812');
      await drawer.getByRole('button', { name: /Resolved by entry .* \(expired\)/ }).click();
      await drawer.getByText('Expiry of a pending entry').waitFor();
      await drawer.getByRole('button', { name: 'Resolves pending entry 01900000…0006 (expired)' }).waitFor();
      await saveScreenshot(page, 'ledger-03-expired-pending');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // Boubacar's statement over the fixture's two months: from nothing to his closing balance.
      await accountRow(page, 'STOCK-R002').click();
      await page.getByRole('heading', { name: 'STOCK-R002 · Boubacar Telecom stock' }).waitFor();
      await pickPeriod(page, '2026-11-01', '2026-12-31');
      await waitForStatement(page, 18);
      const opening = await amountIn(page.getByTestId('statement-opening-amount'));
      const closing = await amountIn(page.getByTestId('statement-closing-amount'));
      expect(opening).toBe(0);
      expect(closing).toBe(boubacarStockMinor);
      const lines = await statementLines(page);
      expectRunningBalances(opening, lines, closing);
      expect(lines.slice(0, 3).map((line) => line.amountMinor)).toEqual([1_000_000, 150_000, -150_000]);
      expect(lines[2]?.entry).toContain('reversal');
      expect(lines.every((line) => line.counterparty === 'WHOLESALE-MTN')).toBe(true);
      expect(await amountIn(page.getByTestId('statement-increases-amount'))).toBe(
        1_150_000 + dailyToBoubacarMinor,
      );
      expect(await amountIn(page.getByTestId('statement-decreases-amount'))).toBe(-150_000);
      await saveScreenshot(page, 'ledger-04-statement');

      // A period in the middle: the opening balance carries what came before it. Boubacar gets
      // the odd days' allocations, recorded at 12:10 on Nov 4, 6, 8, 10, …
      await pickPeriod(page, '2026-11-10', '2026-11-20');
      await waitForStatement(page, 6);
      const midOpening = await amountIn(page.getByTestId('statement-opening-amount'));
      const midClosing = await amountIn(page.getByTestId('statement-closing-amount'));
      expect(midOpening).toBe(1_000_000 + 11_000 + 13_000 + 15_000);
      expect(midClosing).toBe(midOpening + 17_000 + 19_000 + 21_000 + 23_000 + 25_000 + 27_000);
      expectRunningBalances(midOpening, await statementLines(page), midClosing);

      // The mistaken allocation's entry leads to its reversal and back.
      await pickPeriod(page, '2026-11-02', '2026-11-02');
      await waitForStatement(page, 3);
      await page.locator(`tbody tr[data-entry-id="${mistakenAllocationId}"]`).click();
      await drawer.getByTestId('entry-detail').waitFor();
      await expect(drawer.getByTestId('entry-detail').textContent()).resolves.toContain(mistakenAllocationId);
      const reversedBy = drawer.getByRole('button', { name: 'Reversed by entry 01900000…0005' });
      await reversedBy.waitFor();
      const transfers = drawer.getByTestId('entry-transfers');
      await expect(transfers.textContent()).resolves.toContain('STOCK-R002');
      await expect(transfers.textContent()).resolves.toContain('WHOLESALE-MTN');
      await expect(textOf(transfers)).resolves.toContain('F CFA 150,000');
      await saveScreenshot(page, 'ledger-05-entry-reversed');
      await reversedBy.click();
      await drawer.getByText('Allocated to the wrong retailer').waitFor();
      await expect(drawer.getByTestId('entry-detail').textContent()).resolves.toContain(reversalId);
      await drawer.getByRole('button', { name: 'Reverses entry 01900000…0004' }).waitFor();
      await saveScreenshot(page, 'ledger-06-entry-reversal');
      await drawer.getByRole('button', { name: 'Back to the previous entry' }).click();
      await drawer.getByRole('button', { name: 'Reversed by entry 01900000…0005' }).waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // Keyboard: focus the first line, move down twice, open it with Enter: the reversal.
      await page.locator('tbody tr[data-index="0"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedLineIndex(page)).toBe('2');
      await page.keyboard.press('Enter');
      await drawer.getByText('Allocated to the wrong retailer').waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // A period before the first entry says why nothing shows.
      await pickPeriod(page, '2026-10-01', '2026-10-31');
      await page.locator('[data-testid="statement"][data-settled="true"]').waitFor();
      const empty = page.getByTestId('statement-empty');
      await empty.waitFor();
      await expect(empty.textContent()).resolves.toContain('No posted movements');
      await saveScreenshot(page, 'ledger-07-statement-empty');

      // The same statement in the dark theme stays readable.
      await pickPeriod(page, '2026-11-01', '2026-11-30');
      await waitForStatement(page, 17);
      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      await expect(page.locator('html').getAttribute('data-mantine-color-scheme')).resolves.toBe('dark');
      await saveScreenshot(page, 'ledger-11-statement-dark');

      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
  it('raises the alarm on the dashboard and lists the problems when the books were edited behind its back', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await seedDemoLedger(dataDir);
    // The last daily allocation (39,000 to Boubacar) becomes 39,001 in the file.
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER ledger_transfers_refuse_update;
       UPDATE ledger_transfers SET amount_minor = amount_minor + 1
       WHERE seq = (SELECT max(seq) FROM ledger_transfers);`,
    );
    const serve = await startServe(['--data-dir', dataDir], { AIRLEDGER_DB_KEY: testPassphrase });
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      // The quick check run when the workspace opened caught the edit.
      const alarm = page.getByTestId('ledger-problems-alert');
      await alarm.waitFor();
      const problemCount = Number(
        /The ledger check found (\d+) problems?/.exec(await textOf(alarm))?.[1] ?? Number.NaN,
      );
      expect(problemCount).toBeGreaterThanOrEqual(1);
      await saveScreenshot(page, 'ledger-08-dashboard-alarm');

      await alarm.getByRole('link', { name: 'See each problem on the Ledger screen' }).click();
      await page.getByRole('heading', { name: 'Ledger', level: 2 }).waitFor();
      const violations = page.getByTestId('ledger-violations');
      await violations.waitFor();
      await expect(textOf(violations)).resolves.toContain(`The ledger check found ${problemCount} problem`);
      await expect(textOf(violations)).resolves.toContain('Hash chain');
      expect(await violations.locator('tbody tr').count()).toBe(problemCount);
      await saveScreenshot(page, 'ledger-09-violations');

      // The entry named by the hash chain check shows the edited amount.
      await violations.locator('tbody tr', { hasText: 'Hash chain' }).first().getByRole('button').click();
      const detail = page.getByRole('dialog').getByTestId('entry-detail');
      await detail.waitFor();
      await expect(textOf(detail.getByTestId('entry-transfers'))).resolves.toContain('F CFA 39,001');
      await expect(textOf(detail.getByTestId('entry-transfers'))).resolves.toContain('STOCK-R002');
      await page.keyboard.press('Escape');

      // A full check finds the same problems.
      await page.getByRole('button', { name: 'Verify now' }).click();
      await expect
        .poll(() => textOf(page.getByTestId('ledger-verify-summary')), { timeout: 20_000 })
        .toContain('full check');
      await expect(textOf(violations)).resolves.toContain('Hash chain');
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it('lists fifty thousand movements of a busy retailer, drawing only the rows in view', async () => {
    const allocationCount = 50_001;
    const dataDir = await seedBusyRetailer(newTemporaryFolder(), allocationCount);
    const serve = await startServe(['--data-dir', dataDir], { AIRLEDGER_DB_KEY: testPassphrase });
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, `${serve.url}#/ledger/accounts/acc-stock-boubacar`);
      await page.getByRole('heading', { name: 'STOCK-R002 · Boubacar Telecom stock' }).waitFor();
      await pickPeriod(page, '2026-11-01', '2026-11-30');
      await page.locator('[data-testid="statement"][data-settled="true"]').waitFor({ timeout: 60_000 });

      // One statement lists 50,000 movements and says the rest are not shown; the closing
      // balance still counts every allocation.
      await page.getByTestId('statement-truncated').waitFor();
      await expect(textOf(page.getByTestId('statement-truncated'))).resolves.toContain('the first 50,000');
      expect(await amountIn(page.getByTestId('statement-opening-amount'))).toBe(0);
      expect(await amountIn(page.getByTestId('statement-closing-amount'))).toBe(allocationCount);
      expect(await amountIn(page.getByTestId('statement-increases-amount'))).toBe(50_000);

      // Only the rows in view (and a few around them) are in the page.
      const drawnRows = page.getByTestId('statement-lines').locator('tbody tr');
      const drawn = await drawnRows.count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(100);
      await expect(amountIn(drawnRows.first().locator('[data-column="balance"]'))).resolves.toBe(1);

      // End jumps to the last line listed; its running balance is the 50,000th unit.
      await drawnRows.first().focus();
      await page.keyboard.press('End');
      const last = page.locator('tbody tr[data-index="49999"]');
      await last.waitFor();
      await expect.poll(() => focusedLineIndex(page)).toBe('49999');
      expect(await amountIn(last.locator('[data-column="balance"]'))).toBe(50_000);
      expect(await drawnRows.count()).toBeLessThan(100);
      // Focusing the last line scrolled the window a little; the screenshot wants the top.
      await page.evaluate('window.scrollTo(0, 0)');
      await saveScreenshot(page, 'ledger-10-statement-truncated');
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});
