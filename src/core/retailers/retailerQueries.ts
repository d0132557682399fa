import type Database from 'better-sqlite3';
import type { RetailerDetail, RetailerListInput, RetailerPage } from '../../contract/retailerSchemas';
import { branchCondition, branchScope } from '../access/branchScope';
import type { Ledger } from '../ledger/ledger';
import type { RetailerRegistry } from './retailerRegistry';
import { nameKeyOf, type RetailerRow, retailerViewOf } from './retailerRows';

/** Sort keys to columns, each with the row's seq as the tie-breaker so pages never overlap. */
const orderColumns = {
  name: 'r.name_key',
  code: 'r.code',
  region: "coalesce(r.region, '')",
  status: 'r.status',
  createdAt: 'r.created_at',
} as const;

/**
 * The words typed, each matching the start of a word of the code, name, wallet MSISDN or phone
 * (all of them must match): `awa bout` finds "Boutique Awa". Quotes keep FTS syntax out.
 */
function searchMatch(text: string): string | null {
  const words = nameKeyOf(text)
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, searchWordsMax);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' ');
}

/** Words of a search that count; more are ignored. */
const searchWordsMax = 8;

/**
 * One page of retailers, filtered and sorted in SQL: the screen asks for the rows it shows,
 * whatever the size of the network (100,000 retailers and more).
 */
export function listRetailers(sqlite: Database.Database, input: RetailerListInput): RetailerPage {
  const where: string[] = [];
  const parameters: Array<string | number> = [];
  if (input.search !== undefined && input.search.length > 0) {
    const match = searchMatch(input.search);
    if (match !== null) {
      where.push('r.seq IN (SELECT rowid FROM retailers_search WHERE retailers_search MATCH ?)');
      parameters.push(match);
    }
  }
  if (input.statuses !== undefined && input.statuses.length > 0) {
    where.push(`r.status IN (${input.statuses.map(() => '?').join(', ')})`);
    parameters.push(...input.statuses);
  }
  if (input.level !== undefined) {
    where.push('r.level = ?');
    parameters.push(input.level);
  }
  if (input.region !== undefined && input.region.length > 0) {
    where.push('r.region = ?');
    parameters.push(input.region);
  }
  if (input.terms !== undefined) {
    where.push('r.terms = ?');
    parameters.push(input.terms);
  }
  if (input.branchOf !== undefined) {
    const branch = sqlite
      .prepare('SELECT ancestry FROM retailers WHERE code = ?')
      .pluck()
      .get(input.branchOf) as string | undefined;
    // An unknown branch matches nothing rather than everything.
    const prefix = branch === undefined ? '\u0000' : `${branch}${input.branchOf}/`;
    where.push('r.ancestry >= ? AND r.ancestry < ?');
    parameters.push(prefix, `${prefix}\uffff`);
  }
  if (input.within !== undefined) {
    const condition = branchCondition(branchScope(sqlite, input.within), 'r');
    where.push(condition.sql);
    parameters.push(...condition.parameters);
  }
  const whereSql = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
  const total = sqlite
    .prepare(`SELECT count(*) FROM retailers r ${whereSql}`)
    .pluck()
    .get(...parameters) as number;
  const rows = sqlite
    .prepare(
      `SELECT r.*, p.name AS parent_name FROM retailers r
       LEFT JOIN retailers p ON p.code = r.parent_code
       ${whereSql}
       ORDER BY ${orderColumns[input.sort]} ${direction}, r.seq ${direction}
       LIMIT ? OFFSET ?`,
    )
    .all(...parameters, input.limit, input.offset) as Array<RetailerRow & { parent_name: string | null }>;
  return {
    rows: rows.map((row) => retailerViewOf(row, row.parent_name)),
    total,
    offset: input.offset,
  };
}

/** The regions in use, for the filter's choices. */
export function retailerRegions(sqlite: Database.Database): string[] {
  return sqlite
    .prepare('SELECT DISTINCT region FROM retailers WHERE region IS NOT NULL ORDER BY region')
    .pluck()
    .all() as string[];
}

/** A retailer with its balances: stock per operator (ledger and operator), receivable and credit. */
export function retailerDetail(
  sqlite: Database.Database,
  ledger: Ledger,
  registry: RetailerRegistry,
  code: string,
): RetailerDetail {
  const row = registry.require(code);
  const retailer = registry.get(row.code);
  if (retailer === undefined) throw new Error(`retailer ${row.code} vanished`);
  const wallets = sqlite
    .prepare(
      `SELECT operator_id, bucket_id, account_id, operator_remaining_minor, pulled_at FROM operator_buckets
       WHERE role = 'retailer' AND party_id = ?`,
    )
    .all(row.operator_party_id) as Array<{
    operator_id: string;
    bucket_id: string;
    account_id: string;
    operator_remaining_minor: number | null;
    pulled_at: number | null;
  }>;
  const stockAccounts = ledger.reader
    .accounts({ ownerKind: 'retailer', ownerId: row.operator_party_id })
    .filter((account) => account.type === 'retailer_stock');
  const stock = stockAccounts.map((account) => {
    const wallet = wallets.find((candidate) => candidate.account_id === account.id);
    const operatorId = wallet?.operator_id ?? ledger.reader.asset(account.assetCode)?.operatorId ?? '';
    return {
      operatorId,
      assetCode: account.assetCode,
      accountId: account.id,
      bucketId: wallet?.bucket_id ?? null,
      balancePostedMinor: account.balances.balancePostedMinor,
      balanceAvailableMinor: account.balances.balanceAvailableMinor,
      operatorRemainingMinor: wallet?.operator_remaining_minor ?? null,
      pulledAt: wallet?.pulled_at == null ? null : new Date(wallet.pulled_at).toISOString(),
    };
  });
  const receivable = ledger.reader.account(row.receivable_account_id);
  if (receivable === undefined) throw new Error(`retailer ${row.code} has no receivable account`);
  const exposureMinor = receivable.balances.balancePostedMinor + receivable.balances.debitsPendingMinor;
  const children = sqlite
    .prepare(
      `SELECT sum(level = 'sub_distributor') AS subs, sum(level = 'retailer') AS retailers
       FROM retailers WHERE ancestry >= ? AND ancestry < ?`,
    )
    .get(`${row.ancestry}${row.code}/`, `${row.ancestry}${row.code}/\uffff`) as {
    subs: number | null;
    retailers: number | null;
  };
  return {
    retailer,
    stock,
    receivable: {
      accountId: receivable.id,
      assetCode: receivable.assetCode,
      balancePostedMinor: receivable.balances.balancePostedMinor,
      exposureMinor,
      availableCreditMinor: row.terms === 'postpaid' ? row.credit_limit_minor - exposureMinor : null,
    },
    children: { subDistributors: children.subs ?? 0, retailers: children.retailers ?? 0 },
  };
}
