/**
 * Worker thread of a backup: writes a consistent snapshot of the workspace's database with
 * `VACUUM INTO` from a read-only twin, off the thread that serves calls (a large workspace takes
 * minutes). SQLite3 Multiple Ciphers encrypts the new file with the twin's cipher and key, so no
 * page reaches the disk in clear; temporary storage stays in memory for the same reason.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { openReadOnlyTwin, type TwinSource } from './openEncryptedDatabase';

export interface SnapshotJob {
  source: TwinSource;
  /** The file to create; it must not exist. */
  target: string;
}

export type SnapshotMessage = { kind: 'done' } | { kind: 'failed'; message: string; code: string | null };

/** Writes the snapshot; used by the worker, and inline where no worker can start. */
export function writeSnapshot(job: SnapshotJob): void {
  const sqlite = openReadOnlyTwin(job.source);
  try {
    sqlite.pragma('temp_store = MEMORY');
    sqlite.prepare('VACUUM INTO ?').run(job.target);
  } finally {
    sqlite.close();
  }
}

if (!isMainThread) {
  try {
    writeSnapshot(workerData as SnapshotJob);
    parentPort?.postMessage({ kind: 'done' } satisfies SnapshotMessage);
  } catch (error) {
    parentPort?.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      code: (error as { code?: string }).code ?? null,
    } satisfies SnapshotMessage);
  }
}
