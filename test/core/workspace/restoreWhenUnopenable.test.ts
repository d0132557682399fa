import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AirledgerCore } from '../../../src/core/app/airledgerCore';
import { fingerprint } from '../../support/fileFingerprint';
import { temporaryFolders } from '../../support/temporaryFolder';
import { administrator, createTestCore, passphraseKeyProvider } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const oldKeychainPassphrase = 'the keychain before it changed';
const newKeychainPassphrase = 'the keychain after it changed';
const backupPassphrase = 'backup-only-Wombat-6620';

async function ok(core: AirledgerCore, name: string, input: unknown): Promise<unknown> {
  const result = await core.call(name, input, administrator);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

/** A workspace with a retailer in it, backed up with a passphrase of its own, then closed. */
async function backedUpWorkspace(folder: string): Promise<{ dataDir: string; backupBase64: string }> {
  const dataDir = join(folder, 'workspace');
  const core = createTestCore(dataDir, passphraseKeyProvider(oldKeychainPassphrase));
  await ok(core, 'workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
  await ok(core, 'retailers.add', {
    code: 'R-0001',
    name: 'Awa Boutique',
    terms: 'postpaid',
    creditLimitMinor: 500_000,
  });
  const backup = (await ok(core, 'workspace.backup', {
    passphrase: backupPassphrase,
    passphraseRepeated: backupPassphrase,
  })) as { contentBase64: string };
  await ok(core, 'workspace.close', {});
  return { dataDir, backupBase64: backup.contentBase64 };
}

describe('restoring a workspace that no longer opens', () => {
  it('restores a backup with its passphrase after the keychain changed, keeping the unopenable file aside', async () => {
    const folder = newTemporaryFolder();
    const { dataDir, backupBase64 } = await backedUpWorkspace(folder);

    const core = createTestCore(dataDir, passphraseKeyProvider(newKeychainPassphrase));
    expect(await core.call('workspace.open', {}, administrator)).toMatchObject({
      ok: false,
      error: { code: 'workspace_unavailable', reason: 'wrong_key' },
    });

    const restored = await core.call(
      'workspace.restore',
      { backupBase64, passphrase: backupPassphrase },
      administrator,
    );
    expect(restored).toMatchObject({
      ok: true,
      value: { state: 'open', workspace: { distributorName: 'Sahel Airtime', dataDir } },
    });
    expect(await ok(core, 'retailers.get', { code: 'R-0001' })).toMatchObject({
      retailer: { name: 'Awa Boutique' },
    });
    expect(
      readdirSync(dataDir).filter((name) => name.startsWith('airledger.db.before-restore-')),
    ).toHaveLength(1);

    // It now opens with this host's (new) key, and again after closing.
    await ok(core, 'workspace.close', {});
    const again = createTestCore(dataDir, passphraseKeyProvider(newKeychainPassphrase));
    expect(await again.call('workspace.open', {}, administrator)).toMatchObject({
      ok: true,
      value: { state: 'open' },
    });
    await ok(again, 'workspace.close', {});
  });

  it('refuses a wrong backup passphrase, naming the problem, and changes nothing', async () => {
    const folder = newTemporaryFolder();
    const { dataDir, backupBase64 } = await backedUpWorkspace(folder);
    const core = createTestCore(dataDir, passphraseKeyProvider(newKeychainPassphrase));
    const before = fingerprint(join(dataDir, 'airledger.db'));
    const files = readdirSync(dataDir).sort();

    const refused = await core.call(
      'workspace.restore',
      { backupBase64, fileName: 'sahel-friday.alb', passphrase: 'not the backup passphrase' },
      administrator,
    );
    expect(refused).toMatchObject({ ok: false, error: { reason: 'wrong_key' } });
    if (refused.ok) return;
    // Named as the person chose it, not by the temporary file the upload was written to.
    expect(refused.error.message).toMatch(/does not open the backup sahel-friday\.alb:/);
    expect(refused.error.message).not.toMatch(/airledger-restore-/);
    expect(refused.error.message).toMatch(/Nothing was changed/);
    // Without a passphrase the host's key is tried, which did not make this backup either.
    expect(await core.call('workspace.restore', { backupBase64 }, administrator)).toMatchObject({
      ok: false,
      error: { reason: 'wrong_key' },
    });
    expect(fingerprint(join(dataDir, 'airledger.db'))).toEqual(before);
    expect(readdirSync(dataDir).sort()).toEqual(files);
    expect(await core.call('workspace.status', {}, administrator)).toMatchObject({
      ok: true,
      value: { state: 'closed' },
    });
  });

  it('is refused while a workspace is open', async () => {
    const folder = newTemporaryFolder();
    const { dataDir, backupBase64 } = await backedUpWorkspace(folder);
    const core = createTestCore(dataDir, passphraseKeyProvider(oldKeychainPassphrase));
    await ok(core, 'workspace.open', {});
    expect(
      await core.call('workspace.restore', { backupBase64, passphrase: backupPassphrase }, administrator),
    ).toMatchObject({ ok: false, error: { code: 'business_rule', reason: 'workspace_open' } });
    expect(readdirSync(dataDir).some((name) => name.includes('before-restore'))).toBe(false);
    expect(await ok(core, 'retailers.get', { code: 'R-0001' })).toMatchObject({
      retailer: { name: 'Awa Boutique' },
    });
    await ok(core, 'workspace.close', {});
  });
});
