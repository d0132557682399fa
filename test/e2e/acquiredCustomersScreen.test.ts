import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserForTests, screenshotFolder } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { navigate, quietScreenshot, textOf, xofMinor } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser, openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };
const countFormat = new Intl.NumberFormat('en-US');
const masked = /^•{4,}\d{4}$/;

describe('the customers acquired via resellers', () => {
  it('show on the dashboard as the core counts them, drill down to a reseller’s masked lines and a journal entry', async () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'demo');
    const demo = runCli(
      ['--data-dir', dataDir, 'demo', '--retailers', '24', '--operators', '1', '--history-days', '40'],
      key,
    );
    expect(demo.status, demo.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const contract = loopbackContract(serve.url, demoUser('accountant'));
    try {
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
      const expected = await contract.call('reports.acquiredCustomers', { from, to });
      const total = expected.totals[0];
      if (total === undefined) throw new Error('no operator counts airtime');
      expect(expected.salesPending).toBe(0);
      expect(total.lines).toBeGreaterThan(50);
      const best = expected.top[0];
      if (best === undefined) throw new Error('no reseller acquired a line');

      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url, demoUser('accountant'));
      await navigate(page, 'Reports', 'Reports');
      const card = page.getByTestId('acquired-customers-card');
      await card.getByTestId('acquired-customers-lines').waitFor();
      expect(await textOf(card.getByTestId('acquired-customers-lines'))).toBe(
        countFormat.format(total.lines),
      );
      expect(xofMinor(await textOf(card.getByTestId('acquired-customers-value')))).toBe(
        total.lifetimeValueMinor,
      );
      expect(await textOf(card.getByTestId('acquired-customers-topups'))).toContain(
        countFormat.format(total.topupsCount),
      );
      expect(await textOf(card.getByTestId('acquired-customers-active30'))).toContain(
        countFormat.format(total.active30),
      );
      expect(await textOf(card.getByTestId('acquired-customers-active90'))).toContain(
        countFormat.format(total.active90),
      );
      expect(await textOf(card.getByTestId('acquired-customers-privacy'))).toContain('last four digits');
      // One bar per month of acquisition and series (lines, active in 90 and 30 days).
      await card.locator('.recharts-bar-rectangle').first().waitFor();
      expect(await card.locator('.recharts-bar-rectangle').count()).toBe(3 * expected.cohorts.length);
      const bestRow = card.locator(`tr[data-reseller="${best.code}"]`);
      expect(await textOf(bestRow)).toContain(countFormat.format(best.lines));
      await card.scrollIntoViewIfNeeded();
      mkdirSync(screenshotFolder, { recursive: true });
      await page.mouse.move(1, 1);
      await card.screenshot({ path: join(screenshotFolder, 'acquired-customers-01-card.png') });

      // Every reseller's cohorts, with the same filters; their lines add up to the card's.
      await card.getByRole('link', { name: "See every reseller's cohorts" }).click();
      await page.getByRole('heading', { name: 'Customers acquired, by reseller and month' }).waitFor();
      const cohorts = await contract.call('reports.acquiredCohorts', { filters: { from, to }, limit: 500 });
      expect(cohorts.rows.reduce((sum, row) => sum + row.lines, 0)).toBe(total.lines);
      const first = cohorts.rows[0];
      if (first === undefined) throw new Error('no cohort');
      const firstRow = page.getByTestId('acquired-cohorts-table').locator('[data-reseller]').first();
      await firstRow.waitFor();
      expect(await firstRow.getAttribute('data-reseller')).toBe(first.code);
      expect(await firstRow.getAttribute('data-month')).toBe(first.month);
      expect(await textOf(page.getByTestId('acquired-cohorts-count'))).toContain(String(cohorts.total));
      await quietScreenshot(page, 'acquired-customers-02-cohorts');

      // A cohort's lines: masked, as many as it counts, each with its first top-up's journal entry.
      await firstRow.click();
      await page.getByRole('heading', { name: /^Customers acquired by .+, / }).waitFor();
      const lineRows = page.getByTestId('acquired-lines-table').locator('[data-sale]');
      await lineRows.first().waitFor();
      expect(await textOf(page.getByTestId('acquired-lines-count'))).toContain(String(first.lines));
      const shown = await page
        .getByTestId('acquired-lines-table')
        .getByText(/^•+\d{4}$/)
        .allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((text) => masked.test(text.trim()))).toBe(true);
      // None of the reseller's customers' full numbers (its own sales list has them) is on the screen.
      const sales = await contract.call('reports.sales', {
        filters: { from, to },
        kind: 'reseller',
        retailerCode: first.code,
        limit: 500,
      });
      const body = (await page.locator('body').textContent()) ?? '';
      expect(sales.rows.length).toBeGreaterThan(0);
      for (const sale of sales.rows) expect(body).not.toContain(sale.msisdn ?? '');
      await quietScreenshot(page, 'acquired-customers-03-lines');
      const entryId = await lineRows.first().getAttribute('data-entry');
      expect(entryId).not.toBeNull();
      await lineRows.first().click();
      const detail = page.getByRole('dialog').getByTestId('entry-detail');
      await detail.waitFor();
      expect(await textOf(detail)).toContain(entryId ?? '');
      await quietScreenshot(page, 'acquired-customers-04-journal-entry');
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
