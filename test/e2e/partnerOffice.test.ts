import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { field, navigate, quietScreenshot, textOf } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { demoUser, openSignedIn, signInWith } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();
const key = { AIRLEDGER_DB_KEY: testPassphrase };

const branchLabel = 'Partner office (branch)';
const navigationLabels = (page: Page) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents();

describe('a partner office', () => {
  it('an administrator puts a user on the Dakar branch; signed in elsewhere, that user sees and reaches the branch only', async () => {
    const dataDir = join(newTemporaryFolder(), 'demo');
    const demo = runCli(
      ['--data-dir', dataDir, 'demo', '--retailers', '30', '--history-days', '2', '--operators', '1'],
      key,
    );
    expect(demo.status, demo.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const admin = loopbackContract(serve.url, demoUser('admin'));
    try {
      // The demo's Dakar sub-distributor and what is under it; a retailer of another branch.
      const dakar = await admin.call('retailers.list', { within: 'SD-DKR', limit: 200 });
      const dakarCodes = dakar.rows.map((row) => row.code).sort();
      expect(dakarCodes).toContain('SD-DKR');
      expect(dakar.total).toBeGreaterThanOrEqual(3);
      const everyone = await admin.call('retailers.list', { level: 'retailer', limit: 200 });
      const elsewhere = everyone.rows.find((row) => !dakarCodes.includes(row.code));
      if (elsewhere === undefined) throw new Error('every demo retailer is in Dakar');
      // A sub-distributor about to be re-classified by another administrator while the form is open.
      await admin.call('retailers.add', { code: 'SD-PLT', name: 'Plateau office', level: 'sub_distributor' });

      // The administrator adds Nora on the Dakar branch, through Settings → Users.
      const adminPage = (await newPage()).page;
      await openSignedIn(adminPage, serve.url, demoUser('admin'));
      await navigate(adminPage, 'Settings', 'Settings');
      await adminPage.getByRole('button', { name: 'Add user' }).click();
      const addForm = adminPage.getByRole('dialog', { name: 'Add a user' });
      await field(addForm, 'Username').fill('nora');
      await field(addForm, 'Full name').fill('Nora Sarr');
      await field(addForm, 'Roles').click();
      await adminPage.getByRole('option', { name: 'Clerk' }).click();
      await adminPage.getByRole('option', { name: 'Accountant' }).click();
      await adminPage.keyboard.press('Escape');
      const branch = addForm.getByLabel(branchLabel, { exact: true });
      expect(await branch.getAttribute('placeholder')).toBe('Whole network');
      await branch.fill('Plateau');
      await adminPage.getByRole('option', { name: 'Plateau office · SD-PLT' }).click();
      await field(addForm, 'Temporary password').fill('welcome-nora-1');
      await admin.call('retailers.update', { code: 'SD-PLT', level: 'retailer' });
      await addForm.getByRole('button', { name: 'Add user' }).click();
      // The core's refusal lands under the field it names.
      await addForm.getByText('must name a sub-distributor', { exact: true }).waitFor();
      expect(await branch.getAttribute('aria-invalid')).toBe('true');
      await quietScreenshot(adminPage, 'partner-office-01-branch-refused');
      await branch.fill('Dakar');
      await adminPage.getByRole('option', { name: 'Dakar Distribution · SD-DKR' }).click();
      await addForm.getByRole('button', { name: 'Add user' }).click();
      await addForm.waitFor({ state: 'detached' });
      const noraRow = adminPage.getByTestId('users').locator('tr[data-user="nora"]');
      await noraRow.waitFor();
      expect(await textOf(noraRow.getByTestId('user-branch'))).toBe('Branch SD-DKR');
      expect(
        await textOf(
          adminPage.getByTestId('users').locator('tr[data-user="admin"]').getByTestId('user-branch'),
        ),
      ).toBe('Whole network');
      await quietScreenshot(adminPage, 'partner-office-02-users');
      expect((await admin.call('users.list', {})).find((user) => user.username === 'nora')).toMatchObject({
        branchCode: 'SD-DKR',
        roles: ['clerk', 'accountant'],
      });
      // The administrator's own shell is the whole network's.
      expect(await navigationLabels(adminPage)).toContain('Ledger');
      expect(await adminPage.getByTestId('branch-badge').count()).toBe(0);

      // Nora signs in in another browser, chooses her password and lands on her branch's retailers.
      const nora = await newPage();
      const page = nora.page;
      // Every call the core refused her, as "operation code".
      const refused: string[] = [];
      page.on('response', (response) => {
        if (response.status() !== 403) return;
        const call = JSON.parse(response.request().postData() ?? '{}') as {
          operation?: string;
          input?: { code?: string };
        };
        refused.push(`${call.operation} ${call.input?.code ?? ''}`.trim());
      });
      await page.goto(serve.url);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInWith(page, { username: 'nora', displayName: 'Nora Sarr', password: 'welcome-nora-1' });
      await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      const choose = page.locator('form');
      await field(choose, 'Current password').fill('welcome-nora-1');
      await field(choose, 'New password').fill('dakar-branch-days');
      await field(choose, 'Repeat new password').fill('dakar-branch-days');
      await choose.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('heading', { name: 'Retailers', level: 2 }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/retailers');
      expect(await navigationLabels(page)).toEqual([
        'Retailers',
        'Allocations',
        'Sales',
        'Reports',
        'Settlements',
        'Settings',
      ]);
      const badge = page.getByTestId('branch-badge');
      await expect.poll(() => textOf(badge)).toBe('Dakar Distribution — branch SD-DKR');
      await page.getByTestId('retailers-table').waitFor();
      expect(await textOf(page.getByTestId('retailers-total'))).toBe(`${dakar.total} retailers`);
      const shown = await page
        .getByTestId('retailers-table')
        .locator('tr[data-code]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
      expect(shown.length).toBeGreaterThan(0);
      for (const code of shown) expect(dakarCodes).toContain(code);
      // A partner office adds retailers one by one; importing a file reaches the whole network.
      expect(await page.getByRole('button', { name: 'Add retailer' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Import' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Account menu' }).click();
      expect(await textOf(page.getByTestId('account-branch'))).toBe('Dakar Distribution — branch SD-DKR');
      await quietScreenshot(page, 'partner-office-03-branch-retailers');
      await page.keyboard.press('Escape');

      // Reports: the branch's resellers, without the head office's direct sales, float and exceptions.
      await navigate(page, 'Reports', 'Reports');
      await page.getByTestId('reseller-sales-totals').waitFor();
      await page.getByTestId('acquired-customers-card').waitFor();
      for (const card of ['direct-sales-card', 'float-movement-card', 'exceptions-card']) {
        expect(await page.getByTestId(card).count(), card).toBe(0);
      }
      await quietScreenshot(page, 'partner-office-04-branch-reports');

      // Allocations: no bulk file, no sync or replenishment of the whole network.
      await navigate(page, 'Allocations', 'Allocations');
      await page.getByTestId('allocate-card').waitFor();
      for (const name of ['Bulk allocation', 'Sync now', 'Run auto-replenishment']) {
        expect(await page.getByRole('button', { name }).count(), name).toBe(0);
      }
      expect(await page.getByTestId('allocate-wholesale').count()).toBe(0);
      // Her branch's allocations only; one opens as its own record (the operator's queue is the head office's).
      const allocationRows = page.getByTestId('allocations-table').locator('tr[data-allocation-id]');
      await allocationRows.first().waitFor();
      const allocated = await admin.call('allocations.list', { limit: 200 });
      const dakarAllocations = allocated.rows
        .filter((row) => row.retailerCode !== null && dakarCodes.includes(row.retailerCode))
        .map((row) => row.id);
      const listed = await allocationRows.evaluateAll((rows) =>
        rows.map((row) => row.getAttribute('data-allocation-id') ?? ''),
      );
      expect(listed.length).toBeGreaterThan(0);
      for (const id of listed) expect(dakarAllocations).toContain(id);
      await allocationRows.first().click();
      const record = page.getByTestId('allocation-detail');
      await record.waitFor();
      expect(await record.getAttribute('data-allocation-id')).toBe(listed[0]);
      await quietScreenshot(page, 'partner-office-05-branch-allocation');
      // Its journal entry opens too: it moves the branch's own accounts.
      await record.getByRole('button', { name: 'Open entry' }).first().click();
      await page.getByTestId('entry-detail').waitFor();
      await page.keyboard.press('Escape');
      // Nothing so far asked the core for what the branch may not see.
      expect(refused).toEqual([]);

      // Addresses kept from elsewhere: another branch's retailer, the ledger, the root.
      const base = serve.url.split('#')[0];
      await page.goto(`${base}#/retailers/${elsewhere.code}`);
      const refusal = page.getByRole('alert').filter({ hasText: 'Outside your branch' });
      await refusal.waitFor();
      expect(await textOf(refusal)).toContain(
        `Your account works on the branch of SD-DKR only; retailer ${elsewhere.code} is outside it.`,
      );
      expect(await refusal.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      expect(await refusal.getByRole('link', { name: "Your branch's retailers" }).count()).toBe(1);
      await quietScreenshot(page, 'partner-office-06-other-branch-retailer');
      await page.goto(`${base}#/ledger`);
      const outside = page.getByTestId('outside-branch');
      await outside.waitFor();
      await expect
        .poll(() => textOf(outside))
        .toContain(
          'Nora Sarr works on the branch of SD-DKR (Dakar Distribution) only. The Ledger screen is about the whole network',
        );
      await quietScreenshot(page, 'partner-office-07-ledger-bookmark');
      await outside.getByRole('link', { name: "Your branch's retailers" }).click();
      await page.getByRole('heading', { name: 'Retailers', level: 2 }).waitFor();
      await page.goto(`${base}#/`);
      await expect.poll(() => new URL(page.url()).hash).toBe('#/retailers');
      // Only the other branch's retailer was asked for (and again when the sync status came) and refused.
      expect(new Set(refused)).toEqual(new Set([`retailers.get ${elsewhere.code}`]));
      // Chromium logs each refused call; nothing else went wrong on her screens.
      expect(nora.errors.filter((error) => !error.includes('status of 403'))).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
