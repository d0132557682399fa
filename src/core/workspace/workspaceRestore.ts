import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import type { LedgerVerifyReport } from '../../contract/ledgerSchemas';
import { BackupManifest } from '../../contract/workspaceSecretSchemas';
import { AppError, workspaceUnavailable } from '../appError';
import { Ledger } from '../ledger/ledger';
import { type DatabaseKey, keyPragmaValue } from './databaseKey';
import { syncFile, syncFolder } from './durableFile';
import { openEncryptedDatabase, openReadOnlyTwin } from './openEncryptedDatabase';
import { type JournalEntry, readMigrationJournal, readSchemaState } from './schemaMigrations';
import { databasePath } from './workspace';
import { backupManifestTable } from './workspaceBackup';

export interface RestoreProgress {
  stage: 'check' | 'copy' | 'verify' | 'replace';
  bytesDone: number;
  bytesTotal: number;
}

export interface RestoreRequest {
  backupFile: string;
  /** What messages call the backup (a browser upload's own file name); the path when absent. */
  backupName?: string | undefined;
  dataDir: string;
  /** What opens the backup, and where it came from (for messages). */
  backupKey: DatabaseKey;
  backupKeySource: string;
  /** The key the restored workspace is to open with on this host. */
  workspaceKey: DatabaseKey;
  migrationsFolder: string;
  /** Replace a workspace that exists (it is kept beside, renamed). */
  force: boolean;
  now: () => number;
  onProgress?: ((progress: RestoreProgress) => void) | undefined;
}

export interface RestoreOutcome {
  /** Null for a bare copy of a workspace's database, which has none. */
  manifest: BackupManifest | null;
  schemaVersion: number;
  ledger: LedgerVerifyReport;
  /** Where the workspace that was replaced now is, if there was one. */
  previousKeptAs: string | null;
}

/**
 * Restores a backup (or a copy of a workspace's database) into a workspace folder. Nothing in the
 * folder changes until the backup has proven itself: it opens with the key given, its schema is
 * not newer than this build's, and, copied beside the workspace, its ledger chain verifies. The
 * copy is re-encrypted with this host's key if that differs, then takes the workspace's place in
 * one rename; a workspace already there is kept as airledger.db.before-restore-<time>. Only
 * ciphertext is ever written.
 */
export async function restoreWorkspace(request: RestoreRequest): Promise<RestoreOutcome> {
  const { backupFile, dataDir } = request;
  if (!existsSync(backupFile) || !statSync(backupFile).isFile()) {
    throw new AppError('bad_input', `There is no backup file at ${backupFile}.`, {
      reason: 'backup_not_found',
    });
  }
  const bytesTotal = statSync(backupFile).size;
  const report = (stage: RestoreProgress['stage'], bytesDone: number) =>
    request.onProgress?.({ stage, bytesDone, bytesTotal });
  const journal = readMigrationJournal(request.migrationsFolder);
  const target = databasePath(dataDir);

  report('check', 0);
  const { manifest, schemaVersion } = checkBackupFile(request, journal);
  if (existsSync(target) && !request.force) {
    throw new AppError(
      'business_rule',
      `A workspace already exists at ${dataDir}; pass --force to replace it (it is kept as ${target}.before-restore-<time>).`,
      { reason: 'workspace_exists' },
    );
  }
  await mkdir(dataDir, { recursive: true });

  const stamp = new Date(request.now())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const restoring = `${target}.restoring-${stamp}`;
  try {
    await copyWithProgress(backupFile, restoring, (bytes) => report('copy', bytes));
    report('verify', bytesTotal);
    const ledger = prepareCopy(restoring, request);
    await syncFile(restoring);
    report('replace', bytesTotal);
    // Only now, the backup proven, is the workspace there touched (its log folded back).
    if (existsSync(target)) assertNotInUse(target, request.workspaceKey);
    const previousKeptAs = await moveAside(target, stamp);
    await rename(restoring, target);
    await syncFolder(dataDir);
    return { manifest, schemaVersion, ledger, previousKeptAs };
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) await rm(restoring + suffix, { force: true });
    throw error;
  }
}

