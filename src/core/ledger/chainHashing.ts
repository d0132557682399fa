import { availableParallelism, loadavg } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { twinSourceOf } from '../workspace/openEncryptedDatabase';
import { locateWorkerScript } from '../workspace/workerScript';
import { ChunkClaims, chunkedSeqMax } from './chainChunks';
import type { ChainHashJob, ChainHashMessage } from './chainHashWorker';

/** The worker's file in the build (`electron.vite.config.ts` builds it as an entry of its own). */
const builtWorkerFile = 'ledgerChainHashWorker.js';
/** The same, as source, when running from TypeScript (tests, benchmarks, tsx). */
const sourceWorkerFile = 'chainHashWorker.ts';
/** Longest wait for any word from the worker before verify hashes the chain itself instead. */
const workerSilenceMsMax = 30_000;

/**
 * Whether another thread would find a core to run on: the last minute's load average leaves at
 * least half a core free. Sharing the chain with a worker costs about a third more CPU in all (both
 * connections read and decrypt the same pages), so it only pays when a core would otherwise idle.
 * Where the OS has no load average (Windows reports zeros), a free core is assumed.
 */
export function spareCoreLikely(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && (loadavg()[0] ?? 0) < cores - 0.5;
}

export interface ChainHashResult {
  /** Entries whose stored hash does not match their content, in chain order (the first ones). */
  mismatches: Array<[seq: number, id: string]>;
  mismatchCount: number;
}

/** Entries per chunk the worker and the main thread share out. */
const chunkEntries = 5_000;

/**
 * Verify's chain hashing on a worker thread over a read-only twin of the database, while the
 * caller replays balances. The worker takes chunks from the bottom of the chain; `finish()` takes
 * what is left from the top on the calling thread, then blocks (verify is synchronous) until the
 * worker has reported its chunks. Returns undefined when the worker failed or fell silent: the
 * caller then hashes the chain itself.
 */
export class ChainHashWorker {
  private readonly result: ChainHashResult = { mismatches: [], mismatchCount: 0 };
  /** Chunks the calling thread hashed itself. */
  chunksOnCaller = 0;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
    readonly claims: ChunkClaims,
    private readonly listedMax: number,
  ) {}

  /** Starts hashing entries 1..lastSeq; undefined when this connection has no twin or no worker can start. */
  static start(sqlite: Database.Database, lastSeq: number, listedMax: number): ChainHashWorker | undefined {
    const source = twinSourceOf(sqlite);
    const script = locateWorkerScript(__dirname, builtWorkerFile, sourceWorkerFile);
    if (source === undefined || script === undefined || lastSeq > chunkedSeqMax) return undefined;
    const claims = ChunkClaims.create(lastSeq, chunkEntries);
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const job: ChainHashJob = {
      source,
      claims: { state: claims.state, lastSeq, chunkEntries },
      listedMax,
      signal,
      port: port2,
    };
    try {
      const worker = new Worker(script.script, { eval: script.eval, workerData: job, transferList: [port2] });
      worker.unref();
      // Its failures reach finish() as silence or a 'failed' message; an unhandled 'error' would end the process.
      worker.on('error', () => undefined);
      return new ChainHashWorker(worker, port1, signal, claims, listedMax);
    } catch {
      port1.close();
      return undefined;
    }
  }

  /**
   * Hashes the chunks the worker has not taken, from the top, with `hashChunk` on this thread,
   * then collects the worker's findings. Undefined when the worker failed or fell silent.
   */
  finish(hashChunk: ((fromSeq: number, toSeq: number) => void) | undefined): ChainHashResult | undefined {
    if (hashChunk !== undefined) {
      for (let chunk = this.claims.takeTop(); chunk !== undefined; chunk = this.claims.takeTop()) {
        this.chunksOnCaller += 1;
        hashChunk(chunk.fromSeq, chunk.toSeq);
      }
    }
    // Every chunk is taken now. If the worker took none (it may not even have started yet), there is
    // nothing to wait for.
    const result =
      hashChunk !== undefined && this.claims.takenFromBottom() === 0 ? this.result : this.awaitDone();
    this.port.close();
    void this.worker.terminate();
    return result;
  }

  /** Chunks the worker took. */
  chunksOnWorker(): number {
    return this.claims.takenFromBottom();
  }

  /** The last seq of the chunks the worker took: what the caller re-hashes if the worker failed. */
  workerSeqEnd(): number {
    return Math.min(this.claims.lastSeq, this.claims.takenFromBottom() * this.claims.chunkEntries);
  }

  private awaitDone(): ChainHashResult | undefined {
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      for (let received = receiveMessageOnPort(this.port); received !== undefined; ) {
        const message = received.message as ChainHashMessage;
        if (message.kind === 'failed') return undefined;
        if (message.kind === 'done') return this.result;
        this.add(message.mismatches, message.mismatchCount);
        received = receiveMessageOnPort(this.port);
      }
      if (Atomics.wait(this.signal, 0, seen, workerSilenceMsMax) === 'timed-out') return undefined;
    }
  }

  private add(mismatches: Array<[number, string]>, count: number): void {
    this.result.mismatchCount += count;
    for (const mismatch of mismatches) {
      if (this.result.mismatches.length < this.listedMax) this.result.mismatches.push(mismatch);
    }
  }
}
