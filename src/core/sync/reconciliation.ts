import type Database from 'better-sqlite3';
import type { Ledger } from '../ledger/ledger';

export type DifferenceCause =
  | 'pending_locally' // completed at the operator, not yet confirmed here
  | 'unknown_to_us' // moved at the operator by something this workspace did not do
  | 'not_yet_booked'; // a pulled sale or reversal the ledger could not take yet

export interface DifferenceLine {
  cause: DifferenceCause;
  /** Signed: what this explains of (operator − ledger). */
  amountMinor: number;
  detail: string;
  reference: string;
}

export interface BucketReconciliation {
  bucketId: string;
  role: 'wholesale' | 'retailer';
  partyId: string;
  partyName: string;
  accountId: string;
  ledgerPostedMinor: number;
  ledgerAvailableMinor: number;
  operatorTotalMinor: number | null;
  operatorRemainingMinor: number | null;
  operatorReservedMinor: number | null;
  pulledAt: number | null;
  differenceMinor: number | null;
  explainedMinor: number;
  unexplainedMinor: number | null;
  status: 'matched' | 'explained' | 'unexplained' | 'not_pulled';
  lines: DifferenceLine[];
  linesOmitted: number;
}

/** Difference lines listed per bucket; the rest are counted. */
export const differenceLinesPerBucketMax = 50;

interface LinkRow {
  bucket_id: string;
  role: 'wholesale' | 'retailer';
  party_id: string;
  party_name: string;
  account_id: string;
  operator_remaining_minor: number | null;
  operator_reserved_minor: number | null;
  pulled_at: number | null;
}

/**
 * Ledger against operator, per linked bucket. The operator's figure is what it holds in the bucket
 * (remaining plus reserved, as of the last pull); ours is the account's posted balance. Each known
 * cause of a difference is listed with its amount, from the outbox and the pulled history.
 */
export function reconcileOperator(
  sqlite: Database.Database,
  ledger: Ledger,
  operatorId: string,
): BucketReconciliation[] {
  const links = sqlite
    .prepare('SELECT * FROM operator_buckets WHERE operator_id = ? ORDER BY role DESC, party_id')
    .all(operatorId) as LinkRow[];
  return links.map((link) => reconcileBucket(sqlite, ledger, operatorId, link));
}

function reconcileBucket(
  sqlite: Database.Database,
  ledger: Ledger,
  operatorId: string,
  link: LinkRow,
): BucketReconciliation {
  const account = ledger.reader.account(link.account_id);
  const ledgerPostedMinor = account?.balances.balancePostedMinor ?? 0;
  const ledgerAvailableMinor = account?.balances.balanceAvailableMinor ?? 0;
  const lines = [
    ...completedNotConfirmed(sqlite, operatorId, link.bucket_id),
    ...unknownToUs(sqlite, operatorId, link),
    ...notYetBooked(sqlite, operatorId, link),
  ];
  const explainedMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const pulled = link.operator_remaining_minor !== null && link.pulled_at !== null;
  const operatorTotalMinor = pulled
    ? (link.operator_remaining_minor ?? 0) + (link.operator_reserved_minor ?? 0)
    : null;
  const differenceMinor = operatorTotalMinor === null ? null : operatorTotalMinor - ledgerPostedMinor;
  const unexplainedMinor = differenceMinor === null ? null : differenceMinor - explainedMinor;
  const status =
    differenceMinor === null
      ? 'not_pulled'
      : differenceMinor === 0 && lines.length === 0
        ? 'matched'
        : unexplainedMinor === 0
          ? 'explained'
          : 'unexplained';
  return {
    bucketId: link.bucket_id,
    role: link.role,
    partyId: link.party_id,
    partyName: link.party_name,
    accountId: link.account_id,
    ledgerPostedMinor,
    ledgerAvailableMinor,
    operatorTotalMinor,
    operatorRemainingMinor: link.operator_remaining_minor,
    operatorReservedMinor: link.operator_reserved_minor,
    pulledAt: link.pulled_at,
    differenceMinor,
    explainedMinor,
    unexplainedMinor,
    status,
    lines: lines.slice(0, differenceLinesPerBucketMax),
    linesOmitted: Math.max(0, lines.length - differenceLinesPerBucketMax),
  };
}

