import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/core/appError';
import type { DatabaseKey, KeyProvider } from '../../src/core/workspace/databaseKey';
import { databasePath, Workspace } from '../../src/core/workspace/workspace';
import { rekeyDatabaseFile } from '../../src/core/workspace/workspaceRekey';
import { temporaryFolders } from '../support/temporaryFolder';
import { administrator, createTestCore, workspaceEnvironment } from '../support/testCore';

// The OS keychain cannot run here: safeStorage is replaced by a reversible stand-in that marks
// what it wrapped, so the tests can tell a wrapped key from a plain one.
const keychain = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret' }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => keychain.backend,
    encryptString: (plain: string) =>
      Buffer.from(`wrapped:${Buffer.from(plain).reverse().toString('base64')}`),
    decryptString: (wrapped: Buffer) => {
      const text = wrapped.toString();
      if (!text.startsWith('wrapped:')) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(text.slice('wrapped:'.length), 'base64').reverse().toString();
    },
  },
}));

const { safeStorageKeyProvider, wrappedKeyFileName, pendingKeyFileName } = await import(
  '../../src/main/safeStorageKeyProvider'
);
const newTemporaryFolder = temporaryFolders();

beforeEach(() => {
  keychain.available = true;
  keychain.backend = 'gnome_libsecret';
});

describe('the desktop key provider', () => {
  it('mints a random 256-bit key per workspace and stores it only wrapped by the keychain', async () => {
    const provider = safeStorageKeyProvider({});
    const first = await provider.keyForNewWorkspace(join(newTemporaryFolder(), 'a'));
    const second = await provider.keyForNewWorkspace(join(newTemporaryFolder(), 'b'));
    expect(first.kind).toBe('raw');
    if (first.kind !== 'raw' || second.kind !== 'raw') return;
    expect(first.keyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(first.keyHex).not.toBe(second.keyHex);
  });

  it('creates a workspace whose key file is wrapped and readable by this user only, then reopens it', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const environment = workspaceEnvironment(safeStorageKeyProvider({}));
    const created = await Workspace.create(environment, {
      dataDir,
      distributorName: 'Abidjan Credit',
      baseCurrency: 'XOF',
    });
    created.close();
    const keyFile = join(dataDir, wrappedKeyFileName);
    const stored = readFileSync(keyFile, 'utf8');
    expect(stored.startsWith('wrapped:')).toBe(true);
    expect(stored).not.toMatch(/[0-9a-f]{64}/);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o077).toBe(0);
    const reopened = await Workspace.open(environment, dataDir);
    expect(reopened.summary().distributorName).toBe('Abidjan Credit');
    reopened.close();
  });

  it("refuses Linux's basic_text backend unless the administrator opts in", async () => {
    keychain.backend = 'basic_text';
    const dataDir = join(newTemporaryFolder(), 'ws');
    const refused = await safeStorageKeyProvider({})
      .keyForNewWorkspace(dataDir)
      .catch((error: unknown) => error);
    if (process.platform === 'linux') {
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).reason).toBe('keychain_basic_text');
      expect((refused as AppError).message).toContain('AIRLEDGER_ALLOW_BASIC_TEXT_KEYSTORE=1');
      expect(existsSync(join(dataDir, wrappedKeyFileName))).toBe(false);
      const accepted = await safeStorageKeyProvider({
        AIRLEDGER_ALLOW_BASIC_TEXT_KEYSTORE: '1',
      }).keyForNewWorkspace(dataDir);
      expect(accepted.kind).toBe('raw');
    }
  });

  it('refuses when no keychain is available at all', async () => {
    keychain.available = false;
    await expect(safeStorageKeyProvider({}).keyForExistingWorkspace(newTemporaryFolder())).rejects.toThrow(
      'The system keychain is not available',
    );
  });

  it('says the key file is missing, or was wrapped for someone else', async () => {
    const dataDir = newTemporaryFolder();
    await expect(safeStorageKeyProvider({}).keyForExistingWorkspace(dataDir)).rejects.toThrow(
      /key file .* is missing/,
    );
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dataDir, wrappedKeyFileName), 'sealed by another account');
    await expect(safeStorageKeyProvider({}).keyForExistingWorkspace(dataDir)).rejects.toThrow(
      /keychain cannot unlock/,
    );
  });
});

