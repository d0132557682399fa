import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../src/core/workspace/openEncryptedDatabase';
import { browserForTests, saveScreenshot } from '../support/browser';
import { field, navigate } from '../support/screenActions';
import { serveNewWorkspace } from '../support/servedWorkspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { testPassphrase } from '../support/testCore';
import { openSignedIn } from '../support/testUsers';

const newTemporaryFolder = temporaryFolders();
const { newPage } = browserForTests();

describe('Settings → Backup', () => {
  it('downloads an encrypted backup that opens only with the passphrase typed for it', async () => {
    const { serve } = await serveNewWorkspace(newTemporaryFolder());
    try {
      const { page, errors } = await newPage();
      await openSignedIn(page, serve.url);
      await navigate(page, 'Settings', 'Settings');
      const card = page.getByTestId('backup-card');
      await field(card, 'Backup passphrase').fill('too short');
      await field(card, 'Repeat the passphrase').fill('too short!');
      await card.getByRole('button', { name: 'Back up now' }).click();
      await card.getByText('must have at least 12 characters').waitFor();
      await card.getByText('does not match the password above').waitFor();

      const passphrase = 'a passphrase for the backup only';
      await field(card, 'Backup passphrase').fill(passphrase);
      await field(card, 'Repeat the passphrase').fill(passphrase);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: 'Back up now' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^airledger-backup-\d{8}-\d{6}\.alb$/);
      await page.getByText('Backup made').waitFor();
      await saveScreenshot(page, 'settings-backup');
      const file = join(newTemporaryFolder(), download.suggestedFilename());
      await download.saveAs(file);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
      expect(bytes.includes(Buffer.from('Sahel Airtime'))).toBe(false);
      // The workspace's own key does not open it; the passphrase typed for it does.
      expect(() =>
        openEncryptedDatabase(
          file,
          { kind: 'passphrase', passphrase: testPassphrase },
          { create: false, keySource: 'the workspace key' },
        ),
      ).toThrow(/does not open/);
      const backup = openEncryptedDatabase(
        file,
        { kind: 'passphrase', passphrase },
        { create: false, keySource: 'the backup passphrase' },
      );
      expect(backup.prepare('SELECT distributor_name FROM workspace_profile').pluck().get()).toBe(
        'Sahel Airtime',
      );
      backup.close();
      expect(errors).toEqual([]);
    } finally {
      await serve.stop();
    }
  });
});
