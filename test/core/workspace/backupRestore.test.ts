import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../src/core/access/callContext';
import { openEncryptedDatabase } from '../../../src/core/workspace/openEncryptedDatabase';
import { databasePath, Workspace } from '../../../src/core/workspace/workspace';
import { backUpWorkspace } from '../../../src/core/workspace/workspaceBackup';
import { type RestoreRequest, restoreWorkspace } from '../../../src/core/workspace/workspaceRestore';
import { fingerprint } from '../../support/fileFingerprint';
import {
  addFillerPages,
  buyAndSync,
  knownEnvironment,
  knownRetailerName,
  knownSecrets,
  operatorId,
  type SecretWorld,
  startSecretWorld,
} from '../../support/knownSecrets';
import { refusalOf } from '../../support/refusalOf';
import { temporaryFolders } from '../../support/temporaryFolder';
import { administrator, migrationsFolder } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const workspaceKey = { kind: 'passphrase' as const, passphrase: knownSecrets.databaseKey };
const backupPassphrase = 'backup-only-Wombat-6620';
const plainHeader = Buffer.from('SQLite format 3');

/** Strings of the workspace that must not appear in any byte of a backup. */
const knownStrings = [
  knownRetailerName,
  'Sahel Airtime',
  'Sandbox Telecom',
  knownSecrets.clientSecret,
  knownSecrets.apiKey,
  knownSecrets.databaseKey,
];

function expectCiphertext(bytes: Buffer): void {
  expect(bytes.subarray(0, plainHeader.length).equals(plainHeader)).toBe(false);
  for (const text of knownStrings) expect(bytes.includes(Buffer.from(text)), text).toBe(false);
}

async function backUp(world: SecretWorld, destination: string, passphrase?: string) {
  return world.call('workspace.backup', {
    destination,
    ...(passphrase === undefined ? {} : { passphrase, passphraseRepeated: passphrase }),
  });
}

function restoreRequest(
  backupFile: string,
  dataDir: string,
  changes: Partial<RestoreRequest> = {},
): RestoreRequest {
  return {
    backupFile,
    dataDir,
    backupKey: workspaceKey,
    backupKeySource: 'the test key',
    workspaceKey,
    migrationsFolder,
    force: false,
    now: Date.now,
    ...changes,
  };
}