/** A provider that hands out one fixed key: the desktop's key as it was before a change. */
function fixedKeyProvider(key: DatabaseKey): KeyProvider {
  return {
    source: 'the old key',
    keyForNewWorkspace: async () => key,
    keyForExistingWorkspace: async () => key,
  };
}

async function createDesktopWorkspace(dataDir: string) {
  const core = createTestCore(dataDir, safeStorageKeyProvider({}));
  const created = await core.call(
    'workspace.create',
    { distributorName: 'Abidjan Credit', baseCurrency: 'XOF' },
    administrator,
  );
  expect(created.ok).toBe(true);
  return core;
}

describe("the desktop's change of key", () => {
  it('mints a new random key, wrapped in the keychain, and the workspace reopens with it while the old key no longer opens it', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const core = await createDesktopWorkspace(dataDir);
    const oldKey = await safeStorageKeyProvider({}).keyForExistingWorkspace(dataDir);
    const wrappedBefore = readFileSync(join(dataDir, wrappedKeyFileName));

    const withPassphrase = await core.call(
      'workspace.rekey',
      {
        newPassphrase: 'a passphrase the desktop does not use',
        newPassphraseRepeated: 'a passphrase the desktop does not use',
      },
      administrator,
    );
    expect(withPassphrase).toMatchObject({
      ok: false,
      error: { code: 'bad_input', reason: 'passphrase_not_used' },
    });

    const changed = await core.call('workspace.rekey', {}, administrator);
    expect(changed).toMatchObject({ ok: true, value: { keyStorage: expect.stringContaining('keychain') } });
    expect(await core.call('workspace.status', {}, administrator)).toMatchObject({
      ok: true,
      value: { state: 'open' },
    });
    await core.close();

    expect(readFileSync(join(dataDir, wrappedKeyFileName)).equals(wrappedBefore)).toBe(false);
    expect(existsSync(join(dataDir, pendingKeyFileName))).toBe(false);
    const newKey = await safeStorageKeyProvider({}).keyForExistingWorkspace(dataDir);
    expect(newKey.kind === 'raw' && oldKey.kind === 'raw' && newKey.keyHex !== oldKey.keyHex).toBe(true);
    const refused = await Workspace.open(workspaceEnvironment(fixedKeyProvider(oldKey)), dataDir).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).reason).toBe('wrong_key');
    const reopened = await Workspace.open(workspaceEnvironment(safeStorageKeyProvider({})), dataDir);
    expect(reopened.summary().distributorName).toBe('Abidjan Credit');
    reopened.close();
  });

  it('cut off after the rekey, opens with the pending wrapped key and puts it in place of airledger.key', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await (await createDesktopWorkspace(dataDir)).close();
    const provider = safeStorageKeyProvider({});
    const oldKey = await provider.keyForExistingWorkspace(dataDir);
    const rotation = await provider.beginRotation?.(dataDir, undefined);
    if (rotation === undefined) throw new Error('the desktop changes keys');
    const crash = new Error('the app was killed before the rename');
    await expect(
      rekeyDatabaseFile(
        databasePath(dataDir),
        oldKey,
        { ...rotation, commit: () => Promise.reject(crash) },
        provider.source,
      ),
    ).rejects.toBe(crash);
    expect(existsSync(join(dataDir, pendingKeyFileName))).toBe(true);

    const reopened = await Workspace.open(workspaceEnvironment(safeStorageKeyProvider({})), dataDir);
    reopened.close();
    expect(existsSync(join(dataDir, pendingKeyFileName))).toBe(false);
    expect(await safeStorageKeyProvider({}).keyForExistingWorkspace(dataDir)).toEqual(rotation.newKey);
  });

  it('asks for a passphrase of its own before a backup, since its key never leaves the keychain', async () => {
    const folder = newTemporaryFolder();
    const core = await createDesktopWorkspace(join(folder, 'ws'));
    try {
      const refused = await core.call(
        'workspace.backup',
        { destination: join(folder, 'a.alb') },
        administrator,
      );
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'bad_input', reason: 'backup_passphrase_needed' },
      });
      const passphrase = 'backup passphrase for the desk';
      const written = await core.call(
        'workspace.backup',
        { destination: join(folder, 'b.alb'), passphrase, passphraseRepeated: passphrase },
        administrator,
      );
      expect(written).toMatchObject({
        ok: true,
        value: { manifest: { encryptedWith: 'backup_passphrase' } },
      });
    } finally {
      await core.close();
    }
  });
});
