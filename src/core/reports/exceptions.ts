import type Database from 'better-sqlite3';
import type { ExceptionsReport } from '../../contract/reportSchemas';
import { inJson, type ReportScope } from './reportScope';

const hourMs = 3_600_000;
const openStates = "state NOT IN ('confirmed', 'failed', 'cancelled')";

interface OpenRow {
  id: string;
  operator_id: string;
  kind: string;
  state: string;
  party_id: string | null;
  amount_minor: number;
  created_at: number;
  status_reason: string | null;
}

/**
 * What is not final: operator actions still open by how long they have waited (through the small
 * index of open actions), the ones that failed in the period, and pulled sales waiting to be booked.
 */
export function exceptionsReport(
  sqlite: Database.Database,
  scope: ReportScope,
  nowMs: number,
): ExceptionsReport {
  const operators = JSON.stringify(scope.operators.map((operator) => operator.id));
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const open = sqlite
    .prepare(
      `SELECT id, operator_id, kind, state, party_id, amount_minor, created_at, status_reason FROM operator_actions
       WHERE ${openStates} AND ${inJson('operator_id')} ORDER BY created_at`,
    )
    .all(operators) as OpenRow[];
  const ages = [
    { age: 'under_1h' as const, belowMs: hourMs },
    { age: 'under_1d' as const, belowMs: 24 * hourMs },
    { age: 'under_7d' as const, belowMs: 7 * 24 * hourMs },
    { age: 'older' as const, belowMs: Number.POSITIVE_INFINITY },
  ];
  const byAge = ages.map(({ age }) => ({ age, count: 0, amountMinor: 0 }));
  const byState = new Map<string, ExceptionsReport['byState'][number]>();
  for (const row of open) {
    const waitedMs = nowMs - row.created_at;
    const bucket = byAge[ages.findIndex((age) => waitedMs < age.belowMs)];
    if (bucket !== undefined) {
      bucket.count += 1;
      bucket.amountMinor += row.amount_minor;
    }
    const key = `${row.kind}|${row.state}`;
    const state = byState.get(key) ?? { kind: row.kind, state: row.state, count: 0, amountMinor: 0 };
    state.count += 1;
    state.amountMinor += row.amount_minor;
    byState.set(key, state);
  }
  const failedInPeriod = sqlite
    .prepare(
      `SELECT count(*) FROM operator_actions WHERE state = 'failed' AND final_at >= ? AND final_at < ? AND ${inJson('operator_id')}`,
    )
    .pluck()
    .get(scope.fromMs, scope.endMs, operators) as number;
  const salesWaiting = sqlite
    .prepare(
      `SELECT count(*) FROM operator_history WHERE posting_state = 'waiting' AND ${inJson('+operator_id')}`,
    )
    .pluck()
    .get(operators) as number;
  return {
    asOf: new Date(nowMs).toISOString(),
    byAge,
    byState: [...byState.values()],
    oldest: open.slice(0, 50).map((row) => ({
      id: row.id,
      operatorId: row.operator_id,
      kind: row.kind,
      state: row.state,
      partyId: row.party_id,
      units: operatorOf.get(row.operator_id)?.units ?? '',
      scale: operatorOf.get(row.operator_id)?.scale ?? 0,
      amountMinor: row.amount_minor,
      createdAt: new Date(row.created_at).toISOString(),
      statusReason: row.status_reason,
    })),
    failedInPeriod,
    salesWaiting,
  };
}
