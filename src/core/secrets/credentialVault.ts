import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../appError';
import type { DatabaseKey } from '../workspace/databaseKey';
import { twinSourceOf } from '../workspace/openEncryptedDatabase';
import { derivationFor, deriveKeyEncryptionKey, newDerivationSalt } from './keyEncryptionKey';
import { openSealedBytes, openSealedText, sealBytes, sealingKeyBytes, sealText } from './sealedValue';

interface WrappingRow {
  id: string;
  derivation: string;
  salt: string;
  wrapped_key: string;
}

const wrappingContext = (id: string) => `airledger:credential_keys:${id}`;

/**
 * Seals the secrets a workspace keeps in its rows (an operator's client secret and API key) with
 * AES-256-GCM under a random data key. The data key is stored wrapped under a key derived from the
 * database key, so a secret is unreadable in any row, dump or plaintext export, and is opened only
 * when the operator client asks for it. Changing the database key re-wraps the one data key; the
 * sealed values stay as they are.
 */
export class CredentialVault {
  private dataKey: Buffer | null = null;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The key this connection was opened with: credentials are bound to it. */
  private databaseKey(): DatabaseKey {
    const key = twinSourceOf(this.sqlite)?.key;
    if (key === undefined || key === null) {
      throw new Error('sealed credentials need a connection opened with a database key');
    }
    return key;
  }

  private wrappings(): WrappingRow[] {
    // Newest first: after a crash between a rekey and its clean-up, the newest wrapping is the one that opens.
    return this.sqlite
      .prepare(
        'SELECT id, derivation, salt, wrapped_key FROM credential_keys ORDER BY created_at DESC, id DESC',
      )
      .all() as WrappingRow[];
  }

  private unwrap(row: WrappingRow, key: DatabaseKey): Buffer | null {
    try {
      const keyEncryptionKey = deriveKeyEncryptionKey(
        key,
        row.derivation,
        Buffer.from(row.salt, 'base64url'),
      );
      return openSealedBytes(row.wrapped_key, keyEncryptionKey, wrappingContext(row.id));
    } catch {
      return null;
    }
  }

  private insertWrapping(dataKey: Buffer, key: DatabaseKey): void {
    const id = uuidv7();
    const derivation = derivationFor(key);
    const salt = newDerivationSalt();
    const keyEncryptionKey = deriveKeyEncryptionKey(key, derivation, salt);
    this.sqlite
      .prepare(
        'INSERT INTO credential_keys (id, derivation, salt, wrapped_key, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        id,
        derivation,
        salt.toString('base64url'),
        sealBytes(dataKey, keyEncryptionKey, wrappingContext(id)),
        this.clock(),
      );
  }

  /** The data key, unwrapped once per connection; null when the workspace has none yet. */
  private existingDataKey(): Buffer | null {
    if (this.dataKey !== null) return this.dataKey;
    const rows = this.wrappings();
    if (rows.length === 0) return null;
    const key = this.databaseKey();
    for (const row of rows) {
      const dataKey = this.unwrap(row, key);
      if (dataKey !== null) {
        this.dataKey = dataKey;
        return dataKey;
      }
    }
    throw new AppError(
      'business_rule',
      "The operator credentials stored in this workspace cannot be decrypted with the workspace's key; connect the operator again to store them anew.",
      { reason: 'credentials_unreadable' },
    );
  }

  /**
   * Makes sure a data key exists. Called outside the transaction that seals with it, so that a
   * rolled-back transaction can never leave values sealed under a key that was not stored.
   */
  ensureDataKey(): void {
    if (this.existingDataKey() !== null) return;
    const dataKey = randomBytes(sealingKeyBytes);
    this.insertWrapping(dataKey, this.databaseKey());
    if (!this.sqlite.inTransaction) this.dataKey = dataKey;
  }

  private requireDataKey(): Buffer {
    const dataKey = this.existingDataKey();
    if (dataKey === null) throw new Error('ensureDataKey() must run before sealing');
    return dataKey;
  }

  /** Seals `plain`; `context` names the row and column it is stored in. */
  seal(plain: string, context: string): string {
    return sealText(plain, this.requireDataKey(), context);
  }

  open(sealed: string, context: string): string {
    try {
      return openSealedText(sealed, this.requireDataKey(), context);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(
        'business_rule',
        `A stored credential (${context}) does not decrypt: it was altered or copied from elsewhere. Connect the operator again to store it anew.`,
        { reason: 'credentials_unreadable' },
      );
    }
  }

  /** Wrappings stored: one normally, two during a change of database key. */
  wrappingCount(): number {
    return (this.sqlite.prepare('SELECT count(*) AS n FROM credential_keys').get() as { n: number }).n;
  }

  /**
   * Before the database is rekeyed: the data key wrapped under the next key as well, so whichever
   * key the database ends up with (a crash may stop the rekey) still opens the credentials.
   */
  wrapForNextKey(next: DatabaseKey): void {
    const dataKey = this.existingDataKey();
    if (dataKey !== null) this.insertWrapping(dataKey, next);
  }

  /** After a rekey (or at open, after a crash in one): drops the wrappings this key cannot open. */
  dropStaleWrappings(): number {
    const rows = this.wrappings();
    if (rows.length <= 1) return 0;
    const key = this.databaseKey();
    const stale = rows.filter((row) => this.unwrap(row, key) === null);
    // Never drop them all: a workspace whose key opens none keeps them for someone to investigate.
    if (stale.length === rows.length) return 0;
    const remove = this.sqlite.prepare('DELETE FROM credential_keys WHERE id = ?');
    this.sqlite.transaction(() => {
      for (const row of stale) remove.run(row.id);
    })();
    return stale.length;
  }
}