/** Opens the backup read-only with its key: a workspace, of a schema this build knows, whose pages check. */
function checkBackupFile(
  request: RestoreRequest,
  journal: JournalEntry[],
): { manifest: BackupManifest | null; schemaVersion: number } {
  let sqlite: Database.Database;
  try {
    sqlite = openReadOnlyTwin({
      path: request.backupFile,
      key: request.backupKey,
      keySource: request.backupKeySource,
    });
  } catch (error) {
    if (error instanceof AppError && error.reason === 'wrong_key') {
      throw workspaceUnavailable(
        'wrong_key',
        `The key from ${request.backupKeySource} does not open the backup ${request.backupName ?? request.backupFile}: it was made with another key, or with a passphrase of its own (give that one), or it is damaged. Nothing was changed.`,
        error,
      );
    }
    throw error;
  }
  try {
    const state = readSchemaState(sqlite, journal);
    const newestKnown = journal.at(-1)?.when ?? 0;
    if (state.versionApplied > journal.length || state.newest > newestKnown) {
      throw workspaceUnavailable(
        'newer_schema',
        `The backup ${request.backupName ?? request.backupFile} was made by a newer Airledger (schema ${state.versionApplied}, this version knows ${journal.length}); update Airledger to restore it. Nothing was changed.`,
      );
    }
    const isWorkspace = sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workspace_profile'")
      .get();
    if (state.versionApplied === 0 || isWorkspace === undefined) {
      throw workspaceUnavailable(
        'not_a_workspace',
        `${request.backupName ?? request.backupFile} opens, but it is not an Airledger workspace backup. Nothing was changed.`,
      );
    }
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw workspaceUnavailable(
        'backup_damaged',
        `The backup ${request.backupFile} is damaged (quick_check: ${String(check)}). Nothing was changed.`,
      );
    }
    return { manifest: readManifest(sqlite, request.backupFile), schemaVersion: state.versionApplied };
  } finally {
    sqlite.close();
  }
}

function readManifest(sqlite: Database.Database, backupFile: string): BackupManifest | null {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(backupManifestTable);
  if (table === undefined) return null;
  const row = sqlite.prepare(`SELECT manifest_json FROM ${backupManifestTable} WHERE id = 1`).get() as
    | { manifest_json: string }
    | undefined;
  const parsed = BackupManifest.safeParse(row === undefined ? null : JSON.parse(row.manifest_json));
  if (!parsed.success) {
    throw workspaceUnavailable(
      'backup_damaged',
      `The manifest inside ${backupFile} is not readable. Nothing was changed.`,
    );
  }
  return parsed.data;
}

/**
 * Refuses to replace a workspace another program has open. With this host's key the check is
 * exact: folding the log back and leaving WAL mode needs the file to itself (and leaves the copy
 * kept aside self-contained). A workspace this key does not open is judged by its log files.
 */
function assertNotInUse(target: string, key: DatabaseKey): void {
  const inUse = (cause?: unknown) =>
    new AppError(
      'business_rule',
      `The workspace at ${dirname(target)} is open in another Airledger (the app, a server or a command): close it there, then restore. Nothing was changed.`,
      { reason: 'workspace_in_use', cause },
    );
  let sqlite: Database.Database;
  try {
    sqlite = openEncryptedDatabase(target, key, { create: false, keySource: "this host's key" });
  } catch {
    if (existsSync(`${target}-wal`) || existsSync(`${target}-shm`)) throw inUse();
    return;
  }
  try {
    sqlite.pragma('busy_timeout = 0');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    if (sqlite.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw inUse();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw inUse(error);
    throw error;
  } finally {
    sqlite.close();
  }
}

async function copyWithProgress(from: string, to: string, onBytes: (bytes: number) => void): Promise<void> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      onBytes(bytes);
      callback(null, chunk);
    },
  });
  await pipeline(createReadStream(from), counter, createWriteStream(to, { flags: 'wx', mode: 0o600 }));
}

/**
 * On the copy: the ledger chain verified in full, the manifest dropped (the restored workspace is
 * the one that was backed up), and the key changed to this host's if the backup's differs.
 */
function prepareCopy(path: string, request: RestoreRequest): LedgerVerifyReport {
  const sqlite = openEncryptedDatabase(path, request.backupKey, {
    create: false,
    keySource: request.backupKeySource,
  });
  try {
    sqlite.pragma('temp_store = MEMORY');
    const ledger = new Ledger(sqlite, request.now).verifier.verify('full');
    if (!ledger.ok) {
      throw workspaceUnavailable(
        'backup_ledger_broken',
        `The ledger in ${request.backupFile} does not verify (${ledger.violations.length + ledger.violationsOmitted} problem(s), e.g. ${ledger.violations[0]?.message ?? 'see airledger verify'}); it was not restored.`,
      );
    }
    sqlite.pragma('journal_mode = DELETE');
    sqlite.exec(`DROP TABLE IF EXISTS ${backupManifestTable}`);
    if (keyPragmaValue(request.workspaceKey) !== keyPragmaValue(request.backupKey)) {
      sqlite.pragma(`rekey = ${keyPragmaValue(request.workspaceKey)}`);
    }
    return ledger;
  } finally {
    sqlite.close();
  }
}

/** Renames the workspace being replaced (and its log, if any) to airledger.db.before-restore-<time>. */
async function moveAside(target: string, stamp: string): Promise<string | null> {
  if (!existsSync(target)) return null;
  const keptAs = `${target}.before-restore-${stamp}`;
  await rename(target, keptAs);
  // Its log and journal go with it: left behind, SQLite would replay them into the restored file.
  for (const suffix of ['-wal', '-journal']) {
    if (existsSync(target + suffix)) await rename(target + suffix, keptAs + suffix);
  }
  await rm(`${target}-shm`, { force: true });
  return keptAs;
}
