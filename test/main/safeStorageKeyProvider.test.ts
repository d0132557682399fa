import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/core/appError';
import { Workspace } from '../../src/core/workspace/workspace';
import { temporaryFolders } from '../support/temporaryFolder';
import { workspaceEnvironment } from '../support/testCore';

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

const { safeStorageKeyProvider, wrappedKeyFileName } = await import('../../src/main/safeStorageKeyProvider');
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
