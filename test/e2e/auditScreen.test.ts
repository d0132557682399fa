import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('the Audit screen', () => {
  it('an administrator finds the change they made, with its before and after, and the refused sign-in of a clerk, exports them and verifies the chain; a clerk has no Audit screen', async () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'demo');
    const demo = runCli(['--data-dir', dataDir, 'demo', '--retailers', '0', '--history-days', '0'], key);
    expect(demo.status, demo.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const admin = loopbackContract(serve.url, demoUser('admin'));
    try {
      // A clerk mistypes the password, then signs in: the back office has no Audit screen for them.
      const clerkPage = (await newPage()).page;
      await clerkPage.goto(serve.url);
      await clerkPage.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInWith(clerkPage, { ...demoUser('clerk'), password: 'not-the-password' });
      await clerkPage.getByText('Wrong username or password.').waitFor();
      await signInWith(clerkPage, demoUser('clerk'));
      const clerkNavigation = clerkPage.getByRole('navigation', { name: 'Main navigation' });
      await clerkNavigation.getByRole('link', { name: 'Allocations' }).waitFor();
      expect(await clerkNavigation.getByRole('link', { name: 'Audit' }).count()).toBe(0);
      await quietScreenshot(clerkPage, 'audit-01-clerk-without-audit');

      // The administrator changes a rule in Settings.
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url, demoUser('admin'));
      await navigate(page, 'Settings', 'Settings');
      const rules = page.getByRole('form', { name: 'Approval rules' });
      await field(rules, 'Approval threshold').fill('100,000');
      await rules.getByRole('button', { name: 'Save rules' }).click();
      await page.getByText('Approval rules saved').waitFor();

      // The Audit screen: newest first, the change on top, the chain verified when the workspace opened.
      await navigate(page, 'Audit', 'Audit trail');
      const table = page.getByTestId('audit-table');
      const newest = table.locator('tr[data-seq]').first();
      await newest.waitFor();
      expect(await newest.getAttribute('data-operation')).toBe('settings.save');
      expect(await textOf(newest)).toContain('Ada Diallo');
      expect(await textOf(newest)).toContain('Browser mode');
      expect(await textOf(page.getByTestId('audit-chain-status'))).toMatch(/^Chain verified at /);
      await quietScreenshot(page, 'audit-02-trail');

      // Filtered to refusals: the clerk's wrong password, with who it was tried as.
      await field(page.getByTestId('audit-filters'), 'Outcome').click();
      await page.getByRole('option', { name: 'Refused' }).click();
      const refused = table.locator('tr[data-outcome="refused"]');
      await refused.first().waitFor();
      expect(await table.locator('tr[data-seq]').count()).toBe(await refused.count());
      expect(await textOf(refused.first())).toContain(
        'Sign-in as clerk refused: Wrong username or password.',
      );
      await quietScreenshot(page, 'audit-03-refused');

      // Words of the summaries: both of the clerk's sign-ins, whatever the outcome.
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.getByRole('textbox', { name: 'Search the summaries' }).fill('as clerk');
      await page.getByTestId('audit-count').getByText('1–2 of 2 events').waitFor();
      expect(await table.locator('tr[data-operation="auth.signIn"]').count()).toBe(2);

      // Filtered to the settings, opened: the threshold before and after, the rest folded away.
      await page.getByRole('button', { name: 'Clear filters' }).click();
      expect(await page.getByRole('textbox', { name: 'Search the summaries' }).inputValue()).toBe('');
      const operation = field(page.getByTestId('audit-filters'), 'Operation');
      await operation.fill('settings.save');
      await page.getByRole('option', { name: 'settings.save', exact: true }).click();
      await page.getByTestId('audit-count').getByText('1–1 of 1 events').waitFor();
      await table.locator('tr[data-operation="settings.save"]').click();
      const event = page.getByTestId('audit-event');
      await event.waitFor();
      expect(await textOf(event)).toContain(
        'Changed the settings: allocationApprovalThresholdMinor null → 100000',
      );
      const threshold = event.locator('tr[data-field="allocationApprovalThresholdMinor"]');
      expect((await threshold.locator('td').allTextContents()).map((cell) => cell.trim())).toEqual([
        'allocationApprovalThresholdMinor',
        'null',
        '100000',
      ]);
      expect(await event.locator('tr[data-changed="false"]').count()).toBe(0);
      await event.getByRole('button', { name: /^Show \d+ unchanged fields$/ }).click();
      expect(await event.locator('tr[data-changed="false"]').count()).toBeGreaterThan(1);
      await quietScreenshot(page, 'audit-04-event-before-after');
      await page.keyboard.press('Escape');
      await event.waitFor({ state: 'detached' });

      // Exported: the filtered events as CSV, with the field each changed.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const saved = join(folder, 'audit.csv');
      await (await download).saveAs(saved);
      const lines = readFileSync(saved, 'utf8').trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('settings.save');
      expect(lines[1]).toContain('allocationApprovalThresholdMinor: null → 100000');

      // A full check of the chain, on demand.
      await page.getByRole('button', { name: 'Verify the chain' }).click();
      await page
        .getByTestId('audit-chain-status')
        .getByText(/every event/)
        .waitFor();
      const verified = await admin.call('ledger.verify', { mode: 'full' });
      expect(verified).toMatchObject({ ok: true });
      expect(await textOf(page.getByTestId('audit-chain-status'))).toMatch(
        /^Chain verified at .+ checked\)\.$/,
      );
      await quietScreenshot(page, 'audit-05-verified');
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  });
});
