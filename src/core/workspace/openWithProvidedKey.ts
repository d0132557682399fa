import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import type { KeyProvider } from './databaseKey';
import { openEncryptedDatabase } from './openEncryptedDatabase';

/**
 * Opens an existing workspace's database with the key its host provides. When that key no longer
 * opens it and a change of key left a pending key (a crash between the rekey and its commit), the
 * pending key is tried, and made the current one if it opens the file.
 */
export async function openWithProvidedKey(
  provider: KeyProvider,
  dataDir: string,
  path: string,
): Promise<Database.Database> {
  const key = await provider.keyForExistingWorkspace(dataDir);
  const options = { create: false, keySource: provider.source };
  try {
    return openEncryptedDatabase(path, key, options);
  } catch (error) {
    if (!(error instanceof AppError) || error.reason !== 'wrong_key' || provider.pendingKey === undefined) {
      throw error;
    }
    const pending = await provider.pendingKey(dataDir).catch(() => null);
    if (pending === null) throw error;
    let sqlite: Database.Database;
    try {
      sqlite = openEncryptedDatabase(path, pending.key, options);
    } catch {
      throw error; // the message about the current key is the one that helps
    }
    await pending.confirm();
    return sqlite;
  }
}
