import type Database from 'better-sqlite3';
import type { RetailerSales } from '../../contract/retailerSchemas';
import { airtimeAssetCode } from '../operator/operatorLedgerAccounts';
import type { RetailerRegistry } from './retailerRegistry';

/** Local midnight of the first day of the month `nowMs` falls in. */
function startOfLocalMonthMs(nowMs: number): number {
  const day = new Date(nowMs);
  return new Date(day.getFullYear(), day.getMonth(), 1).getTime();
}

const bookingOf = {
  posted: 'booked',
  not_needed: 'in_opening_balance',
  waiting: 'waiting',
} as const;

/**
 * A retailer's sales from the sales register (every pulled sale, through its per-retailer index),
 * with this month's count and face value per airtime asset. The ledger books the same sales by the
 * hour; each register row names the entry that booked it.
 */
export function retailerSales(
  sqlite: Database.Database,
  registry: RetailerRegistry,
  input: { code: string; limit: number },
  nowMs: number,
): RetailerSales {
  const retailer = registry.require(input.code);
  const partyId = retailer.operator_party_id;
  const stockAssets = sqlite
    .prepare(
      "SELECT asset_code FROM ledger_accounts WHERE owner_kind = 'retailer' AND owner_id = ? AND type = 'retailer_stock' ORDER BY asset_code",
    )
    .pluck()
    .all(partyId) as string[];
  const latest = sqlite
    .prepare(
      `SELECT id, operator_id, amount_minor, confirmed_at, msisdn, channel, posting_state, entry_id FROM operator_history
       WHERE requestor_party_id = ? AND classification = 'retail_sale' AND status = 'completed'
       ORDER BY confirmed_at DESC, id DESC LIMIT ?`,
    )
    .all(partyId, input.limit) as Array<{
    id: string;
    operator_id: string;
    amount_minor: number;
    confirmed_at: number;
    msisdn: string | null;
    channel: string | null;
    posting_state: 'posted' | 'not_needed' | 'waiting';
    entry_id: string | null;
  }>;
  const month = new Map(
    (
      sqlite
        .prepare(
          `SELECT operator_id, count(*) AS count, sum(amount_minor) AS face FROM operator_history
           WHERE requestor_party_id = ? AND classification = 'retail_sale' AND status = 'completed'
             AND confirmed_at >= ?
           GROUP BY operator_id`,
        )
        .all(partyId, startOfLocalMonthMs(nowMs)) as Array<{
        operator_id: string;
        count: number;
        face: number;
      }>
    ).map((row) => [airtimeAssetCode(row.operator_id), row]),
  );
  return {
    rows: latest.map((row) => ({
      operatorActionId: row.id,
      msisdn: row.msisdn,
      channel: row.channel,
      assetCode: airtimeAssetCode(row.operator_id),
      amountMinor: row.amount_minor,
      at: new Date(row.confirmed_at).toISOString(),
      booking: bookingOf[row.posting_state],
      entryId: row.entry_id,
    })),
    month: [...new Set([...stockAssets, ...month.keys()])].map((assetCode) => ({
      assetCode,
      count: month.get(assetCode)?.count ?? 0,
      faceValueMinor: month.get(assetCode)?.face ?? 0,
    })),
  };
}