describe('an encrypted backup', () => {
  it('is ciphertext from its first byte, carries its manifest inside, and opens only with the key it was made with', async () => {
    const folder = newTemporaryFolder();
    const world = await startSecretWorld(folder);
    try {
      await buyAndSync(world, 500_000);
      const destination = join(folder, 'sahel.alb');
      const backup = await backUp(world, destination);
      expect(backup).toMatchObject({
        fileName: 'sahel.alb',
        path: destination,
        contentBase64: null,
        manifest: {
          format: 'airledger-backup-1',
          appVersion: '0.0.0-test',
          encryptedWith: 'workspace_key',
          source: { distributorName: 'Sahel Airtime', baseCurrency: 'XOF', dataDir: world.dataDir },
        },
      });
      expectCiphertext(readFileSync(destination));
      // Nothing else was left in the folder: no partial file, no journal.
      expect(readdirSync(folder).sort()).toEqual(['sahel.alb', 'workspace']);

      const own = await backUp(world, join(folder, 'own.alb'), backupPassphrase);
      expect(own.manifest.encryptedWith).toBe('backup_passphrase');
      expectCiphertext(readFileSync(join(folder, 'own.alb')));
      expect(() =>
        openEncryptedDatabase(join(folder, 'own.alb'), workspaceKey, {
          create: false,
          keySource: 'the workspace key',
        }),
      ).toThrow(/does not open/);
      openEncryptedDatabase(
        join(folder, 'own.alb'),
        { kind: 'passphrase', passphrase: backupPassphrase },
        { create: false, keySource: 'the backup passphrase' },
      ).close();

      const again = await world.core.call('workspace.backup', { destination }, administrator);
      expect(again).toMatchObject({ ok: false, error: { code: 'bad_input', reason: 'destination_exists' } });
    } finally {
      await world.close();
    }
  });

  it('comes back as bytes to download in the app, and the app cannot name a file to write', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    const inBrowser: CallContext = { ...administrator, transport: 'http' };
    try {
      const download = await world.core.call(
        'workspace.backup',
        { passphrase: backupPassphrase, passphraseRepeated: backupPassphrase },
        inBrowser,
      );
      if (!download.ok) throw new Error(download.error.message);
      const value = download.value as { fileName: string; contentBase64: string; path: null };
      expect(value.fileName).toMatch(/^airledger-backup-\d{8}-\d{6}\.alb$/);
      expect(value.path).toBeNull();
      expectCiphertext(Buffer.from(value.contentBase64, 'base64'));
      const toPath = await world.core.call(
        'workspace.backup',
        { destination: '/tmp/anywhere.alb' },
        inBrowser,
      );
      expect(toPath).toMatchObject({
        ok: false,
        error: { code: 'bad_input', reason: 'destination_not_allowed' },
      });
      const mismatch = await world.core.call(
        'workspace.backup',
        { passphrase: backupPassphrase, passphraseRepeated: 'something else entirely' },
        inBrowser,
      );
      expect(mismatch).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    } finally {
      await world.close();
    }
  });

  it('cancelled while the snapshot is written, leaves no file behind', async () => {
    const folder = newTemporaryFolder();
    const world = await startSecretWorld(folder);
    await world.close();
    addFillerPages(world.dataDir, 60);
    const workspace = await Workspace.open(await knownEnvironment(), world.dataDir);
    const cancel = new AbortController();
    try {
      const refused = await refusalOf(
        backUpWorkspace(workspace, {
          destination: join(folder, 'cancelled.alb'),
          appVersion: '0.0.0-test',
          signal: cancel.signal,
          onProgress: (progress) => {
            if (progress.stage === 'snapshot' && progress.bytesWritten > 0) cancel.abort();
          },
        }),
      );
      expect(refused).toMatchObject({ code: 'business_rule', reason: 'cancelled' });
    } finally {
      workspace.close();
    }
    expect(readdirSync(folder).sort()).toEqual(['workspace']);
  });
});

