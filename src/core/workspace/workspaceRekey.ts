import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import { CredentialVault } from '../secrets/credentialVault';
import type { DatabaseKey, KeyRotation } from './databaseKey';
import { keyPragmaValue } from './databaseKey';
import { openEncryptedDatabase } from './openEncryptedDatabase';

export interface RekeyOutcome {
  /** Where the new key now lives (from the host), for the person who changed it. */
  keyStorageNote: string;
  /** Data-key wrappings re-made for the sealed operator credentials (0 when none are stored). */
  credentialWrappings: number;
}

/** Connections the rekey holds wait this long for nobody; anyone else on the file is a refusal. */
const busyTimeoutMs = 0;

/**
 * Changes the key of a closed workspace's database file, in an order where a crash at any point
 * leaves one key that opens it, and the host knows that key:
 * 1. The host has stored the new key as pending (`rotation`; the desktop writes airledger.key.next).
 * 2. One connection with the old key, alone on the file (anyone else makes it refuse): the
 *    write-ahead log folded back and rollback-journal mode, which `PRAGMA rekey` needs (it rewrites
 *    every page in one transaction; in WAL mode SQLite3 Multiple Ciphers would keep the old salt).
 * 3. The sealed credentials' data key wrapped under the new key too (one committed row).
 * 4. `PRAGMA rekey`. Killed midway, the next open rolls its journal back (the journal holds pages
 *    encrypted under the old key, never plain ones): the old key still opens the file.
 * 5. The file opened afresh with the new key and checked; the old key's wrapping dropped; WAL again.
 * 6. `rotation.commit()`: the new key becomes the current one (the desktop renames it over airledger.key).
 * A crash between 4 and 6 leaves a file the current key no longer opens: opening it tries the
 * pending key, which opens it, and promotes it (`openWithProvidedKey`).
 */
export async function rekeyDatabaseFile(
  path: string,
  oldKey: DatabaseKey,
  rotation: KeyRotation,
  keySource: string,
): Promise<RekeyOutcome> {
  let rekeyed = false;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openEncryptedDatabase(path, oldKey, { create: false, keySource });
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Sorting and temporary tables stay in memory: nothing of the workspace goes to a plain temp file.
    sqlite.pragma('temp_store = MEMORY');
    leaveWalMode(sqlite, path);
    const vault = new CredentialVault(sqlite);
    const hadCredentials = vault.wrappingCount() > 0;
    vault.wrapForNextKey(rotation.newKey);
    sqlite.pragma(`rekey = ${keyPragmaValue(rotation.newKey)}`);
    rekeyed = true;
    sqlite.close();

    sqlite = openEncryptedDatabase(path, rotation.newKey, { create: false, keySource: 'the new key' });
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the rekeyed database failed its check: ${String(check)}`);
    const newVault = new CredentialVault(sqlite);
    newVault.dropStaleWrappings();
    const credentialWrappings = hadCredentials ? newVault.wrappingCount() : 0;
    sqlite.pragma('journal_mode = WAL');
    sqlite.close();
    sqlite = undefined;
    await rotation.commit();
    return { keyStorageNote: rotation.keyStorageNote, credentialWrappings };
  } catch (error) {
    if (sqlite?.open === true) sqlite.close();
    // Before the rekey the old key is still the one: forget the pending key. After it, keep it: it
    // is the only key that opens the file until committed.
    if (!rekeyed) await rotation.abandon().catch(() => undefined);
    throw error;
  }
}

/** Folds the log back and leaves WAL mode; refuses when another connection has the file open. */
function leaveWalMode(sqlite: Database.Database, path: string): void {
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const mode = sqlite.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete')
      throw Object.assign(new Error(`journal mode stayed ${String(mode)}`), { code: 'SQLITE_BUSY' });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new AppError(
        'business_rule',
        `The workspace at ${path} is open in another Airledger (the app, a server or a command): close it there, then change the key. Nothing was changed.`,
        { reason: 'workspace_in_use', cause: error },
      );
    }
    throw error;
  }
}
