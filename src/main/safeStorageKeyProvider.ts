import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { AppError, workspaceUnavailable } from '../core/appError';
import {
  type DatabaseKey,
  type KeyProvider,
  type KeyRotation,
  type PendingKey,
  rawKeyBytes,
} from '../core/workspace/databaseKey';
import { syncFolder, writeFileDurably } from '../core/workspace/durableFile';

/** The wrapped key file beside the database. Useless without this user's OS keychain. */
export const wrappedKeyFileName = 'airledger.key';
/** The next key of a change of key under way, wrapped the same way, until it replaces the current one. */
export const pendingKeyFileName = 'airledger.key.next';
/** Setting this to 1 accepts Linux's basic_text backend, which protects the key with a fixed password. */
export const allowBasicTextKeystoreVariable = 'AIRLEDGER_ALLOW_BASIC_TEXT_KEYSTORE';

function assertKeychainUsable(env: NodeJS.ProcessEnv): void {
  if (!safeStorage.isEncryptionAvailable()) {
    throw workspaceUnavailable(
      'keychain_unavailable',
      "The system keychain is not available, so the workspace's key cannot be protected.",
    );
  }
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    if (env[allowBasicTextKeystoreVariable] !== '1') {
      throw workspaceUnavailable(
        'keychain_basic_text',
        `No desktop keychain (GNOME Keyring or KWallet) is running, so the key would be stored almost in clear. Start one, or set ${allowBasicTextKeystoreVariable}=1 to accept that risk.`,
      );
    }
  }
}

/**
 * The desktop's key provider: each workspace gets a random 256-bit key, wrapped with the OS
 * keychain through safeStorage and stored beside its database.
 */
export function safeStorageKeyProvider(env: NodeJS.ProcessEnv = process.env): KeyProvider {
  return {
    source: 'the keychain-protected key file',
    async keyForNewWorkspace(dataDir: string): Promise<DatabaseKey> {
      assertKeychainUsable(env);
      const keyPath = join(dataDir, wrappedKeyFileName);
      if (existsSync(keyPath)) {
        throw new AppError(
          'business_rule',
          `A key file already exists at ${keyPath}; open that workspace instead.`,
          {
            reason: 'workspace_exists',
          },
        );
      }
      const keyHex = randomBytes(rawKeyBytes).toString('hex');
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(keyPath, safeStorage.encryptString(keyHex), { mode: 0o600, flag: 'wx' });
      return { kind: 'raw', keyHex };
    },
    async keyForExistingWorkspace(dataDir: string): Promise<DatabaseKey> {
      assertKeychainUsable(env);
      const keyPath = join(dataDir, wrappedKeyFileName);
      if (!existsSync(keyPath)) {
        throw workspaceUnavailable(
          'key_missing',
          `The workspace's key file ${keyPath} is missing; restore it from a backup.`,
        );
      }
      return unwrapKeyFile(keyPath);
    },

    /**
     * A new random key, wrapped and written beside the current one as airledger.key.next before the
     * database is rekeyed, renamed over airledger.key after. A crash before the rekey completes leaves
     * the current key valid (the pending one is overwritten by the next change); a crash after it
     * leaves the pending key, which opening tries when the current one fails, then promotes.
     */
    async beginRotation(dataDir: string, newPassphrase: string | undefined): Promise<KeyRotation> {
      assertKeychainUsable(env);
      if (newPassphrase !== undefined) {
        throw new AppError(
          'bad_input',
          "The desktop app keys its workspace with a random key kept in this computer's keychain: changing it takes no passphrase.",
          { reason: 'passphrase_not_used' },
        );
      }
      const keyHex = randomBytes(rawKeyBytes).toString('hex');
      const pendingPath = join(dataDir, pendingKeyFileName);
      await writeFileDurably(pendingPath, safeStorage.encryptString(keyHex));
      return {
        newKey: { kind: 'raw', keyHex },
        keyStorageNote: `A new random key, kept wrapped by this computer's keychain in ${join(dataDir, wrappedKeyFileName)}.`,
        commit: () => promotePendingKey(dataDir),
        abandon: () => rm(pendingPath, { force: true }),
      };
    },

    async pendingKey(dataDir: string): Promise<PendingKey | null> {
      const pendingPath = join(dataDir, pendingKeyFileName);
      if (!existsSync(pendingPath)) return null;
      assertKeychainUsable(env);
      return { key: unwrapKeyFile(pendingPath), confirm: () => promotePendingKey(dataDir) };
    },
  };
}

function unwrapKeyFile(keyPath: string): DatabaseKey {
  let keyHex: string;
  try {
    keyHex = safeStorage.decryptString(readFileSync(keyPath));
  } catch (error) {
    throw workspaceUnavailable(
      'key_unwrap_failed',
      `This computer's keychain cannot unlock ${keyPath} (it was made for another user or machine).`,
      error,
    );
  }
  return { kind: 'raw', keyHex };
}

/** The pending key replaces the current one in one rename. */
async function promotePendingKey(dataDir: string): Promise<void> {
  await rename(join(dataDir, pendingKeyFileName), join(dataDir, wrappedKeyFileName));
  await syncFolder(dataDir);
}
