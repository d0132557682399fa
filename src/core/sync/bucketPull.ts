import type Database from 'better-sqlite3';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import type { OperatorGateway } from '../operator/operatorGateway';

/** Bucket reads in flight at once: enough to hide latency, few enough to be polite. */
export const bucketReadsInFlightMax = 8;

/**
 * Pulls the operator's balance of every linked bucket (wholesale and retailers' wallets) and keeps
 * it beside the link, with its time, for reconciliation.
 */
export async function pullBuckets(
  sqlite: Database.Database,
  connection: OperatorConnection,
  gateway: OperatorGateway,
  clock: () => number,
  signal?: AbortSignal,
): Promise<{ pulled: number; errors: string[] }> {
  const bucketIds = (
    sqlite
      .prepare('SELECT bucket_id FROM operator_buckets WHERE operator_id = ? ORDER BY bucket_id')
      .all(connection.id) as Array<{
      bucket_id: string;
    }>
  ).map((row) => row.bucket_id);
  const update = sqlite.prepare(
    `UPDATE operator_buckets SET operator_remaining_minor = ?, operator_reserved_minor = ?, pulled_at = ?
     WHERE operator_id = ? AND bucket_id = ?`,
  );
  const errors: string[] = [];
  let pulled = 0;
  let next = 0;
  const worker = async () => {
    while (next < bucketIds.length && !signal?.aborted) {
      const bucketId = bucketIds[next++] as string;
      const answer = await gateway.bucket(bucketId, signal);
      if (answer.kind !== 'ok') {
        errors.push(`${bucketId}: ${answer.message}`);
        continue;
      }
      const remaining = gateway.minorOf(answer.value.remainingValue);
      const reserved =
        answer.value.reservedValue === undefined ? 0 : gateway.minorOf(answer.value.reservedValue);
      if (typeof remaining === 'string' || typeof reserved === 'string') {
        errors.push(`${bucketId}: ${typeof remaining === 'string' ? remaining : reserved}`);
        continue;
      }
      update.run(remaining, reserved, clock(), connection.id, bucketId);
      pulled++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(bucketReadsInFlightMax, bucketIds.length) }, worker));
  return { pulled, errors };
}
