/**
 * Worker thread of a full verify: re-hashes the chain from a read-only twin of the workspace's
 * database while the main thread replays balances from its own connection. It takes chunks of the
 * chain from the bottom (the main thread takes them from the top when its replay is done), only
 * reads, and reports the entries whose stored hash does not match their content.
 */
import { isMainThread, type MessagePort, workerData } from 'node:worker_threads';
import { openReadOnlyTwin, type TwinSource } from '../workspace/openEncryptedDatabase';
import { ChunkClaims } from './chainChunks';
import { checkChainRange, readAccountIds } from './chainRows';
import { genesisHash } from './entryHash';

export interface ChainHashJob {
  source: TwinSource;
  /** The chunks, shared with the main thread. */
  claims: { state: BigInt64Array; lastSeq: number; chunkEntries: number };
  /** Mismatches listed in full; the rest are only counted. */
  listedMax: number;
  /** Bumped (and notified) after every message, so the main thread can wait without its event loop. */
  signal: Int32Array;
  port: MessagePort;
}

export type ChainHashMessage =
  | { kind: 'chunk'; mismatches: Array<[seq: number, id: string]>; mismatchCount: number }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

function run(job: ChainHashJob): void {
  const post = (message: ChainHashMessage) => {
    job.port.postMessage(message);
    Atomics.add(job.signal, 0, 1);
    Atomics.notify(job.signal, 0);
  };
  const claims = new ChunkClaims(job.claims.state, job.claims.lastSeq, job.claims.chunkEntries);
  let sqlite: ReturnType<typeof openReadOnlyTwin> | undefined;
  try {
    sqlite = openReadOnlyTwin(job.source);
    const accountIds = readAccountIds(sqlite);
    let listed = 0;
    // Bottom chunks come in order, so each one chains to the last hash of the one before.
    let previousHash = genesisHash;
    for (let chunk = claims.takeBottom(); chunk !== undefined; chunk = claims.takeBottom()) {
      const mismatches: Array<[number, string]> = [];
      let mismatchCount = 0;
      previousHash = checkChainRange(
        sqlite,
        chunk.fromSeq,
        chunk.toSeq,
        previousHash,
        accountIds,
        (seq, id) => {
          mismatchCount += 1;
          if (listed < job.listedMax) {
            mismatches.push([seq, id]);
            listed += 1;
          }
        },
      );
      post({ kind: 'chunk', mismatches, mismatchCount });
    }
    sqlite.close();
    post({ kind: 'done' });
  } catch (error) {
    if (sqlite?.open === true) sqlite.close();
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    job.port.close();
  }
}

if (!isMainThread) run(workerData as ChainHashJob);
