/**
 * The key that opens a workspace's database. A passphrase goes through SQLCipher's key derivation;
 * a raw key (the desktop's random 256-bit key) is used as is.
 */
export type DatabaseKey =
  | { readonly kind: 'passphrase'; readonly passphrase: string }
  | { readonly kind: 'raw'; readonly keyHex: string };

export const rawKeyBytes = 32;
export const passphraseLengthMin = 8;

/**
 * A change of a workspace's key under way (see workspaceRekey.ts for the order of its steps). The
 * host keeps the new key as pending from the start, so a crash at any point leaves a key that opens
 * the database.
 */
export interface KeyRotation {
  /** The key the database is rekeyed to. */
  readonly newKey: DatabaseKey;
  /** Where the new key lives once committed, for the person who changed it. */
  readonly keyStorageNote: string;
  /** After the database has been rekeyed and opened with `newKey`: the new key becomes the current one. */
  commit(): Promise<void>;
  /** When the rekey failed before it happened: the database still opens with the old key. */
  abandon(): Promise<void>;
}

/** A key a rotation left pending (a crash between the rekey and its commit). */
export interface PendingKey {
  readonly key: DatabaseKey;
  /** It opened the database: make it the current key. */
  confirm(): Promise<void>;
}

/** Supplies keys for workspaces; each host (desktop, CLI, browser mode) brings its own. */
export interface KeyProvider {
  /** Where keys come from, for messages: "the AIRLEDGER_DB_KEY environment variable". */
  readonly source: string;
  /** The key for a workspace about to be created (the desktop mints and stores one here). */
  keyForNewWorkspace(dataDir: string): Promise<DatabaseKey>;
  /** The key for an existing workspace; throws a workspace_unavailable AppError when there is none. */
  keyForExistingWorkspace(dataDir: string): Promise<DatabaseKey>;
  /**
   * Starts changing a workspace's key. Hosts keyed by passphrase need `newPassphrase`; the desktop
   * mints a random key and refuses one. Absent: this host cannot change keys.
   */
  beginRotation?(dataDir: string, newPassphrase: string | undefined): Promise<KeyRotation>;
  /** The key a rotation left pending, if any: tried when the current key no longer opens the workspace. */
  pendingKey?(dataDir: string): Promise<PendingKey | null>;
}

/** The SQL literal for `PRAGMA key`, quoting a passphrase safely. */
export function keyPragmaValue(key: DatabaseKey): string {
  if (key.kind === 'raw') {
    if (!/^[0-9a-f]{64}$/.test(key.keyHex))
      throw new Error('raw database key must be 64 lowercase hex digits');
    return `"x'${key.keyHex}'"`;
  }
  return `'${key.passphrase.replaceAll("'", "''")}'`;
}
