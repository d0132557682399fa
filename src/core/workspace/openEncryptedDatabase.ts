import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { workspaceUnavailable } from '../appError';
import { type DatabaseKey, keyPragmaValue } from './databaseKey';

type SqliteDatabase = Database.Database;
const plainSqliteHeader = 'SQLite format 3\u0000';
const busyTimeoutMs = 5000;

/**
 * Opens (or creates) a SQLCipher-compatible encrypted database and proves the key by reading the
 * schema. Nothing is written before that proof, so a wrong key or a foreign file is left untouched.
 */
export function openEncryptedDatabase(
  path: string,
  key: DatabaseKey,
  options: { create: boolean; keySource: string },
): SqliteDatabase {
  let sqlite: SqliteDatabase;
  try {
    sqlite = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw workspaceUnavailable('cannot_open', `Cannot open ${path}: ${(error as Error).message}.`, error);
  }
  applyKey(sqlite, path, key, options.keySource);
  twinSources.set(sqlite, { path, key, keySource: options.keySource });
  return sqlite;
}

/**
 * What opening the same file again takes. Kept per connection (never exported through the ledger's
 * API) so that work moved to another thread, like verify's chain hashing, can open a read-only twin
 * of a workspace's database: the key stays with the connection it opened.
 */
export interface TwinSource {
  readonly path: string;
  /** Null for a plain SQLite file: only the benchmarks' unencrypted baseline is one. */
  readonly key: DatabaseKey | null;
  readonly keySource: string;
}

const twinSources = new WeakMap<SqliteDatabase, TwinSource>();

/** How to open a read-only twin of `sqlite`; undefined when it was not opened by openEncryptedDatabase. */
export function twinSourceOf(sqlite: SqliteDatabase): TwinSource | undefined {
  return sqlite.open ? twinSources.get(sqlite) : undefined;
}

/** A second, read-only connection to an encrypted database another connection has open. */
export function openReadOnlyTwin(source: TwinSource): SqliteDatabase {
  return openTwin(source, true);
}

/** A second connection that may write: the background checkpointer folds the WAL back through it. */
export function openWritableTwin(source: TwinSource): SqliteDatabase {
  return openTwin(source, false);
}

function openTwin(source: TwinSource, readonly: boolean): SqliteDatabase {
  let sqlite: SqliteDatabase;
  try {
    sqlite = new Database(source.path, { readonly, fileMustExist: true });
  } catch (error) {
    throw workspaceUnavailable(
      'cannot_open',
      `Cannot open ${source.path}: ${(error as Error).message}.`,
      error,
    );
  }
  if (source.key !== null) applyKey(sqlite, source.path, source.key, source.keySource);
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return sqlite;
}

/** Lets a plain SQLite connection have twins too: the benchmarks give their unencrypted baseline the same threads. */
export function registerPlainTwinSource(sqlite: SqliteDatabase, path: string): void {
  twinSources.set(sqlite, { path, key: null, keySource: 'none (a plain file)' });
}

/** Keys a fresh connection and proves the key by reading the schema; closes it on failure. */
function applyKey(sqlite: SqliteDatabase, path: string, key: DatabaseKey, keySource: string): void {
  try {
    sqlite.pragma(`cipher='sqlcipher'`);
    sqlite.pragma('legacy=4');
    sqlite.pragma(`key=${keyPragmaValue(key)}`);
    sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (error) {
    sqlite.close();
    throw classifyOpenFailure(path, error, keySource);
  }
}

/** Settings every connection gets once the key is proven. */
export function applyConnectionSettings(sqlite: SqliteDatabase): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // Every page read from the encrypted file is decrypted: a 64 MB cache (SQLite's default is 2 MB) keeps
  // the report rollups and hot ledger pages decrypted between calls. It is a ceiling, not an allocation.
  sqlite.pragma(`cache_size = -${pageCacheKibibytes}`);
}

const pageCacheKibibytes = 64 * 1024;

/** The first bytes of a file, to tell a plain SQLite file or a text file from an encrypted one. */
export function readFileHeader(path: string, byteCount: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(byteCount);
    const bytesRead = readSync(fd, buffer, 0, byteCount, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

function classifyOpenFailure(path: string, error: unknown, keySource: string) {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    const sizeBytes = statSync(path).size;
    const header = readFileHeader(path, 512);
    if (header.toString('latin1', 0, plainSqliteHeader.length) === plainSqliteHeader) {
      return workspaceUnavailable(
        'not_encrypted',
        `${path} is a plain, unencrypted SQLite file, not an Airledger workspace; it was left untouched.`,
        error,
      );
    }
    if (sizeBytes === 0 || sizeBytes % 512 !== 0 || looksLikeText(header)) {
      return workspaceUnavailable(
        'not_a_database',
        `${path} is not an Airledger database (another kind of file, or a damaged one); it was left untouched.`,
        error,
      );
    }
    return workspaceUnavailable(
      'wrong_key',
      `The key from ${keySource} does not open the workspace at ${path}: wrong key, or a damaged file. Nothing was changed.`,
      error,
    );
  }
  return workspaceUnavailable('cannot_open', `Cannot open ${path}: ${(error as Error).message}.`, error);
}

/** Encrypted pages look random; a file that is mostly printable ASCII is something else. */
function looksLikeText(header: Buffer): boolean {
  if (header.length === 0) return true;
  let printable = 0;
  for (const byte of header) {
    if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127)) printable += 1;
  }
  return printable / header.length > 0.95;
}
