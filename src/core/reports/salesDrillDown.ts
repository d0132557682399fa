import type Database from 'better-sqlite3';
import type { ResellerFigure } from '../../contract/reportSchemas';
import { AppError } from '../appError';
import { inJson, type ReportScope } from './reportScope';
import { describeResellers, resellerFigures } from './resellerSales';

type Sort = 'value' | 'count' | 'code' | 'name';

/** Every reseller behind a sales figure, one page, sorted as the table asks. */
export function resellerBreakdown(
  sqlite: Database.Database,
  scope: ReportScope,
  page: { sort: Sort; direction: 'asc' | 'desc'; offset: number; limit: number },
): { total: number; rows: ResellerFigure[] } {
  const figures = resellerFigures(sqlite, scope, scope);
  if (figures === null) {
    throw new AppError(
      'bad_input',
      'Resellers are listed on all channels and denominations: clear those filters, or name the resellers.',
      { reason: 'breakdown_unavailable' },
    );
  }
  // Sorting by code or name needs every reseller's: one read of the retailers table (its name key is
  // already folded), then only the page shown is described in full (reversals, region, status).
  let sortKey: (figure: ResellerFigure) => number | string;
  if (page.sort === 'code' || page.sort === 'name') {
    const column = page.sort === 'code' ? 'code' : 'name_key';
    const byParty = new Map(
      (
        sqlite.prepare(`SELECT operator_party_id, ${column} FROM retailers`).raw().all() as Array<
          [string, string]
        >
      ).map(([party, value]) => [party, value]),
    );
    // Until described, a figure's `code` holds its party id.
    sortKey = (figure) => byParty.get(figure.code) ?? figure.code;
  } else {
    sortKey = page.sort === 'value' ? (figure) => figure.faceValueMinor : (figure) => figure.count;
  }
  const sign = page.direction === 'asc' ? 1 : -1;
  const sorted = figures
    .map((figure) => ({ figure, key: sortKey(figure) }))
    .sort(
      (a, b) =>
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * sign || a.figure.code.localeCompare(b.figure.code),
    );
  const rows = sorted.slice(page.offset, page.offset + page.limit).map((entry) => entry.figure);
  return { total: sorted.length, rows: describeResellers(sqlite, scope, scope, rows) };
}

interface RegisterRow {
  operator_id: string;
  id: string;
  confirmed_at: number;
  msisdn: string | null;
  channel: string | null;
  amount_minor: number;
  classification: string;
  requestor_party_id: string | null;
  entry_id: string | null;
}

/**
 * The sales behind a figure, newest first: one reseller's (through the register's index by reseller
 * and time), or the non-reseller ones (through the small index of direct sales). Each names the
 * journal entry that books it, where the ledger books it.
 */
export function salesRows(
  sqlite: Database.Database,
  scope: ReportScope,
  input: { kind: 'reseller' | 'direct'; retailerCode?: string | undefined; offset: number; limit: number },
) {
  const where: string[] = [
    'confirmed_at >= ? AND confirmed_at < ?',
    inJson('+operator_id'),
    "status = 'completed'",
  ];
  const parameters: unknown[] = [
    scope.fromMs,
    scope.endMs,
    JSON.stringify(scope.operators.map((operator) => operator.id)),
  ];
  let code: string | null = null;
  if (input.kind === 'reseller') {
    if (input.retailerCode === undefined) {
      throw new AppError('bad_input', 'Name the reseller whose sales to list (retailerCode).', {
        issues: [{ path: 'retailerCode', message: 'is required for reseller sales' }],
      });
    }
    const retailer = sqlite
      .prepare('SELECT code, operator_party_id FROM retailers WHERE code = ?')
      .get(input.retailerCode) as { code: string; operator_party_id: string } | undefined;
    if (retailer === undefined)
      throw new AppError('not_found', `Reseller ${input.retailerCode} does not exist in this workspace.`);
    code = retailer.code;
    where.push("classification = 'retail_sale'", 'requestor_party_id = ?');
    parameters.push(retailer.operator_party_id);
  } else {
    // Exactly the direct-sales index's condition, so SQLite can use it; then not our purchases.
    where.push(
      "(classification = 'direct_sale' OR (classification = 'own_action' AND type = 'TopupBalance' AND substr(bucket_id, 1, 4) = 'SUB-'))",
      'bucket_id NOT IN (SELECT wholesale_bucket_id FROM operator_connections)',
    );
  }
  if (scope.channels !== null) {
    where.push(inJson("coalesce(channel, CASE WHEN classification = 'own_action' THEN 'desk' ELSE '' END)"));
    parameters.push(JSON.stringify(scope.channels));
  }
  if (scope.denominations !== null) {
    where.push(inJson('amount_minor'));
    parameters.push(JSON.stringify(scope.denominations));
  }
  const whereSql = where.join(' AND ');
  const total = sqlite
    .prepare(`SELECT count(*) FROM operator_history WHERE ${whereSql}`)
    .pluck()
    .get(...parameters) as number;
  const rows = sqlite
    .prepare(
      // Our desk's top-ups are booked by their operator action: its resolution entry (or pending one).
      `SELECT h.operator_id, h.id, h.confirmed_at, h.msisdn, h.channel, h.amount_minor, h.classification,
         h.requestor_party_id,
         coalesce(h.entry_id, (SELECT coalesce(a.resolution_entry_id, a.pending_entry_id) FROM operator_action_attempts t
           JOIN operator_actions a ON a.id = t.action_id WHERE t.client_reference = h.client_reference)) AS entry_id
       FROM (SELECT * FROM operator_history WHERE ${whereSql} ORDER BY confirmed_at DESC, id DESC LIMIT ? OFFSET ?) h
       ORDER BY h.confirmed_at DESC, h.id DESC`,
    )
    .all(...parameters, input.limit, input.offset) as RegisterRow[];
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  return {
    total,
    rows: rows.map((row) => {
      const operator = operatorOf.get(row.operator_id);
      return {
        operatorId: row.operator_id,
        operatorActionId: row.id,
        confirmedAt: new Date(row.confirmed_at).toISOString(),
        msisdn: row.msisdn,
        channel: row.channel ?? (row.classification === 'own_action' ? 'desk' : null),
        units: operator?.units ?? '',
        scale: operator?.scale ?? 0,
        amountMinor: row.amount_minor,
        kind: 'sale' as const,
        retailerCode: code,
        entryId: row.entry_id,
      };
    }),
  };
}
