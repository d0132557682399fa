/**
 * The key that opens a workspace's database. A passphrase goes through SQLCipher's key derivation;
 * a raw key (the desktop's random 256-bit key) is used as is.
 */
export type DatabaseKey =
  | { readonly kind: 'passphrase'; readonly passphrase: string }
  | { readonly kind: 'raw'; readonly keyHex: string };

export const rawKeyBytes = 32;
export const passphraseLengthMin = 8;

/** Supplies keys for workspaces; each host (desktop, CLI, browser mode) brings its own. */
export interface KeyProvider {
  /** Where keys come from, for messages: "the AIRLEDGER_DB_KEY environment variable". */
  readonly source: string;
  /** The key for a workspace about to be created (the desktop mints and stores one here). */
  keyForNewWorkspace(dataDir: string): Promise<DatabaseKey>;
  /** The key for an existing workspace; throws a workspace_unavailable AppError when there is none. */
  keyForExistingWorkspace(dataDir: string): Promise<DatabaseKey>;
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
