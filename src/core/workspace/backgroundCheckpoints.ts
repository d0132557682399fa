import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { twinSourceOf } from './openEncryptedDatabase';
import {
  checkpointSlots,
  checkpointStates,
  type WalCheckpointFailure,
  type WalCheckpointJob,
} from './walCheckpointWorker';
import { locateWorkerScript } from './workerScript';

/** The worker's file in the build (`electron.vite.config.ts` builds it as an entry of its own). */
const builtWorkerFile = 'walCheckpointWorker.js';
const sourceWorkerFile = 'walCheckpointWorker.ts';
/** How often the worker folds the log back. */
const checkpointEveryMs = 250;
/**
 * The writer still checkpoints by itself once the log holds this many pages (4 KiB each): a safety
 * valve that bounds the log if the worker falls behind or fails. With the worker keeping up, the
 * pages it finds are already copied and that checkpoint costs little.
 */
const walPagesMax = 8192;
/** SQLite's own default, restored when the worker stops. */
const walPagesDefault = 1000;
/** Longest wait at stop for the worker to finish its round and close its connection. */
const stopWaitMsMax = 10_000;

/**
 * Checkpoints in a worker thread instead of on the writer's. In WAL mode every commit appends pages
 * to the log, and folding them back into the database file costs an encrypted workspace as much as
 * writing them (each page is decrypted from the log and encrypted again into the file): done inline
 * it takes about a third of the ledger's posting time. SQLite's documentation suggests exactly this
 * for applications that write a lot: disable the automatic checkpoint and run it from another thread.
 */
export class BackgroundCheckpoints {
  /** Why the worker stopped on its own, if it did. */
  failure: string | null = null;

  private constructor(
    private readonly sqlite: Database.Database,
    private readonly worker: Worker,
    private readonly control: Int32Array,
  ) {}

  /** Starts the worker for this connection's file; undefined when it cannot (no twin source, no worker file). */
  static start(
    sqlite: Database.Database,
    onFailure: (error: Error) => void = () => {},
  ): BackgroundCheckpoints | undefined {
    const source = twinSourceOf(sqlite);
    const script = locateWorkerScript(__dirname, builtWorkerFile, sourceWorkerFile);
    if (source === undefined || script === undefined) return undefined;
    const control = new Int32Array(new SharedArrayBuffer(4 * 3));
    const job: WalCheckpointJob = { source, intervalMs: checkpointEveryMs, control };
    let worker: Worker;
    try {
      worker = new Worker(script.script, { eval: script.eval, workerData: job });
    } catch {
      return undefined;
    }
    worker.unref();
    const checkpoints = new BackgroundCheckpoints(sqlite, worker, control);
    const failed = (error: Error) => {
      checkpoints.failure = error.message;
      checkpoints.restoreInlineCheckpoints();
      onFailure(error);
    };
    worker.on('message', (message: WalCheckpointFailure) => failed(new Error(message.message)));
    // An unhandled 'error' would end the process; the writer goes back to checkpointing inline.
    worker.on('error', failed);
    sqlite.pragma(`wal_autocheckpoint = ${walPagesMax}`);
    return checkpoints;
  }

  /** Checkpoints the worker has run so far. */
  checkpointsRun(): number {
    return Atomics.load(this.control, checkpointSlots.checkpointsRun);
  }

  /** Whether the worker is running (it may still be opening its connection right after start). */
  running(): boolean {
    return Atomics.load(this.control, checkpointSlots.state) === checkpointStates.running;
  }

  /**
   * Stops the worker and waits (synchronously, so a close can follow at once) until it has closed
   * its connection; the writer checkpoints inline again from here on.
   */
  stop(): void {
    Atomics.store(this.control, checkpointSlots.stopRequested, 1);
    Atomics.notify(this.control, checkpointSlots.stopRequested);
    const deadline = Date.now() + stopWaitMsMax;
    for (;;) {
      const state = Atomics.load(this.control, checkpointSlots.state);
      if (state === checkpointStates.stopped || state === checkpointStates.failed) break;
      const leftMs = deadline - Date.now();
      if (leftMs <= 0) break;
      Atomics.wait(this.control, checkpointSlots.state, state, leftMs);
    }
    void this.worker.terminate();
    this.restoreInlineCheckpoints();
  }

  private restoreInlineCheckpoints(): void {
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${walPagesDefault}`);
  }
}
