import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Locator } from 'playwright-core';
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

/** A card alone, as it draws on the dashboard: the page's full screenshot would be mostly other cards. */
async function cardScreenshot(card: Locator, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await card.scrollIntoViewIfNeeded();
  await card.page().mouse.move(1, 1);
  await card.screenshot({ path: join(screenshotFolder, `${name}.png`), animations: 'disabled' });
}

/** "October – November 2026": the whole months the payouts cover, as the screens write them. */
function monthsText(period: { from: string; to: string }): string {
  const format = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const first = new Date(`${period.from.slice(0, 7)}-01T00:00:00Z`);
  const last = new Date(`${period.to.slice(0, 7)}-01T00:00:00Z`);
  const text = first.getTime() === last.getTime() ? format.format(first) : format.formatRange(first, last);
  // Folded as textOf folds what the page shows (Intl puts thin spaces around the dash).
  return text.replace(/\s+/g, ' ');
}

async function amountsOf(cells: Locator): Promise<number[]> {
  return (await cells.allTextContents()).map((text) => xofMinor(text));
}

describe('the reseller payouts', () => {
  it('shows what resellers earned on the dashboard, lists every payout, explains one line by line down to a journal entry, and downloads them', async () => {
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
      const filters = { from, to };
      const expected = await contract.call('reports.payouts', { filters, limit: 8 });
      const total = expected.totals[0];
      if (total === undefined) throw new Error('the demo has no payouts');
      // The demo's plans (a flat 3%, volume slabs, data bundles plus) pay every reseller that sold.
      expect(total.netPayableMinor).toBeGreaterThan(0);
      expect(total.grossCommissionMinor).toBeGreaterThan(0);
      expect(total.netPayableMinor).toBe(total.grossCommissionMinor + total.adjustmentsMinor);
      const best = expected.rows[0];
      if (best === undefined) throw new Error('no reseller earned commission');

      // The dashboard's card says what the core computed, to the franc.
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url, demoUser('accountant'));
      await navigate(page, 'Reports', 'Reports');
      const card = page.getByTestId('payouts-card');
      await card.getByTestId('payouts-net-payable').waitFor();
      expect(xofMinor(await textOf(card.getByTestId('payouts-net-payable')))).toBe(total.netPayableMinor);
      expect(xofMinor(await textOf(card.getByTestId('payouts-balance-due')))).toBe(total.balanceDueMinor);
      expect(xofMinor(await textOf(card.getByTestId('payouts-gross')))).toBe(total.grossCommissionMinor);
      expect(xofMinor(await textOf(card.getByTestId('payouts-adjustments')))).toBe(total.adjustmentsMinor);
      expect(await textOf(card)).toContain(`Commission for ${monthsText(expected.period)} — whole months`);
      const cardRows = card.getByTestId('payouts-card-table').locator('tbody tr[data-reseller]');
      expect(await cardRows.count()).toBe(Math.min(8, expected.total));
      expect(await cardRows.first().getAttribute('data-reseller')).toBe(best.code);
      expect(xofMinor(await textOf(cardRows.first().getByTestId('payout-net-payable')))).toBe(
        best.netPayableMinor,
      );
      await card.locator('.recharts-pie').first().waitFor();
      await cardScreenshot(card, 'payouts-01-card');

      // Every payout, sorted by name as the core sorts it.
      await card.getByRole('link', { name: 'Every payout' }).click();
      await page.getByRole('heading', { name: 'Reseller payouts', level: 2 }).waitFor();
      const table = page.getByTestId('payouts-table');
      const listRows = table.locator('tr[data-reseller]');
      await listRows.first().waitFor();
      expect(await textOf(page.getByTestId('payouts-list-count'))).toContain(
        `of ${expected.total.toLocaleString('en-US')} payouts`,
      );
      const byName = await contract.call('reports.payouts', {
        filters,
        sort: 'name',
        direction: 'asc',
        limit: 100,
      });
      await page.getByRole('button', { name: 'Sort by Name' }).click();
      const firstByName = byName.rows[0]?.code ?? '';
      await expect
        .poll(async () => listRows.first().getAttribute('data-reseller'), { timeout: 10_000 })
        .toBe(firstByName);
      const shownCodes = await listRows.evaluateAll((rows) =>
        rows.slice(0, 6).map((row) => row.getAttribute('data-reseller')),
      );
      expect(shownCodes).toEqual(byName.rows.slice(0, 6).map((row) => row.code));
      await quietScreenshot(page, 'payouts-02-list');

      // One reseller, opened from the keyboard: its lines add up to its net payable.
      const chosen = byName.rows.find((row) => row.netPayableMinor > 0 && row.allocatedCount > 0);
      if (chosen === undefined) throw new Error('no reseller both earned commission and received stock');
      const chosenRow = table.locator(`tr[data-reseller="${chosen.code}"]`);
      await chosenRow.scrollIntoViewIfNeeded();
      await chosenRow.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Payout of ${chosen.name}`, level: 2 }).waitFor();
      const summary = page.getByTestId('payout-summary');
      await summary.getByTestId('payout-net-payable').waitFor();
      const shownNet = xofMinor(await textOf(summary.getByTestId('payout-net-payable')));
      expect(shownNet).toBe(chosen.netPayableMinor);
      const lines = page.getByTestId('commission-lines');
      const detail = await contract.call('reports.payout', { filters, retailerCode: chosen.code });
      expect(await lines.locator('tbody tr[data-commission-line]').count()).toBe(detail.lines.length);
      const commissions = await amountsOf(lines.getByTestId('commission-line-commission'));
      const clawbacks = await amountsOf(lines.getByTestId('commission-line-clawback'));
      const linesSum = [...commissions, ...clawbacks].reduce((sum, amount) => sum + amount, 0);
      expect(linesSum).toBe(shownNet);
      expect(xofMinor(await textOf(lines.getByTestId('commission-lines-net')))).toBe(shownNet);
      // Every rate is a plan's: 3%, 2–4% by slab, 2.5% or 4.5%.
      for (const rate of await lines.getByTestId('commission-rate').allTextContents()) {
        expect(['2%', '2.5%', '3%', '4%', '4.5%']).toContain(rate.trim());
      }
      await quietScreenshot(page, 'payouts-03-detail');

      // An allocation behind "allocated" opens the journal entry that books it.
      const allocation = page.getByTestId('payout-allocations').locator('tr[data-entry]').first();
      const entryId = await allocation.getAttribute('data-entry');
      expect(entryId).not.toBeNull();
      await allocation.getByRole('button', { name: `Open journal entry ${entryId}` }).click();
      const entry = page.getByRole('dialog').getByTestId('entry-detail');
      await entry.waitFor();
      expect(await textOf(entry)).toContain(entryId ?? '');
      await quietScreenshot(page, 'payouts-04-journal-entry');
      await page.keyboard.press('Escape');
      await entry.waitFor({ state: 'detached' });

      // The sales behind the payout are a link away.
      await page.getByTestId('payout-sales-link').click();
      await page.getByRole('heading', { name: `Sales of ${chosen.name}`, level: 2 }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { name: `Payout of ${chosen.name}`, level: 2 }).waitFor();

      // Every payout as CSV: a row per reseller, the same figures, money in major units.
      await page.getByRole('link', { name: 'Reseller payouts', exact: true }).click();
      await listRows.first().waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download Reseller payouts' }).click();
      await page.getByRole('menuitem', { name: 'CSV' }).click();
      const saved = join(folder, 'payouts.csv');
      await (await download).saveAs(saved);
      const [header, ...records] = parse(readFileSync(saved, 'utf8'), { bom: true }) as string[][];
      const column = (name: string) => {
        const index = header?.indexOf(name) ?? -1;
        if (index === -1) throw new Error(`the CSV has no ${name} column: ${header?.join(',')}`);
        return index;
      };
      expect(records).toHaveLength(expected.total);
      expect(records[0]?.[column('Reseller code')]).toBe(best.code);
      expect(Number(records[0]?.[column('Net payable')])).toBe(best.netPayableMinor);
      const chosenRecord = records.find((record) => record[column('Reseller code')] === chosen.code);
      expect(chosenRecord?.[column('Name')]).toBe(chosen.name);
      expect(Number(chosenRecord?.[column('Gross commission')])).toBe(chosen.grossCommissionMinor);
      expect(Number(chosenRecord?.[column('Sales value')])).toBe(chosen.salesMinor);
      const netSum = records.reduce((sum, record) => sum + Number(record[column('Net payable')]), 0);
      expect(netSum).toBe(total.netPayableMinor);
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
