import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyHolder } from '../../src/core/access/callContext';
import { startLoopbackServer } from '../../src/server/loopbackServer';
import { browserForTests } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { loopbackContract } from '../support/loopbackContract';
import { field, navigate, quietScreenshot, textOf } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { createTestCore, passphraseKeyProvider, repositoryRoot, testPassphrase } from '../support/testCore';
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

      // A clerk's Settings have no Users card (nor the administrator's sign-in security), and the
      // core refuses the list to her whatever the screen shows.
      await navigate(page, 'Settings', 'Settings');
      await page.getByTestId('commission-plans-card').waitFor();
      expect(await page.getByTestId('users-card').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add user' }).count()).toBe(0);
      expect(await page.getByText('Sign-in security').count()).toBe(0);
      await quietScreenshot(page, 'sign-in-01b-clerk-settings');
      expect(await loopbackContract(serve.url, demoUser('clerk')).refusal('users.list', {})).toMatchObject({
        code: 'permission_denied',
      });

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

  it('a desk left alone past the lock time asks for the password again, even while its screen refreshes itself, and returns to the same screen', async () => {
    const dataDir = join(newTemporaryFolder(), 'demo');
    const demo = runCli(['--data-dir', dataDir, 'demo', '--retailers', '0', '--history-days', '0'], key);
    expect(demo.status, demo.stderr).toBe(0);
    // Browser mode served from this process, so the test can move the workspace clock (sessions
    // live in memory: restarting a server with a later clock would sign everyone out, not lock them).
    let clockAheadMs = 0;
    const core = createTestCore(dataDir, passphraseKeyProvider(testPassphrase), {
      now: () => new Date(Date.now() + clockAheadMs),
    });
    const opened = await core.call('workspace.open', {}, keyHolder('test'));
    expect(opened.ok).toBe(true);
    const server = await startLoopbackServer({
      core,
      rendererDir: join(repositoryRoot, 'out', 'renderer'),
      port: 0,
    });
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, server.url, demoUser('clerk'));
      await navigate(page, 'Allocations', 'Allocations');
      await page.getByTestId('allocate-card').waitFor();
      expect(new URL(page.url()).hash).toBe('#/allocations');

      // Nobody touches the desk for 16 minutes; the status bar keeps asking for the sync status,
      // which does not count as use: its next refresh finds the session locked.
      clockAheadMs = 16 * 60_000;
      const locked = page.getByTestId('session-ended');
      await locked.waitFor({ timeout: 20_000 });
      // The lock's own reason, whichever poll meets it first (the status bar's public one included).
      const lockedText = await textOf(locked);
      expect(lockedText).toContain('Session locked');
      expect(lockedText).toContain(
        'Your session locked after 15 minutes without use: sign in again to go on.',
      );
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await quietScreenshot(page, 'sign-in-06-idle-lock');

      // Her password again, and she is back on the Allocations screen she left.
      await signInWith(page, demoUser('clerk'));
      await page.getByRole('heading', { name: 'Allocations', level: 2 }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/allocations');
      await page.getByTestId('allocate-card').waitFor();
      expect(await textOf(page.getByRole('button', { name: 'Account menu' }))).toContain('Awa Ndiaye');
      // Only the refusals of the locked session, nothing else, were logged.
      expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
    } finally {
      await server.close();
      await core.close();
    }
  }, 120_000);
});
