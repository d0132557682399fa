import type Database from 'better-sqlite3';
import type { AcquiredCohort, AcquiredLine, CustomerFigures } from '../../contract/customerReportSchemas';
import { AppError } from '../appError';
import {
  addSums,
  blankFigures,
  type CustomerLinesReadiness,
  cohortFilter,
  entry,
  operatorIdsJson,
  operatorOfRow,
  resellersByParty,
  type SumsRow,
  sumsSql,
} from './acquiredCustomers';
import { activeSinceMs, maskMsisdn } from './customerLines';
import { inJson, type ReportScope } from './reportScope';

type CohortSort = 'lines' | 'value' | 'active30' | 'code' | 'month';

/** The one column a cohort page is sorted by, summed over the period before any row is described. */
const sortColumns: Record<Exclude<CohortSort, 'code' | 'month'>, string> = {
  lines: 'sum(lines)',
  value: 'sum(topups_minor) - sum(reversals_minor)',
  active30: 'sum(active_30)',
};

/**
 * Every reseller's cohorts in the period: one row per reseller, month of acquisition and airtime
 * units, one sorted page. The sort key is summed for every cohort (one column), the page's rows are
 * then summed in full through the index by reseller.
 */
export function acquiredCohorts(
  sqlite: Database.Database,
  scope: ReportScope,
  readiness: CustomerLinesReadiness,
  page: { sort: CohortSort; direction: 'asc' | 'desc'; offset: number; limit: number },
): { total: number; salesPending: number; activeAsOf: string; rows: AcquiredCohort[] } {
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const filter = cohortFilter(sqlite, scope);
  const operatorOfCohort = operatorOfRow(scope, filter);
  const indexed = scope.parties === null ? '' : 'INDEXED BY report_customer_cohorts_party';
  const keyColumn = page.sort === 'code' || page.sort === 'month' ? 'sum(lines)' : sortColumns[page.sort];
  const cohorts = new Map<string, { party: string; units: string; month: string; key: number }>();
  for (const [party, operatorId, month, value] of sqlite
    .prepare(
      `SELECT party_id, ${filter.operatorSql}, substr(day, 1, 7), ${keyColumn} FROM report_customer_cohorts ${indexed}
       WHERE ${filter.where} GROUP BY 1, 2, 3`,
    )
    .raw()
    .all(...filter.parameters) as Array<[string, string | null, string, number]>) {
    const operator = operatorOfCohort(operatorId);
    if (operator === undefined) continue;
    entry(cohorts, `${party}|${operator.units}|${month}`, () => ({
      party,
      units: operator.units,
      month,
      key: 0,
    })).key += value;
  }
  let codes: Map<string, string> | null = null;
  if (page.sort === 'code') {
    codes = new Map(
      sqlite.prepare('SELECT operator_party_id, code FROM retailers').raw().all() as Array<[string, string]>,
    );
  }
  const sortKey = (cohort: { party: string; month: string; key: number }): string | number =>
    page.sort === 'code'
      ? (codes?.get(cohort.party) ?? cohort.party)
      : page.sort === 'month'
        ? cohort.month
        : cohort.key;
  const sign = page.direction === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...cohorts.values()]
    .map((cohort) => ({ cohort, key: sortKey(cohort) }))
    .sort(
      (a, b) =>
        compare(a.key, b.key) * sign ||
        compare(a.cohort.party, b.cohort.party) ||
        compare(a.cohort.month, b.cohort.month) ||
        compare(a.cohort.units, b.cohort.units),
    )
    .slice(page.offset, page.offset + page.limit)
    .map((row) => row.cohort);
  const figures = new Map<string, CustomerFigures>();
  if (sorted.length > 0) {
    for (const [party, operatorId, month, ...sums] of sqlite
      .prepare(
        `SELECT party_id, operator_id, substr(day, 1, 7), ${sumsSql}
         FROM report_customer_cohorts INDEXED BY report_customer_cohorts_party
         WHERE ${inJson('party_id')} AND day BETWEEN ? AND ? AND ${inJson('operator_id')} GROUP BY 1, 2, 3`,
      )
      .raw()
      .all(
        JSON.stringify([...new Set(sorted.map((cohort) => cohort.party))]),
        scope.from,
        scope.to,
        operatorIdsJson(scope.operators),
      ) as Array<[string, string, string, ...SumsRow]>) {
      const operator = operatorOf.get(operatorId);
      if (operator === undefined) continue;
      addSums(
        entry(figures, `${party}|${operator.units}|${month}`, () => blankFigures(operator)),
        sums,
      );
    }
  }
  const people = resellersByParty(
    sqlite,
    sorted.map((cohort) => cohort.party),
  );
  return {
    total: cohorts.size,
    salesPending: readiness.salesPending,
    activeAsOf: readiness.activeAsOf,
    rows: sorted.map((cohort) => {
      const person = people.get(cohort.party);
      return {
        ...(figures.get(`${cohort.party}|${cohort.units}|${cohort.month}`) ??
          blankFigures({ units: cohort.units, scale: 0 })),
        month: cohort.month,
        code: person?.code ?? cohort.party,
        name: person?.name ?? cohort.party,
        region: person?.region ?? null,
      };
    }),
  };
}