/** Our actions the pulled history shows completed while the outbox still waits to confirm them. */
function completedNotConfirmed(
  sqlite: Database.Database,
  operatorId: string,
  bucketId: string,
): DifferenceLine[] {
  const rows = sqlite
    .prepare(
      `SELECT a.id, a.kind, a.amount_minor, a.client_reference, a.source_bucket_id, a.target_bucket_id, h.amount_minor AS operator_minor
       FROM operator_actions a JOIN operator_history h
         ON +h.operator_id = a.operator_id AND h.client_reference = a.client_reference AND h.status = 'completed'
       WHERE a.operator_id = ? AND a.state NOT IN ('confirmed', 'failed', 'cancelled')
         AND (a.source_bucket_id = ? OR a.target_bucket_id = ?)`,
    )
    .all(operatorId, bucketId, bucketId) as Array<{
    id: string;
    kind: string;
    client_reference: string;
    source_bucket_id: string | null;
    target_bucket_id: string;
    operator_minor: number;
  }>;
  return rows.map((row) => ({
    cause: 'pending_locally' as const,
    amountMinor: row.target_bucket_id === bucketId ? row.operator_minor : -row.operator_minor,
    detail: `Our ${row.kind.replace('_', ' ')} ${row.id} completed at the operator; the next sync confirms it here.`,
    reference: row.client_reference,
  }));
}

/**
 * Completed operator actions on this bucket that did not come from this workspace. `+operator_id`
 * (here and below) keeps SQLite on the small partial indexes instead of the operator's whole key.
 */
function unknownToUs(sqlite: Database.Database, operatorId: string, link: LinkRow): DifferenceLine[] {
  const rows = sqlite
    .prepare(
      `SELECT id, type, classification, bucket_id, receiver_bucket_id, amount_minor, requestor_party_id, channel
       FROM operator_history
       WHERE +operator_id = ? AND status = 'completed' AND classification IN ('foreign_movement', 'direct_sale')
         AND (bucket_id = ? OR receiver_bucket_id = ? OR (classification = 'direct_sale' AND ? = 'wholesale'))
       ORDER BY confirmed_at, id`,
    )
    .all(operatorId, link.bucket_id, link.bucket_id, link.role) as Array<{
    id: string;
    type: string;
    classification: string;
    bucket_id: string | null;
    receiver_bucket_id: string | null;
    amount_minor: number;
    requestor_party_id: string | null;
  }>;
  return rows.map((row) => {
    // A top-up or adjustment credits its bucket; a transfer or a direct sale draws on its source.
    const credits =
      row.receiver_bucket_id === link.bucket_id ||
      (row.classification !== 'direct_sale' &&
        row.type !== 'TransferBalance' &&
        row.bucket_id === link.bucket_id);
    return {
      cause: 'unknown_to_us' as const,
      amountMinor: credits ? row.amount_minor : -row.amount_minor,
      detail: `${row.type} ${row.id} at the operator${row.requestor_party_id ? ` by ${row.requestor_party_id}` : ''} is not in this workspace's books.`,
      reference: row.id,
    };
  });
}

/** Pulled sales and reversals the ledger has not taken yet (they wait for the allocation they spend). */
function notYetBooked(sqlite: Database.Database, operatorId: string, link: LinkRow): DifferenceLine[] {
  if (link.role !== 'retailer') return [];
  const rows = sqlite
    .prepare(
      `SELECT id, classification, amount_minor, waiting_reason FROM operator_history
       WHERE +operator_id = ? AND posting_state = 'waiting' AND (requestor_party_id = ? OR bucket_id = ?)
       ORDER BY confirmed_at, id`,
    )
    .all(operatorId, link.party_id, link.bucket_id) as Array<{
    id: string;
    classification: string;
    amount_minor: number;
    waiting_reason: string | null;
  }>;
  return rows.map((row) => ({
    cause: 'not_yet_booked' as const,
    amountMinor: row.classification === 'retail_sale' ? -row.amount_minor : row.amount_minor,
    detail: `${row.classification === 'retail_sale' ? 'Sale' : 'Sale reversal'} ${row.id} is not booked yet${row.waiting_reason ? `: ${row.waiting_reason}` : ''}.`,
    reference: row.id,
  }));
}
