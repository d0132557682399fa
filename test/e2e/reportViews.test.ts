import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserForTests } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { field, navigate, quietScreenshot, textOf, xofMinor } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser, openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

describe('saved views of the Reports screen', () => {
  it('saves a region and channel view, and applying it again brings the filters and figures back', async () => {
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
      const everything = await contract.call('reports.resellerSales', { from, to });
      const region = everything.top[0]?.region;
      if (region === undefined || region === null) throw new Error('the best reseller has no region');
      const channels = await contract.call('reports.channels', { from, to });
      expect(channels).toContainEqual({ channel: 'retail-pos', kinds: ['reseller'] });
      const regional = await contract.call('reports.resellerSales', {
        from,
        to,
        regions: [region],
        channels: ['retail-pos'],
      });
      const regionalValue = regional.totals[0]?.faceValueMinor ?? 0;
      const everyValue = everything.totals[0]?.faceValueMinor ?? 0;
      expect(regionalValue).toBeGreaterThan(0);
      expect(regionalValue).toBeLessThan(everyValue);

      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url, demoUser('accountant'));
      await navigate(page, 'Reports', 'Reports');
      const faceValue = page.getByTestId('reseller-sales-totals').getByTestId('reseller-sales-face-value');
      const shownValue = async () => xofMinor(await textOf(faceValue));
      await faceValue.waitFor();
      expect(await shownValue()).toBe(everyValue);

      // Narrow to the region and the resellers' point-of-sale channel.
      await page.getByRole('combobox', { name: 'Regions' }).click();
      await page.getByRole('option', { name: region, exact: true }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: 'Channels' }).click();
      await page.getByRole('option', { name: /^retail-pos/ }).click();
      await page.keyboard.press('Escape');
      await expect.poll(shownValue, { timeout: 10_000 }).toBe(regionalValue);
      expect(page.url()).toContain('channels=retail-pos');

      // Save it under a name: an empty name is refused in the form, Enter submits.
      const viewsButton = page.getByRole('button', { name: 'Views' });
      await viewsButton.click();
      await page.getByRole('menuitem', { name: 'Save current view…' }).click();
      const form = page.getByRole('form', { name: 'Save the current view' });
      const name = field(form, 'Name');
      await name.waitFor();
      expect(await textOf(form.getByTestId('saved-view-filters'))).toBe(
        `Last 30 days · Regions: ${region} · Channels: retail-pos`,
      );
      await name.press('Enter');
      await form.getByText('must not be empty').waitFor();
      await name.fill(`${region} point of sale`);
      await quietScreenshot(page, 'report-views-02-save-modal');
      await name.press('Enter');
      await form.waitFor({ state: 'detached' });
      const applied = page.getByTestId('applied-view');
      await expect.poll(() => textOf(applied)).toBe(`${region} point of sale`);

      const [saved, ...others] = await contract.call('reports.views.list', {});
      expect(others).toEqual([]);
      expect(saved).toMatchObject({
        name: `${region} point of sale`,
        filters: {
          period: { kind: 'relative', preset: 'last-30-days' },
          regions: [region],
          channels: ['retail-pos'],
        },
      });
      // Another user does not see it.
      expect(await loopbackContract(serve.url, demoUser('auditor')).call('reports.views.list', {})).toEqual(
        [],
      );

      // Change the filters: the figures and the address follow, and the view no longer shows as applied.
      await page.getByRole('button', { name: 'Reset filters' }).click();
      await expect.poll(shownValue, { timeout: 10_000 }).toBe(everyValue);
      await applied.waitFor({ state: 'detached' });
      expect(page.url()).not.toContain('regions=');

      // Re-apply it from the keyboard: the menu opens on Enter, arrows move, Enter applies.
      await viewsButton.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByTestId('saved-views-menu');
      const item = menu.getByRole('menuitem', { name: new RegExp(`^${region} point of sale`) });
      await item.waitFor();
      await quietScreenshot(page, 'report-views-01-menu-open');
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => item.evaluate((element) => element === element.ownerDocument.activeElement))
        .toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(shownValue, { timeout: 10_000 }).toBe(regionalValue);
      await expect.poll(() => textOf(applied)).toBe(`${region} point of sale`);
      expect(page.url()).toContain('regions=');
      expect(page.url()).toContain('channels=retail-pos');
      await expect.poll(() => textOf(page.getByRole('search', { name: 'Report filters' }))).toContain(region);
      await quietScreenshot(page, 'report-views-03-applied');

      // Rename it, then delete it after a confirmation.
      await viewsButton.click();
      await quietScreenshot(page, 'report-views-04-menu-with-view-applied');
      await page.getByRole('menuitem', { name: `Rename "${region} point of sale"…` }).click();
      const renameForm = page.getByRole('form', { name: 'Rename the view' });
      await field(renameForm, 'Name').fill('Capital, point of sale');
      await field(renameForm, 'Name').press('Enter');
      await expect.poll(() => textOf(applied)).toBe('Capital, point of sale');
      // Every view is listed in one place too, each with its filters.
      await viewsButton.click();
      await page.getByRole('menuitem', { name: 'Manage views…' }).click();
      const row = page.getByTestId('saved-views-table').locator('tr[data-view="Capital, point of sale"]');
      expect(await textOf(row)).toContain(`Last 30 days · Regions: ${region} · Channels: retail-pos`);
      await page.keyboard.press('Escape');
      await row.waitFor({ state: 'detached' });
      await viewsButton.click();
      await page.getByRole('menuitem', { name: 'Delete "Capital, point of sale"…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete the view "Capital, point of sale"?' });
      await confirm.getByRole('button', { name: 'Delete view' }).click();
      await applied.waitFor({ state: 'detached' });
      expect(await contract.call('reports.views.list', {})).toEqual([]);
      // The filters on screen stay.
      expect(await shownValue()).toBe(regionalValue);
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
