import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserForTests } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { navigate, quietScreenshot, textOf, xofMinor } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser, openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

describe('the Reports screen', () => {
  it('shows the reseller dashboard with filters applied, drills down to a journal entry, and downloads a card', async () => {
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
      const expected = await contract.call('reports.resellerSales', { from, to });
      const total = expected.totals[0];
      if (total === undefined) throw new Error('the demo sold nothing');
      expect(total.count).toBeGreaterThan(100);

      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url, demoUser('accountant'));
      await navigate(page, 'Reports', 'Reports');
      const totals = page.getByTestId('reseller-sales-totals');
      await totals.getByTestId('reseller-sales-face-value').waitFor();
      expect(xofMinor(await textOf(totals.getByTestId('reseller-sales-face-value')))).toBe(
        total.faceValueMinor,
      );
      expect(xofMinor(await textOf(totals.getByTestId('reseller-sales-count')))).toBe(total.count);
      await page.getByTestId('sales-series-chart').locator('svg').first().waitFor();
      const top = page.getByTestId('top-resellers');
      const best = expected.top[0];
      if (best === undefined) throw new Error('no top reseller');
      await top.locator(`tr[data-reseller="${best.code}"]`).waitFor();
      await quietScreenshot(page, 'reports-01-dashboard');
      // The float card agrees with the core's report, operator by operator.
      const float = await contract.call('reports.floatMovement', { from, to });
      const sandboxFloat = float.byOperator.find((row) => row.operatorId === 'sandbox');
      const floatRow = page.getByTestId('float-movement-card').locator('tr[data-operator="sandbox"]');
      expect(sandboxFloat?.allocations.count).toBeGreaterThan(0);
      for (const movement of ['purchases', 'allocations'] as const) {
        expect(xofMinor(await textOf(floatRow.getByTestId(`float-${movement}`)))).toBe(
          sandboxFloat?.[movement].amountMinor,
        );
      }
      await page.getByTestId('exceptions-card').waitFor();

      // A region narrows every card; the address keeps it, so a reload shows the same view.
      const region = best.region ?? 'Dakar';
      const regional = await contract.call('reports.resellerSales', { from, to, regions: [region] });
      await page.getByRole('combobox', { name: 'Regions' }).click();
      await page.getByRole('option', { name: region, exact: true }).click();
      await page.keyboard.press('Escape');
      await expect
        .poll(async () => xofMinor(await textOf(totals.getByTestId('reseller-sales-face-value'))), {
          timeout: 10_000,
        })
        .toBe(regional.totals[0]?.faceValueMinor);
      expect(page.url()).toContain('regions=');
      await page.reload();
      await totals.getByTestId('reseller-sales-face-value').waitFor();
      expect(xofMinor(await textOf(totals.getByTestId('reseller-sales-face-value')))).toBe(
        regional.totals[0]?.faceValueMinor,
      );
      await quietScreenshot(page, 'reports-02-filtered-by-region');

      // A card downloads as a workbook whose numbers are numbers.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download Top resellers' }).click();
      await page.getByRole('menuitem', { name: 'Excel' }).click();
      const saved = join(folder, 'top.xlsx');
      await (await download).saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const sheet = workbook.getWorksheet('Top resellers');
      expect(sheet?.getCell('A2').value).toBe(regional.top[0]?.code);
      expect(sheet?.getCell('G2').value).toBe(regional.top[0]?.faceValueMinor);

      // Drill down: the region's best reseller, its sales, one sale's journal entry.
      const regionalBest = regional.top[0];
      if (regionalBest === undefined) throw new Error('the region sold nothing');
      await top.locator(`tr[data-reseller="${regionalBest.code}"]`).click();
      await page.getByRole('heading', { name: `Sales of ${regionalBest.name}` }).waitFor();
      const rows = page.getByTestId('sales-rows-table').locator('tr[data-sale]');
      await rows.first().waitFor();
      expect(await textOf(page.getByTestId('sales-rows-count'))).toContain(
        regionalBest.count.toLocaleString('en-US'),
      );
      await quietScreenshot(page, 'reports-03-reseller-sales');
      const entryId = await rows.first().getAttribute('data-entry');
      expect(entryId).not.toBeNull();
      await rows.first().click();
      const detail = page.getByRole('dialog').getByTestId('entry-detail');
      await detail.waitFor();
      expect(await textOf(detail)).toContain(entryId ?? '');
      await quietScreenshot(page, 'reports-04-journal-entry');
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
