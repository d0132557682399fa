import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const oldKey = { AIRLEDGER_DB_KEY: 'the first passphrase of Sahel' };
const newKey = { AIRLEDGER_DB_KEY: 'the second passphrase, longer' };

beforeAll(requireBuild);

/** A demo workspace: a connected operator (the one inside the app), a purchase, a few wallets, sales. */
function demoWorkspace(): { folder: string; dataDir: string } {
  const folder = newTemporaryFolder();
  const dataDir = join(folder, 'ws');
  const demo = runCli(
    ['--data-dir', dataDir, '--json', 'demo', '--retailers', '0', '--operators', '1', '--history-days', '1'],
    oldKey,
  );
  expect(demo.status, demo.stderr).toBe(0);
  return { folder, dataDir };
}

function ledgerOf(dataDir: string, key: Record<string, string>) {
  const verify = runCli(['--data-dir', dataDir, '--json', 'verify'], key);
  expect(verify.status, verify.stderr).toBe(0);
  return (JSON.parse(verify.stdout) as { value: { ledger: { ok: boolean; entriesChecked: number } } }).value
    .ledger;
}

describe('the database key and backups from the command line', () => {
  it('rekey: the old key no longer opens the workspace (exit 3), the new one opens all of it', () => {
    const { folder, dataDir } = demoWorkspace();
    const before = ledgerOf(dataDir, oldKey);

    const missing = runCli(['--data-dir', dataDir, 'rekey'], oldKey);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('AIRLEDGER_NEW_DB_KEY');
    const short = runCli(['--data-dir', dataDir, 'rekey'], { ...oldKey, AIRLEDGER_NEW_DB_KEY: 'too short' });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('newPassphrase must have at least 12 characters');

    const keyFile = join(folder, 'new.key');
    writeFileSync(keyFile, `${newKey.AIRLEDGER_DB_KEY}\n`);
    const rekey = runCli(['--data-dir', dataDir, 'rekey', '--new-key-file', keyFile], oldKey);
    expect(rekey.status, rekey.stderr).toBe(0);
    expect(rekey.stdout).toContain(`Changed the database key of the workspace at ${dataDir}.`);
    expect(rekey.stdout).toContain('Set AIRLEDGER_DB_KEY to the new passphrase');

    const refused = runCli(['--data-dir', dataDir, 'verify'], oldKey);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('does not open the workspace');
    const after = ledgerOf(dataDir, newKey);
    expect(after).toMatchObject({ ok: true, entriesChecked: before.entriesChecked });
    // The operator's sealed credentials came along: the demo operator still answers a sync.
    const sync = runCli(['--data-dir', dataDir, '--json', 'sync'], newKey);
    expect(sync.status, sync.stderr).toBe(0);
  });

  it('backup writes ciphertext with progress on stderr; restore checks it and swaps it in, keeping what it replaced', () => {
    const { folder, dataDir } = demoWorkspace();
    const entries = ledgerOf(dataDir, oldKey).entriesChecked;
    const backupFile = join(folder, 'sahel.alb');

    const backup = runCli(['--data-dir', dataDir, 'backup', '--out', backupFile], oldKey);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(/^Backing up: \d+% \(snapshot\)$/m);
    expect(backup.stdout).toContain(`Wrote an encrypted backup to ${backupFile}`);
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    for (const text of ['Demo Airtime Distribution', 'Demo operator', oldKey.AIRLEDGER_DB_KEY]) {
      expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    }
    const again = runCli(['--data-dir', dataDir, 'backup', '--out', backupFile], oldKey);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');

    expect(runCli(['--data-dir', dataDir, 'restore', join(folder, 'nope.alb')], oldKey).status).toBe(2);
    const wrongKey = runCli(['--data-dir', join(folder, 'other'), 'restore', backupFile], newKey);
    expect(wrongKey.status).toBe(3);
    expect(wrongKey.stderr).toContain(`does not open the backup ${backupFile}`);
    const exists = runCli(['--data-dir', dataDir, 'restore', backupFile], oldKey);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('pass --force to replace it');

    const restore = runCli(['--data-dir', dataDir, 'restore', backupFile, '--force'], oldKey);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('Restored Demo Airtime Distribution');
    expect(restore.stdout).toMatch(/kept as .*airledger\.db\.before-restore-\d{8}T\d{6}Z/);
    expect(readdirSync(dataDir).filter((name) => name.includes('before-restore'))).toHaveLength(1);
    expect(ledgerOf(dataDir, oldKey)).toMatchObject({ ok: true, entriesChecked: entries });

    // Elsewhere, with a passphrase of its own, restored under another key.
    const own = join(folder, 'own.alb');
    const passphrase = { BACKUP_PASSPHRASE: 'a passphrase only for this backup' };
    const withOwn = runCli(
      ['--data-dir', dataDir, 'backup', '--out', own, '--passphrase-env', 'BACKUP_PASSPHRASE'],
      {
        ...oldKey,
        ...passphrase,
      },
    );
    expect(withOwn.status, withOwn.stderr).toBe(0);
    const elsewhere = join(folder, 'elsewhere');
    const restored = runCli(
      ['--data-dir', elsewhere, 'restore', own, '--passphrase-env', 'BACKUP_PASSPHRASE'],
      {
        ...newKey,
        ...passphrase,
      },
    );
    expect(restored.status, restored.stderr).toBe(0);
    expect(existsSync(join(elsewhere, 'airledger.db'))).toBe(true);
    expect(ledgerOf(elsewhere, newKey)).toMatchObject({ ok: true, entriesChecked: entries });
  });
});
