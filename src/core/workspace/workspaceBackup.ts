import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupManifest } from '../../contract/workspaceSecretSchemas';
import { AppError } from '../appError';
import type { DatabaseKey } from './databaseKey';
import { keyPragmaValue } from './databaseKey';
import { syncFile, syncFolder } from './durableFile';
import {
  openEncryptedDatabase,
  openReadOnlyTwin,
  readFileHeader,
  type TwinSource,
  twinSourceOf,
} from './openEncryptedDatabase';
import { type SnapshotJob, type SnapshotMessage, writeSnapshot } from './snapshotWorker';
import { locateWorkerScript } from './workerScript';
import type { Workspace } from './workspace';

/** The table inside a backup that holds its manifest; restore reads it, then drops it. */
export const backupManifestTable = 'airledger_backup_manifest';
const plainSqliteHeader = 'SQLite format 3';
/** How often a backup under way reports how far the snapshot has got. */
const progressEveryMs = 250;

export interface BackupProgress {
  stage: 'snapshot' | 'seal' | 'check';
  bytesWritten: number;
  bytesExpected: number;
}

export interface BackupRequest {
  /** The file to write; it must not exist, and its folder must. */
  destination: string;
  /** The backup's own passphrase; without one the workspace's key (a passphrase) encrypts it. */
  passphrase?: string | undefined;
  appVersion: string;
  onProgress?: ((progress: BackupProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Writes an encrypted backup of an open workspace: a consistent snapshot (`VACUUM INTO` on a worker
 * thread, from a read-only twin, so it is encrypted with the workspace's key as it is written), its
 * manifest added inside, re-encrypted with the backup's passphrase when one is given, checked by
 * opening it with the key it needs, then renamed into place. Every byte on disk is ciphertext from
 * the first page on, and a failure or cancel leaves no file behind.
 */
export async function backUpWorkspace(
  workspace: Workspace,
  request: BackupRequest,
): Promise<{
  path: string;
  sizeBytes: number;
  manifest: BackupManifest;
}> {
  const source = twinSourceOf(workspace.sqlite);
  if (source === undefined || source.key === null) {
    throw new Error('a backup needs a workspace opened with a database key');
  }
  const backupKey = keyOfBackup(source.key, request.passphrase);
  const destination = request.destination;
  if (existsSync(destination)) {
    throw new AppError(
      'bad_input',
      `${destination} already exists; choose another file name for the backup.`,
      {
        reason: 'destination_exists',
      },
    );
  }
  if (!existsSync(dirname(destination)) || !statSync(dirname(destination)).isDirectory()) {
    throw new AppError('bad_input', `The folder ${dirname(destination)} does not exist; create it first.`, {
      reason: 'destination_folder_missing',
    });
  }
  const summary = workspace.summary();
  const manifest: BackupManifest = {
    format: 'airledger-backup-1',
    appVersion: request.appVersion,
    schemaVersion: summary.schemaVersion,
    createdAt: new Date(workspace.clock()).toISOString(),
    source: {
      distributorName: summary.distributorName,
      baseCurrency: summary.baseCurrency,
      workspaceCreatedAt: summary.createdAt,
      dataDir: summary.dataDir,
    },
    encryptedWith: request.passphrase === undefined ? 'workspace_key' : 'backup_passphrase',
  };
  const pageSize = workspace.sqlite.pragma('page_size', { simple: true }) as number;
  const pagesUsed =
    (workspace.sqlite.pragma('page_count', { simple: true }) as number) -
    (workspace.sqlite.pragma('freelist_count', { simple: true }) as number);
  const bytesExpected = pageSize * pagesUsed;
  const temporary = join(
    dirname(destination),
    `.${basename(destination)}.${randomUUID().slice(0, 8)}.partial`,
  );
  const report = (stage: BackupProgress['stage'], bytesWritten: number) =>
    request.onProgress?.({ stage, bytesWritten, bytesExpected });
  try {
    await snapshotTo({ source, target: temporary }, request.signal, (bytes) => report('snapshot', bytes));
    report('seal', bytesExpected);
    sealBackup(temporary, source.key, backupKey, manifest);
    report('check', bytesExpected);
    checkBackup(temporary, backupKey);
    await syncFile(temporary);
    await rename(temporary, destination);
    await syncFolder(dirname(destination));
  } catch (error) {
    await removeWithJournal(temporary);
    throw error;
  }
  return { path: destination, sizeBytes: statSync(destination).size, manifest };
}

function keyOfBackup(workspaceKey: DatabaseKey, passphrase: string | undefined): DatabaseKey {
  if (passphrase !== undefined) return { kind: 'passphrase', passphrase };
  if (workspaceKey.kind === 'raw') {
    throw new AppError(
      'bad_input',
      "This workspace's key is kept by this computer's keychain and cannot open a backup anywhere else: give the backup a passphrase of its own.",
      { reason: 'backup_passphrase_needed' },
    );
  }
  return workspaceKey;
}

/** Runs the snapshot on a worker thread (inline where none can start), reporting the bytes written. */
async function snapshotTo(
  job: SnapshotJob,
  signal: AbortSignal | undefined,
  onBytes: (bytesWritten: number) => void,
): Promise<void> {
  signal?.throwIfAborted();
  onBytes(0);
  const script = locateWorkerScript(__dirname, 'workspaceSnapshotWorker.js', 'snapshotWorker.ts');
  if (script === undefined) {
    writeSnapshot(job);
    return;
  }
  const worker = new Worker(script.script, { eval: script.eval, workerData: job });
  const timer = setInterval(() => {
    if (existsSync(job.target)) onBytes(statSync(job.target).size);
  }, progressEveryMs);
  const cancel = () => void worker.terminate();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (message: SnapshotMessage) => {
        if (message.kind === 'done') resolve();
        else reject(snapshotFailure(message));
      });
      worker.once('error', reject);
      // After 'done' this changes nothing; before it, the worker was stopped (a cancel) or died.
      worker.once('exit', (code) =>
        reject(
          signal?.aborted === true
            ? new AppError('business_rule', 'The backup was cancelled; nothing was written.', {
                reason: 'cancelled',
              })
            : new Error(`the backup's snapshot worker stopped (exit code ${code}) before it finished`),
        ),
      );
    });
  } finally {
    clearInterval(timer);
    signal?.removeEventListener('abort', cancel);
    await worker.terminate();
  }
}

