/**
 * Worker thread of the background checkpointer: folds the write-ahead log back into the database
 * file through its own connection, every few milliseconds, until told to stop. It never writes rows;
 * a PASSIVE checkpoint copies what is committed and never blocks the writer.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { openWritableTwin, type TwinSource } from './openEncryptedDatabase';

export interface WalCheckpointJob {
  source: TwinSource;
  intervalMs: number;
  /** Shared with the starting thread; the slots are named in `checkpointSlots`. */
  control: Int32Array;
}

/** The slots of `WalCheckpointJob.control`. */
export const checkpointSlots = { stopRequested: 0, state: 1, checkpointsRun: 2 } as const;
export const checkpointStates = { starting: 0, running: 1, stopped: 2, failed: 3 } as const;

export interface WalCheckpointFailure {
  kind: 'failed';
  message: string;
}

function run(job: WalCheckpointJob): void {
  const { control } = job;
  const setState = (state: number) => {
    Atomics.store(control, checkpointSlots.state, state);
    Atomics.notify(control, checkpointSlots.state);
  };
  let sqlite: ReturnType<typeof openWritableTwin> | undefined;
  try {
    sqlite = openWritableTwin(job.source);
    setState(checkpointStates.running);
    while (Atomics.load(control, checkpointSlots.stopRequested) === 0) {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      Atomics.add(control, checkpointSlots.checkpointsRun, 1);
      // Sleeps until the next round, or until the owner asks it to stop.
      Atomics.wait(control, checkpointSlots.stopRequested, 0, job.intervalMs);
    }
    sqlite.close();
    setState(checkpointStates.stopped);
  } catch (error) {
    if (sqlite?.open === true) sqlite.close();
    const failure: WalCheckpointFailure = {
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
    parentPort?.postMessage(failure);
    setState(checkpointStates.failed);
  }
}

if (!isMainThread) run(workerData as WalCheckpointJob);