type LineRow = [
  operatorId: string,
  msisdn: string,
  firstAt: number,
  firstSaleId: string,
  lastAt: number,
  topupsCount: number,
  topupsMinor: number,
  reversalsCount: number,
  reversalsMinor: number,
  entryId: string | null,
];

/**
 * The lines behind a figure: those one reseller acquired in the period, or those whose first top-up
 * was not a reseller's, newest first (or by lifetime value), each with its first top-up's journal
 * entry. Lines come masked: all but the last four digits hidden.
 */
export function acquiredLines(
  sqlite: Database.Database,
  scope: ReportScope,
  readiness: CustomerLinesReadiness,
  input: {
    kind: 'reseller' | 'direct';
    retailerCode?: string | undefined;
    sort: 'acquired' | 'value';
    direction: 'asc' | 'desc';
    offset: number;
    limit: number;
  },
): { total: number; salesPending: number; activeAsOf: string; rows: AcquiredLine[] } {
  let party = '';
  let code: string | null = null;
  if (input.kind === 'reseller') {
    if (input.retailerCode === undefined) {
      throw new AppError('bad_input', 'Name the reseller whose customers to list (retailerCode).', {
        issues: [{ path: 'retailerCode', message: "is required for a reseller's customers" }],
      });
    }
    const retailer = sqlite
      .prepare('SELECT code, operator_party_id FROM retailers WHERE code = ?')
      .get(input.retailerCode) as { code: string; operator_party_id: string } | undefined;
    if (retailer === undefined)
      throw new AppError('not_found', `Reseller ${input.retailerCode} does not exist in this workspace.`);
    party = retailer.operator_party_id;
    code = retailer.code;
  }
  const operatorsJson = operatorIdsJson(scope.operators);
  // How many: from the cohorts (the same lines, already counted).
  const total = sqlite
    .prepare(
      `SELECT coalesce(sum(lines), 0) FROM report_customer_cohorts INDEXED BY report_customer_cohorts_party
       WHERE party_id = ? AND day BETWEEN ? AND ? AND ${inJson('operator_id')}`,
    )
    .pluck()
    .get(party, scope.from, scope.to, operatorsJson) as number;
  // Which: the reseller's sales of the period (or the non-reseller ones) through the register's own
  // index, each kept when it is its line's first top-up; newest first, a page stops the scan early.
  // Exactly the indexes' conditions, so SQLite uses them; `+operator_id` keeps it off the key.
  const sales =
    input.kind === 'reseller'
      ? "h.classification = 'retail_sale' AND h.requestor_party_id = ?"
      : "(h.classification = 'direct_sale' OR (h.classification = 'own_action' AND h.type = 'TopupBalance' AND substr(h.bucket_id, 1, 4) = 'SUB-'))";
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  const order =
    input.sort === 'value'
      ? `l.topups_minor - l.reversals_minor ${direction}, h.confirmed_at DESC, h.id DESC`
      : `h.confirmed_at ${direction}, h.id ${direction}`;
  const rows = sqlite
    .prepare(
      // Our desk's top-ups are booked by their operator action: its resolution entry (or pending one).
      `SELECT l.operator_id, l.msisdn, l.first_at, l.first_sale_id, l.last_at, l.topups_count, l.topups_minor,
         l.reversals_count, l.reversals_minor,
         coalesce(h.entry_id, (SELECT coalesce(a.resolution_entry_id, a.pending_entry_id)
           FROM operator_action_attempts t JOIN operator_actions a ON a.id = t.action_id
           WHERE t.client_reference = h.client_reference))
       FROM operator_history h CROSS JOIN customer_lines l
         ON l.operator_id = h.operator_id AND l.msisdn = h.msisdn AND l.first_sale_id = h.id
       WHERE ${sales} AND h.confirmed_at >= ? AND h.confirmed_at < ? AND h.status = 'completed'
         AND ${inJson('+h.operator_id')}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .raw()
    .all(
      ...(input.kind === 'reseller' ? [party] : []),
      scope.fromMs,
      scope.endMs,
      operatorsJson,
      input.limit,
      input.offset,
    ) as LineRow[];
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const since30 = activeSinceMs(readiness.activeAsOf, 30);
  const since90 = activeSinceMs(readiness.activeAsOf, 90);
  return {
    total,
    salesPending: readiness.salesPending,
    activeAsOf: readiness.activeAsOf,
    rows: rows.map(
      ([
        operatorId,
        msisdn,
        firstAt,
        firstSaleId,
        lastAt,
        topupsCount,
        topupsMinor,
        reversalsCount,
        reversalsMinor,
        entryId,
      ]) => {
        const operator = operatorOf.get(operatorId);
        return {
          operatorId,
          msisdnMasked: maskMsisdn(msisdn),
          acquiredAt: new Date(firstAt).toISOString(),
          acquisitionSaleId: firstSaleId,
          acquisitionEntryId: entryId,
          retailerCode: code,
          units: operator?.units ?? '',
          scale: operator?.scale ?? 0,
          topupsCount,
          topupsMinor,
          reversalsCount,
          reversalsMinor,
          lifetimeValueMinor: topupsMinor - reversalsMinor,
          lastTopupAt: new Date(lastAt).toISOString(),
          active30: lastAt >= since30,
          active90: lastAt >= since90,
        };
      },
    ),
  };
}
