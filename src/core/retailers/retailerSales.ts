import type Database from 'better-sqlite3';
import type { RetailerSales } from '../../contract/retailerSchemas';
import type { RetailerRegistry } from './retailerRegistry';

/** Local midnight of the first day of the month `nowMs` falls in. */
function startOfLocalMonthMs(nowMs: number): number {
  const day = new Date(nowMs);
  return new Date(day.getFullYear(), day.getMonth(), 1).getTime();
}

/**
 * A retailer's sales as its stock accounts booked them (each sale is a transfer out of the stock,
 * referenced by the operator's action id), read through the per-account transfer index: the
 * pulled feed itself has no index by retailer, to keep the pull fast.
 */
export function retailerSales(
  sqlite: Database.Database,
  registry: RetailerRegistry,
  input: { code: string; limit: number },
  nowMs: number,
): RetailerSales {
  const retailer = registry.require(input.code);
  const accounts = sqlite
    .prepare(
      "SELECT seq, asset_code FROM ledger_accounts WHERE owner_kind = 'retailer' AND owner_id = ? AND type = 'retailer_stock'",
    )
    .all(retailer.operator_party_id) as Array<{ seq: number; asset_code: string }>;
  const latest = sqlite.prepare(
    `SELECT t.operator_reference AS id, t.amount_minor AS amount, t.effective_at AS at, h.msisdn, h.channel
     FROM ledger_transfers t LEFT JOIN operator_history h ON h.id = t.operator_reference
     WHERE t.credit_account_seq = ? AND t.code = 'sale'
     ORDER BY t.seq DESC LIMIT ?`,
  );
  const month = sqlite.prepare(
    `SELECT count(*) AS count, coalesce(sum(amount_minor), 0) AS face FROM ledger_transfers
     WHERE credit_account_seq = ? AND code = 'sale' AND effective_at >= ?`,
  );
  const monthStartMs = startOfLocalMonthMs(nowMs);
  const rows = accounts
    .flatMap((account) =>
      (
        latest.all(account.seq, input.limit) as Array<{
          id: string | null;
          amount: number;
          at: number;
          msisdn: string | null;
          channel: string | null;
        }>
      ).map((row) => ({ ...row, assetCode: account.asset_code })),
    )
    .sort((a, b) => b.at - a.at)
    .slice(0, input.limit);
  return {
    rows: rows.map((row) => ({
      operatorActionId: row.id ?? '',
      msisdn: row.msisdn,
      channel: row.channel,
      assetCode: row.assetCode,
      amountMinor: row.amount,
      at: new Date(row.at).toISOString(),
    })),
    month: accounts.map((account) => {
      const totals = month.get(account.seq, monthStartMs) as { count: number; face: number };
      return { assetCode: account.asset_code, count: totals.count, faceValueMinor: totals.face };
    }),
  };
}
