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

describe('people signing in, and two of them checking each other', () => {
  it('a clerk’s allocation above the threshold waits for an approver signed in elsewhere; both names stay on record; an administrator adds a user who must choose a password', async () => {
    const dataDir = join(newTemporaryFolder(), 'demo');
    const demo = runCli(['--data-dir', dataDir, 'demo', '--retailers', '0', '--history-days', '0'], key);
    expect(demo.status, demo.stderr).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    const admin = loopbackContract(serve.url, demoUser('admin'));
    try {
      await admin.call('settings.save', { allocationApprovalThresholdMinor: 100_000 });
      const [retailer] = (await admin.call('retailers.list', { level: 'retailer', limit: 1 })).rows;
      if (retailer === undefined) throw new Error('the demo has no retailer');

      // The sign-in screen of a demo says how to get in; a wrong password is refused in words.
      const clerkPage = await newPage();
      const page = clerkPage.page;
      await page.goto(serve.url);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByText('sign in as admin, clerk, approver, accountant or auditor').waitFor();
      await signInWith(page, { ...demoUser('clerk'), password: 'not-the-password' });
      await page.getByText('Wrong username or password.').waitFor();
      await quietScreenshot(page, 'sign-in-01-wrong-password');
      await signInWith(page, demoUser('clerk'));
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      expect(await textOf(page.getByRole('button', { name: 'Account menu' }))).toContain('Awa Ndiaye');

      // The clerk allocates above the threshold: held for a second person.
      await navigate(page, 'Allocations', 'Allocations');
      const allocate = page.getByRole('form', { name: 'Allocate' });
      await field(allocate, 'Retailer').fill(retailer.code);
      await page.getByRole('option', { name: `${retailer.name} · ${retailer.code}` }).click();
      await field(allocate, 'Amount').fill('250,000');
      await allocate.getByRole('button', { name: 'Allocate' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Allocate' }).click();
      await page.getByTestId('allocate-held').waitFor();
      const [held] = await admin.call('allocations.approvals', { state: 'awaiting_approval' });
      if (held === undefined) throw new Error('nothing waits for approval');
      expect(held).toMatchObject({ requestedByName: 'Awa Ndiaye', amountMinor: 250_000 });
      // A clerk cannot approve: the screen offers no button for it.
      await page.getByRole('tab', { name: /Approvals/ }).click();
      const asked = page.getByTestId('approvals-waiting').locator(`[data-approval="${held.id}"]`);
      await asked.waitFor();
      expect(await asked.getByRole('button', { name: 'Approve' }).count()).toBe(0);
      await quietScreenshot(page, 'sign-in-02-clerk-request-held');

      // The approver, in another browser, approves it with a note.
      const approverPage = (await newPage()).page;
      await openSignedIn(approverPage, serve.url, demoUser('approver'));
      await navigate(approverPage, 'Allocations', 'Allocations');
      await approverPage.getByRole('tab', { name: /Approvals/ }).click();
      const request = approverPage.getByTestId('approvals-waiting').locator(`[data-approval="${held.id}"]`);
      await request.getByRole('button', { name: 'Approve' }).click();
      const approveForm = approverPage.getByRole('form', { name: 'Approve' });
      await field(approveForm, 'Note').fill('Checked the order slip');
      await approveForm.getByRole('button', { name: 'Approve' }).click();
      const decided = approverPage.getByTestId('approvals-decided').locator(`tr[data-approval="${held.id}"]`);
      await decided.waitFor();
      expect(await decided.getAttribute('data-state')).toBe('approved');
      const decidedText = await textOf(decided);
      expect(decidedText).toContain('Awa Ndiaye');
      expect(decidedText).toContain('Moussa Sow');
      await quietScreenshot(approverPage, 'sign-in-03-approver-approved');
      const [approved] = await admin.call('allocations.approvals', { state: 'approved' });
      expect(approved).toMatchObject({
        requestedByName: 'Awa Ndiaye',
        decidedByName: 'Moussa Sow',
        decisionNote: 'Checked the order slip',
      });
      const queued = await admin.call('allocations.list', {});
      expect(queued.rows.find((row) => row.id === held.id)).toMatchObject({ amountMinor: 250_000 });

      // The administrator adds an accountant, who must choose a password at first sign-in.
      const adminPage = (await newPage()).page;
      await openSignedIn(adminPage, serve.url, demoUser('admin'));
      await navigate(adminPage, 'Settings', 'Settings');
      await adminPage.getByRole('button', { name: 'Add user' }).click();
      const addForm = adminPage.getByRole('dialog', { name: 'Add a user' });
      await field(addForm, 'Username').fill('bintou');
      await field(addForm, 'Full name').fill('Bintou Camara');
      await field(addForm, 'Roles').click();
      await adminPage.getByRole('option', { name: 'Accountant' }).click();
      await adminPage.keyboard.press('Escape');
      await field(addForm, 'Temporary password').fill('welcome-bintou-1');
      await addForm.getByRole('button', { name: 'Add user' }).click();
      await addForm.waitFor({ state: 'detached' });
      const users = adminPage.getByRole('table').filter({ hasText: 'bintou' });
      await users.getByText('Bintou Camara').waitFor();
      await quietScreenshot(adminPage, 'sign-in-04-users');
      expect((await admin.call('users.list', {})).find((user) => user.username === 'bintou')).toMatchObject({
        roles: ['accountant'],
        mustChangePassword: true,
        createdBy: 'Ada Diallo',
      });

      const bintouPage = (await newPage()).page;
      await bintouPage.goto(serve.url);
      await bintouPage.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInWith(bintouPage, {
        username: 'bintou',
        displayName: 'Bintou Camara',
        password: 'welcome-bintou-1',
      });
      await bintouPage.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await quietScreenshot(bintouPage, 'sign-in-05-choose-password');
      const choose = bintouPage.locator('form');
      await field(choose, 'Current password').fill('welcome-bintou-1');
      await field(choose, 'New password').fill('balance-sheet-days');
      await field(choose, 'Repeat new password').fill('balance-sheet-days');
      await choose.getByRole('button', { name: 'Change password' }).click();
      await bintouPage.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      expect(await textOf(bintouPage.getByRole('button', { name: 'Account menu' }))).toContain(
        'Bintou Camara',
      );

      // Signing out returns to the sign-in screen, and the old session is dead.
      await bintouPage.getByRole('button', { name: 'Account menu' }).click();
      await bintouPage.getByRole('menuitem', { name: 'Sign out' }).click();
      await bintouPage.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(clerkPage.errors.filter((error) => !error.includes('401'))).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 180_000);
});
