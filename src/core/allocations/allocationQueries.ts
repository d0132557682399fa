import type Database from 'better-sqlite3';
import type {
  AllocationListInput,
  AllocationPage,
  AllocationStatus,
  AllocationView,
} from '../../contract/allocationSchemas';
import { branchCondition, branchScope } from '../access/branchScope';

interface AllocationRow {
  id: string;
  operator_id: string;
  state: string;
  party_id: string | null;
  amount_minor: number;
  note: string | null;
  status_reason: string | null;
  client_reference: string;
  operator_action_id: string | null;
  pending_entry_id: string;
  resolution_entry_id: string | null;
  requested_by: string;
  created_at: number;
  final_at: number | null;
  retailer_code: string | null;
  retailer_name: string | null;
  asset_code: string | null;
  charged: number | null;
  reversed: number;
}

const statusSql = `CASE WHEN a.state = 'queued' THEN 'queued'
  WHEN a.state IN ('confirmed', 'failed', 'cancelled') THEN a.state
  ELSE 'in_flight' END`;

const selectSql = `SELECT a.*, r.code AS retailer_code, r.name AS retailer_name, c.asset_code,
    (SELECT t.amount_minor FROM ledger_entries e
       JOIN ledger_transfers t ON t.entry_seq = e.seq AND t.code = 'allocation_charge'
     WHERE e.id = a.pending_entry_id) AS charged,
    (SELECT coalesce(sum(v.amount_minor), 0) FROM operator_actions v
     WHERE v.kind = 'allocation_reversal' AND v.reverses_action_id = a.id AND v.state NOT IN ('failed', 'cancelled')) AS reversed
  FROM operator_actions a
  LEFT JOIN retailers r ON r.operator_party_id = a.party_id
  LEFT JOIN operator_connections c ON c.id = a.operator_id`;

/** One allocation by its id. */
export function allocationById(sqlite: Database.Database, id: string): AllocationView | undefined {
  const row = sqlite.prepare(`${selectSql} WHERE a.id = ? AND a.kind = 'allocation'`).get(id) as
    | AllocationRow
    | undefined;
  return row === undefined ? undefined : viewOf(row);
}

/** `2026-11-22` → local midnight of that day (plus `plusDays`). */
function localMidnightMs(isoDate: string, plusDays = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).getTime();
}

/** Allocations as the clerk follows them: retailer, amount, charge, and the operator's answer. */
export function listAllocations(sqlite: Database.Database, input: AllocationListInput): AllocationPage {
  const where = ["a.kind = 'allocation'"];
  const parameters: Array<string | number> = [];
  if (input.retailerCode !== undefined) {
    where.push('a.party_id = (SELECT operator_party_id FROM retailers WHERE code = ?)');
    parameters.push(input.retailerCode);
  }
  if (input.within !== undefined) {
    const condition = branchCondition(branchScope(sqlite, input.within), 'r');
    where.push(`a.party_id IN (SELECT r.operator_party_id FROM retailers r WHERE ${condition.sql})`);
    parameters.push(...condition.parameters);
  }
  if (input.statuses !== undefined && input.statuses.length > 0) {
    where.push(`(${statusSql}) IN (${input.statuses.map(() => '?').join(', ')})`);
    parameters.push(...input.statuses);
  }
  if (input.operatorId !== undefined) {
    where.push('a.operator_id = ?');
    parameters.push(input.operatorId);
  }
  if (input.fromDate !== undefined) {
    where.push('a.created_at >= ?');
    parameters.push(localMidnightMs(input.fromDate));
  }
  if (input.toDate !== undefined) {
    where.push('a.created_at < ?');
    parameters.push(localMidnightMs(input.toDate, 1));
  }
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const totals = sqlite
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(a.amount_minor), 0) AS amount FROM operator_actions a ${whereSql}`,
    )
    .get(...parameters) as { total: number; amount: number };
  const rows = sqlite
    .prepare(`${selectSql} ${whereSql} ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?`)
    .all(...parameters, input.limit, input.offset) as AllocationRow[];
  return {
    rows: rows.map(viewOf),
    total: totals.total,
    offset: input.offset,
    totals: { amountMinor: totals.amount },
  };
}

function statusOf(state: string): AllocationStatus {
  if (state === 'queued' || state === 'confirmed' || state === 'failed' || state === 'cancelled')
    return state;
  return 'in_flight';
}

function viewOf(row: AllocationRow): AllocationView {
  return {
    id: row.id,
    operatorId: row.operator_id,
    airtimeAssetCode: row.asset_code ?? '',
    retailerCode: row.retailer_code,
    retailerName: row.retailer_name,
    partyId: row.party_id,
    amountMinor: row.amount_minor,
    chargedMinor: row.charged,
    reversedMinor: row.reversed,
    status: statusOf(row.state),
    statusReason: row.status_reason,
    note: row.note,
    clientReference: row.client_reference,
    operatorActionId: row.operator_action_id,
    pendingEntryId: row.pending_entry_id,
    resolutionEntryId: row.resolution_entry_id,
    requestedBy: row.requested_by,
    createdAt: new Date(row.created_at).toISOString(),
    finalAt: row.final_at === null ? null : new Date(row.final_at).toISOString(),
  };
}
