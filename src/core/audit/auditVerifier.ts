import type Database from 'better-sqlite3';
import type { LedgerViolation } from '../../contract/ledgerSchemas';
import { genesisHash } from '../ledger/entryHash';
import { auditEventHash, type StoredAuditEvent } from './auditEventHash';
import { AuditTrail } from './auditTrail';

/** The report lists this many audit violations; the rest are counted. */
export const auditViolationsListedMax = 1000;
/** The quick check at open re-hashes this many of the newest events. */
export const quickAuditEvents = 1000;
/**
 * A call noted as under way for longer than this without its event is reported: the app stopped
 * while it ran (the next open records it as interrupted) or another window is still running it.
 */
export const callUnderWayReportedAfterMs = 10 * 60_000;

export interface AuditVerification {
  eventsChecked: number;
  /** The first violations found, in chain order. */
  violations: LedgerViolation[];
  /** Every violation found, listed or not. */
  violationCount: number;
}

function violation(check: LedgerViolation['check'], seq: number | null, message: string): LedgerViolation {
  return { check, entryId: null, accountId: null, ...(seq === null ? {} : { auditEventSeq: seq }), message };
}

/**
 * Re-checks the audit trail's hash chain from its rows: each event's hash recomputed from its
 * content, each event's link to the one before, and the sequence without gaps (`quick`: the newest
 * events only). Calls that started long ago and were never recorded are reported too.
 */
export function verifyAuditTrail(
  sqlite: Database.Database,
  mode: 'full' | 'quick',
  nowMs: number,
): AuditVerification {
  const violations: LedgerViolation[] = [];
  let violationCount = 0;
  const add = (found: LedgerViolation) => {
    violationCount += 1;
    if (violations.length < auditViolationsListedMax) violations.push(found);
  };
  const lastSeq = (sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0;
  const fromSeq = mode === 'full' ? 1 : Math.max(1, lastSeq - quickAuditEvents + 1);
  let previous: { seq: number; hash: string } =
    fromSeq === 1
      ? { seq: 0, hash: genesisHash }
      : {
          seq: fromSeq - 1,
          hash:
            (sqlite
              .prepare('SELECT hash FROM audit_events WHERE seq = ?')
              .pluck()
              .get(fromSeq - 1) as string | undefined) ?? '',
        };
  let eventsChecked = 0;
  const rows = sqlite
    .prepare('SELECT * FROM audit_events WHERE seq >= ? ORDER BY seq')
    .iterate(fromSeq) as IterableIterator<StoredAuditEvent>;
  for (const row of rows) {
    eventsChecked += 1;
    const named = `audit event #${row.seq} (${row.operation} by ${row.actor_name} at ${new Date(row.at).toISOString()})`;
    if (row.seq !== previous.seq + 1) {
      add(
        violation(
          'audit_chain',
          row.seq,
          `audit events #${previous.seq + 1} to #${row.seq - 1} are missing before ${named}`,
        ),
      );
    } else if (row.previous_hash !== previous.hash) {
      add(
        violation(
          'audit_chain',
          row.seq,
          `${named} does not follow #${previous.seq}: the previous hash it stores is not #${previous.seq}'s (an event before it was rewritten, removed or inserted)`,
        ),
      );
    }
    if (auditEventHash(row.previous_hash, row) !== row.hash) {
      add(
        violation(
          'audit_chain',
          row.seq,
          `${named} was changed after it was written (its hash does not match its content)`,
        ),
      );
    }
    previous = { seq: row.seq, hash: row.hash };
  }
  for (const call of new AuditTrail(sqlite, () => nowMs).staleCallsUnderWay(
    nowMs - callUnderWayReportedAfterMs,
  )) {
    add(
      violation(
        'audit_unrecorded',
        null,
        `${call.operation}, started at ${new Date(call.startedAt).toISOString()}, has no audit event: the app stopped while it ran, or another window is still running it (opening the workspace again records it as interrupted)`,
      ),
    );
  }
  return { eventsChecked, violations, violationCount };
}
