import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserForTests, saveScreenshot } from '../support/browser';
import { runCli, startServe } from '../support/builtApp';
import { field } from '../support/screenActions';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { passSignIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();

describe('a workspace that does not open', () => {
  it('says why (its key changed) and restores it from a backup, keeping the unreadable file aside', async () => {
    const folder = newTemporaryFolder();
    // A workspace encrypted with a key this computer no longer has, and its backup.
    const otherDir = join(folder, 'books');
    const oldKey = { AIRLEDGER_DB_KEY: 'the key the keychain used to have' };
    const init = runCli(
      ['--data-dir', otherDir, 'init', '--name', 'Kept Distribution', '--currency', 'XOF'],
      oldKey,
    );
    expect(init.status, init.stderr).toBe(0);
    const backupFile = join(folder, 'kept.alb');
    const backupPassphrase = 'a passphrase for the backup only';
    const backup = runCli(
      ['--data-dir', otherDir, 'backup', '--out', backupFile, '--passphrase-env', 'BACKUP_PASS'],
      {
        ...oldKey,
        BACKUP_PASS: backupPassphrase,
      },
    );
    expect(backup.status, backup.stderr).toBe(0);

    const serve = await startServe(['--data-dir', join(folder, 'fresh')], {
      AIRLEDGER_DB_KEY: testPassphrase,
    });
    try {
      const { page, errors } = await newPage();
      await page.goto(serve.url);
      await page.getByRole('heading', { name: 'Welcome to Airledger' }).waitFor();
      await page.getByText('Open a workspace', { exact: true }).click();
      await field(page.locator('form'), 'Workspace folder').fill(otherDir);
      await page.getByRole('button', { name: 'Open workspace' }).click();
      await page.getByText('This workspace does not open with this computer’s key').waitFor();
      await saveScreenshot(page, 'workspace-unopenable');

      await page.getByRole('button', { name: 'Restore from a backup' }).first().click();
      const form = page.getByRole('form', { name: 'Restore from a backup' });
      await form.locator('input[type=file]').setInputFiles(backupFile);
      await field(form, 'Backup passphrase').fill('not the passphrase');
      await form.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
      await page.getByText('The backup was not restored').waitFor();
      expect(readdirSync(otherDir).filter((name) => name.includes('before-restore'))).toEqual([]);

      await field(form, 'Backup passphrase').fill(backupPassphrase);
      await form.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
      await passSignIn(page);
      await page.getByText('Kept Distribution').first().waitFor();
      const kept = readdirSync(otherDir).filter((name) => name.startsWith('airledger.db.before-restore-'));
      expect(kept).toHaveLength(1);
      // The two refusals (the open, the wrong passphrase) are the only failed requests.
      expect(errors.filter((error) => !error.includes('status of 409'))).toEqual([]);
    } finally {
      await serve.stop();
    }
  });
});
