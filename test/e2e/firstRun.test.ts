import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractPath, secretHeader } from '../../src/contract/httpProtocol';
import { browserForTests, saveScreenshot } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';
import { openSignedIn, passSignIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const key = { AIRLEDGER_DB_KEY: 'browser mode passphrase' };

const { newPage } = browserForTests();

describe('browser mode, end to end', () => {
  it('creates a workspace through the first-run screen and lands on the dashboard', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const serve = await startServe(['--data-dir', dataDir], key);
    try {
      const { page, errors } = await newPage();
      await page.goto(serve.url);
      await page.getByRole('heading', { name: 'Welcome to Airledger' }).waitFor();
      // The secret leaves the address bar once the app has it.
      expect(page.url()).not.toContain('secret=');
      await saveScreenshot(page, '01-first-run');

      // Submitting with a one-letter name is refused at the field, and nothing is created.
      await page.getByLabel('Distributor name').fill('S');
      await page.getByRole('button', { name: 'Create workspace' }).click();
      await page.getByText('must have at least 2 characters').waitFor();
      expect(existsSync(join(dataDir, 'airledger.db'))).toBe(false);
      await saveScreenshot(page, '02-first-run-validation');

      await page.getByLabel('Distributor name').fill('Sahel Airtime Distribution');
      await page.getByRole('combobox', { name: 'Base currency' }).click();
      await page.getByRole('option', { name: /NGN: Nigerian naira/ }).click();
      await page.getByRole('button', { name: 'Create workspace' }).click();

      // A new workspace asks for its administrator before anything else.
      await page.getByRole('heading', { name: 'Create the administrator account' }).waitFor();
      await saveScreenshot(page, '02b-first-run-administrator');
      await passSignIn(page);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await expect(page.getByTestId('workspace-card').textContent()).resolves.toContain('Books kept in NGN');
      const statusBar = page.getByTestId('status-bar');
      await statusBar.getByText('No operator connected').waitFor();
      await expect(statusBar.textContent()).resolves.toContain('Sahel Airtime Distribution');
      await expect(statusBar.textContent()).resolves.toContain('browser mode');

      await page.getByRole('button', { name: 'Verify workspace' }).click();
      await page.getByTestId('verify-report').getByText('file header is ciphertext').waitFor();
      await saveScreenshot(page, '03-dashboard');

      // Every screen of the navigation opens.
      for (const label of [
        'Operator & purchases',
        'Retailers',
        'Allocations',
        'Sales',
        'Reports',
        'Settlements',
        'Sync',
      ]) {
        await page
          .getByRole('navigation', { name: 'Main navigation' })
          .getByRole('link', { name: label })
          .click();
        await page.getByRole('heading', { name: label, level: 2 }).waitFor();
      }
      await saveScreenshot(page, '04-retailers-to-come');
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      await expect(page.locator('html').getAttribute('data-mantine-color-scheme')).resolves.toBe('dark');
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await saveScreenshot(page, '05-dashboard-dark');
      expect(errors).toEqual([]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
    // What the browser created is a real encrypted workspace, closed cleanly: the CLI verifies it.
    const verify = runCli(['--data-dir', dataDir, 'verify'], key);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain('ok   encryption');
  });

  it('opens an existing workspace straight onto the dashboard', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    expect(
      runCli(['--data-dir', dataDir, 'init', '--name', 'Nairobi Topups', '--currency', 'KES'], key).status,
    ).toBe(0);
    const serve = await startServe(['--data-dir', dataDir], key);
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await expect(page.getByTestId('workspace-card').textContent()).resolves.toContain('Nairobi Topups');
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  });

  it('shows how to get in when the page is opened without the secret', async () => {
    const serve = await startServe(['--data-dir', join(newTemporaryFolder(), 'ws')], key);
    try {
      const { page, errors } = await newPage();
      await page.goto(new URL('/', serve.url).toString());
      await page.getByText('Open Airledger from the address it printed').waitFor();
      await saveScreenshot(page, '06-missing-secret');
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  });

  it('refuses calls without the secret, from a foreign origin, or through another host name', async () => {
    const serve = await startServe(['--data-dir', join(newTemporaryFolder(), 'ws')], key);
    try {
      const url = new URL(serve.url);
      const secret = url.searchParams.get('secret') ?? '';
      const endpoint = new URL(contractPath, url).toString();
      const body = JSON.stringify({ operation: 'workspace.status', input: {} });
      const post = (headers: Record<string, string>) =>
        fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });

      expect((await post({ [secretHeader]: secret })).status).toBe(200);
      expect((await post({})).status).toBe(401);
      expect((await post({ [secretHeader]: secret, origin: 'http://attacker.example' })).status).toBe(403);

      // A page on another origin in the same browser cannot read the answer or pass the checks.
      const { page } = await newPage();
      await page.goto(serve.url);
      await page.getByRole('heading', { name: 'Welcome to Airledger' }).waitFor();
      const crossSite = await page.evaluate(
        async ({ target, secretValue }) => {
          const response = await fetch(target.replace('127.0.0.1', 'localhost'), {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-airledger-secret': secretValue },
            body: '{"operation":"workspace.status","input":{}}',
          }).catch((error: Error) => ({ status: `blocked: ${error.message}` }));
          return String(response.status);
        },
        { target: endpoint, secretValue: secret },
      );
      expect(crossSite).toMatch(/^(403|blocked)/);
    } finally {
      await serve.stop();
    }
  });
});
