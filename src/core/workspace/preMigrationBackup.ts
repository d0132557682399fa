import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { workspaceUnavailable } from '../appError';
import { syncFile, syncFolder } from './durableFile';
import { applyMigrations, type JournalEntry, readSchemaState } from './schemaMigrations';

/** Where the copies taken before a schema upgrade are kept, inside the workspace folder. */
export const preMigrationBackupFolderName = 'backups';
/** How many of those copies are kept; older ones are removed once a new one is written. */
export const preMigrationBackupsKept = 3;

const backupNamePattern = /^airledger-before-(\d+)-to-(\d+)-(\d{8}T\d{9}Z)(?:-(\d+))?\.db$/;

export function preMigrationBackupFolder(dataDir: string): string {
  return join(dataDir, preMigrationBackupFolderName);
}

export interface MigrationAtOpen {
  sqlite: Database.Database;
  dataDir: string;
  /** The workspace's database file. */
  path: string;
  migrationsFolder: string;
  journal: JournalEntry[];
  clock: () => number;
}

/**
 * Applies the migrations a workspace lacks, after copying its encrypted file aside
 * (`<dataDir>/backups/airledger-before-<from>-to-<to>-<timestamp>.db`). Nothing pending: nothing
 * copied. The copy fails: nothing migrated. A migration fails: the file is left as the copy was
 * (its transaction rolled back, or the copy put back when it did not) and the error names the copy.
 * On a failure the connection is closed.
 */
export async function migrateWithBackup(request: MigrationAtOpen): Promise<void> {
  const { sqlite, journal } = request;
  const from = readSchemaState(sqlite, journal).versionApplied;
  const to = journal.length;
  // Nothing pending, or a database no migration has touched (nothing in it worth keeping).
  if (from >= to || from === 0) {
    applyMigrations(sqlite, request.migrationsFolder, journal);
    return;
  }
  let backupPath: string;
  try {
    foldWriteAheadLog(sqlite, request.dataDir);
    backupPath = await copyAside(request, from, to);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  await pruneOldBackups(preMigrationBackupFolder(request.dataDir)).catch(() => undefined);
  const schemaBefore = schemaFingerprint(sqlite);
  try {
    applyMigrations(sqlite, request.migrationsFolder, journal);
  } catch (error) {
    const rolledBack = schemaFingerprintOrNull(sqlite) === schemaBefore;
    sqlite.close();
    const outcome = rolledBack
      ? `it was left at schema ${from}`
      : await restoreCopy(backupPath, request.path).then(
          () => `the copy taken before it was put back, so it is at schema ${from}`,
          (restoreError: unknown) =>
            `putting the copy back failed too (${messageOf(restoreError)}): copy it over ${request.path} by hand`,
        );
    throw workspaceUnavailable(
      'migration_failed',
      `Upgrading the workspace at ${request.dataDir} from schema ${from} to ${to} failed (${messageOf(error)}); ${outcome}. The copy taken before the upgrade is ${backupPath}.`,
      error,
    );
  }
}

/** Folds the WAL back into the file, so the file alone holds every committed change. */
function foldWriteAheadLog(sqlite: Database.Database, dataDir: string): void {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result !== undefined && result.busy !== 0) {
    throw workspaceUnavailable(
      'backup_failed',
      `The workspace at ${dataDir} needs a schema upgrade, but another program is using it, so it cannot be copied aside first; close it there and open it again. Nothing was changed.`,
    );
  }
}

async function copyAside(request: MigrationAtOpen, from: number, to: number): Promise<string> {
  const folder = preMigrationBackupFolder(request.dataDir);
  const stamp = new Date(request.clock()).toISOString().replace(/[-:.]/g, '');
  const base = `airledger-before-${from}-to-${to}-${stamp}`;
  const partial = join(folder, `.${base}.partial`);
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await copyFile(request.path, partial, constants.COPYFILE_EXCL);
    await syncFile(partial);
    const [source, copy] = await Promise.all([stat(request.path), stat(partial)]);
    if (source.size !== copy.size) {
      throw new Error(`copied ${copy.size} of ${source.size} bytes`);
    }
    const destination = await freeName(folder, base);
    await rename(partial, destination);
    await syncFolder(folder);
    return destination;
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw workspaceUnavailable(
      'backup_failed',
      `The workspace at ${request.dataDir} needs a schema upgrade (${from} to ${to}), but it could not be copied aside first into ${folder} (${messageOf(error)}); free some space there or make it writable, then open it again. Nothing was changed.`,
      error,
    );
  }
}

/** `<base>.db`, or `<base>-2.db`... when a copy was already taken in the same millisecond. */
async function freeName(folder: string, base: string): Promise<string> {
  const names = new Set(await readdir(folder));
  let name = `${base}.db`;
  for (let n = 2; names.has(name); n += 1) name = `${base}-${n}.db`;
  return join(folder, name);
}

/** The copies taken before an upgrade, oldest first. */
export async function listPreMigrationBackups(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const order = (name: string) => {
    const match = backupNamePattern.exec(name);
    return match === null ? null : { name, stamp: match[3] ?? '', n: Number(match[4] ?? 1) };
  };
  return names
    .map(order)
    .filter((entry) => entry !== null)
    .sort((a, b) => (a.stamp === b.stamp ? a.n - b.n : a.stamp < b.stamp ? -1 : 1))
    .map((entry) => join(folder, entry.name));
}

async function pruneOldBackups(folder: string): Promise<void> {
  const backups = await listPreMigrationBackups(folder);
  for (const path of backups.slice(0, Math.max(0, backups.length - preMigrationBackupsKept))) {
    await rm(path, { force: true });
  }
}

/** Puts the copy back over the database file (closed), whole or not at all, and drops the WAL. */
async function restoreCopy(backupPath: string, path: string): Promise<void> {
  const temporary = `${path}.restoring`;
  try {
    await copyFile(backupPath, temporary);
    await syncFile(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  for (const suffix of ['-wal', '-shm']) await rm(path + suffix, { force: true });
  await syncFolder(dirname(path));
}

function schemaFingerprint(sqlite: Database.Database): string {
  const row = sqlite
    .prepare(
      "SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), char(10)) AS schema FROM (SELECT type, name, sql FROM sqlite_master ORDER BY type, name)",
    )
    .get() as { schema: string | null };
  return row.schema ?? '';
}

function schemaFingerprintOrNull(sqlite: Database.Database): string | null {
  try {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    return schemaFingerprint(sqlite);
  } catch {
    return null;
  }
}

/** An error's message and its causes' (drizzle wraps SQLite's own message), on one line. */
function messageOf(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; current !== undefined && parts.length < 4; ) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ').replace(/\s+/g, ' ').trim();
}