function snapshotFailure(message: Extract<SnapshotMessage, { kind: 'failed' }>): Error {
  if (message.code === 'SQLITE_FULL' || /disk is full|no space/i.test(message.message)) {
    return new AppError(
      'business_rule',
      `The backup did not fit on the disk: ${message.message}. Nothing was written.`,
      {
        reason: 'disk_full',
      },
    );
  }
  return Object.assign(new Error(`the backup's snapshot failed: ${message.message}`), { code: message.code });
}

/**
 * Adds the manifest inside the snapshot, then re-encrypts it with the backup's key if that is not
 * the workspace's (the snapshot is in rollback-journal mode, where a rekey is one transaction).
 */
function sealBackup(
  path: string,
  workspaceKey: DatabaseKey,
  backupKey: DatabaseKey,
  manifest: BackupManifest,
): void {
  const sqlite = openEncryptedDatabase(path, workspaceKey, {
    create: false,
    keySource: "the workspace's key",
  });
  try {
    sqlite.pragma('temp_store = MEMORY');
    sqlite.exec(
      `CREATE TABLE ${backupManifestTable} (id INTEGER PRIMARY KEY CHECK (id = 1), manifest_json TEXT NOT NULL)`,
    );
    sqlite
      .prepare(`INSERT INTO ${backupManifestTable} (id, manifest_json) VALUES (1, ?)`)
      .run(JSON.stringify(manifest));
    if (keyPragmaValue(backupKey) !== keyPragmaValue(workspaceKey)) {
      sqlite.pragma('journal_mode = DELETE');
      sqlite.pragma(`rekey = ${keyPragmaValue(backupKey)}`);
    }
  } finally {
    sqlite.close();
  }
}

/** Opens the finished backup with the key restoring it will need, and checks its pages and its header. */
function checkBackup(path: string, backupKey: DatabaseKey): void {
  const source: TwinSource = { path, key: backupKey, keySource: "the backup's key" };
  const sqlite = openReadOnlyTwin(source);
  try {
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the backup failed its check: ${String(check)}`);
  } finally {
    sqlite.close();
  }
  if (readFileHeader(path, 16).toString('latin1').startsWith(plainSqliteHeader)) {
    throw new Error('the backup was written in clear; it has been removed');
  }
}

/** The partial file of a backup to `destination` that is being written (or was cut short). */
function isPartialOf(destination: string, fileName: string): boolean {
  return fileName.startsWith(`.${basename(destination)}.`) && /\.partial(-journal)?$/.test(fileName);
}

/** Removes what a backup to `destination` cut short (Ctrl-C in the CLI) left behind: ciphertext, but clutter. */
export async function removePartialBackups(destination: string): Promise<void> {
  const folder = dirname(destination);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (isPartialOf(destination, name)) await rm(join(folder, name), { force: true }).catch(() => undefined);
  }
}

async function removeWithJournal(path: string): Promise<void> {
  for (const suffix of ['', '-journal', '-wal', '-shm']) await rm(path + suffix, { force: true });
}