describe('restoring a backup', () => {
  it('checks it, then replaces the workspace and keeps the one it replaced', async () => {
    const folder = newTemporaryFolder();
    const world = await startSecretWorld(folder);
    const backupFile = join(folder, 'before-the-second-purchase.alb');
    let accountsAtBackup: unknown;
    try {
      await buyAndSync(world, 500_000);
      accountsAtBackup = await world.call('ledger.accounts', {});
      await backUp(world, backupFile);
      await buyAndSync(world, 70_000);

      const exists = await refusalOf(restoreWorkspace(restoreRequest(backupFile, world.dataDir)));
      expect(exists).toMatchObject({ code: 'business_rule', reason: 'workspace_exists' });
      // Still open here, with its log: replacing it is refused.
      const inUse = await refusalOf(
        restoreWorkspace(restoreRequest(backupFile, world.dataDir, { force: true })),
      );
      expect(inUse).toMatchObject({ code: 'business_rule', reason: 'workspace_in_use' });
    } finally {
      await world.close();
    }

    const restored = await restoreWorkspace(restoreRequest(backupFile, world.dataDir, { force: true }));
    expect(restored.ledger).toMatchObject({ ok: true, mode: 'full' });
    expect(restored.manifest?.source.distributorName).toBe('Sahel Airtime');
    const keptAs = restored.previousKeptAs ?? '';
    expect(keptAs).toMatch(/airledger\.db\.before-restore-\d{8}T\d{6}Z$/);
    expectCiphertext(readFileSync(databasePath(world.dataDir)));
    expect(readdirSync(world.dataDir).filter((name) => name.includes('restoring'))).toEqual([]);

    const reopened = await Workspace.open(await knownEnvironment(knownSecrets.databaseKey), world.dataDir);
    try {
      expect(reopened.ledger.reader.accounts({})).toEqual(accountsAtBackup);
      expect(reopened.ledger.verifier.verify('full').ok).toBe(true);
      expect(reopened.operators.require(operatorId).clientSecret).toBe(knownSecrets.clientSecret);
      const tables = reopened.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'airledger_backup%'")
        .all();
      expect(tables).toEqual([]);
    } finally {
      reopened.close();
    }
    // The workspace it replaced, second purchase included, is whole beside it.
    const kept = openEncryptedDatabase(keptAs, workspaceKey, { create: false, keySource: 'the test' });
    const purchases = kept.prepare('SELECT count(*) AS n FROM operator_actions').get() as { n: number };
    kept.close();
    expect(purchases.n).toBe(2);
  });

  it('into a new folder, re-encrypts a backup that has its own passphrase with the workspace key', async () => {
    const folder = newTemporaryFolder();
    const world = await startSecretWorld(folder);
    const backupFile = join(folder, 'own.alb');
    try {
      await buyAndSync(world, 90_000);
      await backUp(world, backupFile, backupPassphrase);
    } finally {
      await world.close();
    }
    const elsewhere = join(folder, 'elsewhere');
    const wrongKey = await refusalOf(restoreWorkspace(restoreRequest(backupFile, elsewhere)));
    expect(wrongKey).toMatchObject({ code: 'workspace_unavailable', reason: 'wrong_key' });
    expect(wrongKey.message).toContain(backupFile);
    expect(existsSync(elsewhere) ? readdirSync(elsewhere) : []).toEqual([]);

    await restoreWorkspace(
      restoreRequest(backupFile, elsewhere, {
        backupKey: { kind: 'passphrase', passphrase: backupPassphrase },
      }),
    );
    const reopened = await Workspace.open(await knownEnvironment(knownSecrets.databaseKey), elsewhere);
    expect(reopened.ledger.verifier.verify('full').ok).toBe(true);
    expect(reopened.operators.require(operatorId).apiKey).toBe(knownSecrets.apiKey);
    reopened.close();
  });

  it('refuses a backup made by a newer Airledger, or whose ledger was edited, and changes nothing', async () => {
    const folder = newTemporaryFolder();
    const world = await startSecretWorld(folder);
    const backupFile = join(folder, 'good.alb');
    try {
      await buyAndSync(world, 80_000);
      await backUp(world, backupFile);
    } finally {
      await world.close();
    }
    const target = databasePath(world.dataDir);
    const untouched = fingerprint(target);

    const newer = join(folder, 'newer.alb');
    copyFileSync(backupFile, newer);
    const edit = openEncryptedDatabase(newer, workspaceKey, { create: false, keySource: 'the test' });
    edit
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', 4_102_444_800_000);
    edit.close();
    const refusedNewer = await refusalOf(
      restoreWorkspace(restoreRequest(newer, world.dataDir, { force: true })),
    );
    expect(refusedNewer).toMatchObject({ code: 'workspace_unavailable', reason: 'newer_schema' });

    const edited = join(folder, 'edited.alb');
    copyFileSync(backupFile, edited);
    const tamper = openEncryptedDatabase(edited, workspaceKey, { create: false, keySource: 'the test' });
    tamper.exec(`DROP TRIGGER ledger_transfers_refuse_update;
      UPDATE ledger_transfers SET amount_minor = amount_minor + 1 WHERE seq = (SELECT max(seq) FROM ledger_transfers);`);
    tamper.close();
    const refusedEdited = await refusalOf(
      restoreWorkspace(restoreRequest(edited, world.dataDir, { force: true })),
    );
    expect(refusedEdited).toMatchObject({ code: 'workspace_unavailable', reason: 'backup_ledger_broken' });

    const missing = await refusalOf(
      restoreWorkspace(restoreRequest(join(folder, 'nope.alb'), world.dataDir)),
    );
    expect(missing).toMatchObject({ code: 'bad_input', reason: 'backup_not_found' });

    expect(fingerprint(target)).toEqual(untouched);
    expect(readdirSync(world.dataDir).filter((name) => name.startsWith('airledger.db.'))).toEqual([]);
  });
});
