import type Database from 'better-sqlite3';
import type { AcquiredCustomersReport, CustomerFigures } from '../../contract/customerReportSchemas';
import { customerLineCounter, utcDayOf } from './customerLines';
import { inJson, type ReportOperator, type ReportScope } from './reportScope';

/** How long a read counts pending sales itself before answering; the rest is counted in the background. */
export const readCatchUpBudgetMs = 250;
/** Resellers the card ranks. */
const rankedMax = 10;

/** Where the lines stand for a read: how much of the register is not counted yet, and "today". */
export interface CustomerLinesReadiness {
  salesPending: number;
  activeAsOf: string;
}

/**
 * Brings the lines up to date before a read: counts what the register holds past the watermark
 * (for up to `readCatchUpBudgetMs`: after a big pull, or the first count after an upgrade, the rest
 * goes on in the background and the report says how much is left) and moves the active windows to
 * today by the workspace's clock.
 */
export function prepareCustomerLines(sqlite: Database.Database, clock: () => number): CustomerLinesReadiness {
  const counter = customerLineCounter(sqlite);
  const nowMs = clock();
  const state = counter.catchUp(nowMs, readCatchUpBudgetMs);
  // A failure here shows on the next read, which counts (and throws) in the foreground.
  if (state.rowsPending > 0) counter.catchUpInBackground(clock).catch(() => undefined);
  const activeAsOf = utcDayOf(nowMs);
  counter.rollTo(activeAsOf);
  return { salesPending: state.rowsPending, activeAsOf };
}

/** The filters a line cannot follow: it belongs to whoever topped it up first, whatever the channel or amount. */
export function customerFiltersNotApplied(scope: ReportScope): AcquiredCustomersReport['notApplied'] {
  const notApplied: AcquiredCustomersReport['notApplied'] = [];
  if (scope.channels !== null) {
    notApplied.push({
      filter: 'channels',
      reason:
        'A line is acquired by whoever tops it up first, whatever the channel: channels are not applied.',
    });
  }
  if (scope.denominations !== null) {
    notApplied.push({
      filter: 'denominations',
      reason: 'A line counts all its top-ups, whatever their amount: denominations are not applied.',
    });
  }
  if (scope.includePending) {
    notApplied.push({
      filter: 'status',
      reason:
        'Lines count final top-ups only: our open desk top-ups count once the operator makes them final.',
    });
  }
  return notApplied;
}

/** Sums as SQL returns them, in the order of `sumsSql`. */
export type SumsRow = [
  lines: number,
  topupsCount: number,
  topupsMinor: number,
  reversalsCount: number,
  reversalsMinor: number,
  active30: number,
  active90: number,
];

export const sumsSql =
  'sum(lines), sum(topups_count), sum(topups_minor), sum(reversals_count), sum(reversals_minor), sum(active_30), sum(active_90)';

export function blankFigures(operator: { units: string; scale: number }): CustomerFigures {
  return {
    units: operator.units,
    scale: operator.scale,
    lines: 0,
    topupsCount: 0,
    topupsMinor: 0,
    reversalsCount: 0,
    reversalsMinor: 0,
    lifetimeValueMinor: 0,
    active30: 0,
    active90: 0,
  };
}

export function addSums(figures: CustomerFigures, sums: SumsRow): void {
  const [lines, topupsCount, topupsMinor, reversalsCount, reversalsMinor, active30, active90] = sums;
  figures.lines += lines;
  figures.topupsCount += topupsCount;
  figures.topupsMinor += topupsMinor;
  figures.reversalsCount += reversalsCount;
  figures.reversalsMinor += reversalsMinor;
  figures.lifetimeValueMinor += topupsMinor - reversalsMinor;
  figures.active30 += active30;
  figures.active90 += active90;
}

/** Get-or-make in a map. */
export function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Code, name and region of resellers by party id. */
export function resellersByParty(
  sqlite: Database.Database,
  parties: readonly string[],
): Map<string, { code: string; name: string; region: string | null }> {
  if (parties.length === 0) return new Map();
  return new Map(
    (
      sqlite
        .prepare(
          `SELECT operator_party_id, code, name, region FROM retailers WHERE ${inJson('operator_party_id')}`,
        )
        .all(JSON.stringify([...new Set(parties)])) as Array<{
        operator_party_id: string;
        code: string;
        name: string;
        region: string | null;
      }>
    ).map((row) => [row.operator_party_id, { code: row.code, name: row.name, region: row.region }]),
  );
}

/**
 * The cohort rows of the scope's period, operators and resellers, as a WHERE clause, and what to
 * group the operators by. Over every reseller a dashboard reads a month of every reseller's days:
 * with every operator chosen there is no operator condition to test on each row, and with one
 * airtime units among them no operator to group by (`operatorSql` is then NULL, read as `units`).
 */
export interface CohortFilter {
  where: string;
  parameters: unknown[];
  operatorSql: 'operator_id' | 'NULL';
  /** The operator a NULL `operatorSql` stands for (any of the scope's: they share units and scale). */
  soleUnits: ReportOperator | null;
}

export function cohortFilter(sqlite: Database.Database, scope: ReportScope): CohortFilter {
  const where = ['day BETWEEN ? AND ?', "party_id <> ''"];
  const parameters: unknown[] = [scope.from, scope.to];
  const connected = sqlite.prepare('SELECT count(*) FROM operator_connections').pluck().get() as number;
  if (scope.operators.length < connected) {
    where.push(inJson('operator_id'));
    parameters.push(operatorIdsJson(scope.operators));
  }
  if (scope.parties !== null) {
    where.push(inJson('party_id'));
    parameters.push(JSON.stringify(scope.parties));
  }
  const units = new Set(scope.operators.map((operator) => `${operator.units}|${operator.scale}`));
  const soleUnits = units.size === 1 ? (scope.operators[0] ?? null) : null;
  return {
    where: where.join(' AND '),
    parameters,
    operatorSql: soleUnits === null ? 'operator_id' : 'NULL',
    soleUnits,
  };
}

/** The operator (for its units) a grouped row stands for. */
export function operatorOfRow(
  scope: ReportScope,
  filter: CohortFilter,
): (operatorId: string | null) => ReportOperator | undefined {
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  return (operatorId) => (operatorId === null ? (filter.soleUnits ?? undefined) : operatorOf.get(operatorId));
}

export function operatorIdsJson(operators: readonly ReportOperator[]): string {
  return JSON.stringify(operators.map((operator) => operator.id));
}

/**
 * Customers acquired via resellers: the lines whose first top-up a reseller made in the period,
 * their top-ups and value since, how many are still active, per month of acquisition and for the
 * resellers that acquired most. Read from the per-day rollups; only the ranking reads every
 * reseller's day (one summed column), then the ten ranked are summed in full.
 */
export function acquiredCustomersReport(
  sqlite: Database.Database,
  scope: ReportScope,
  clock: () => number,
): AcquiredCustomersReport {
  const readiness = prepareCustomerLines(sqlite, clock);
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const operatorsJson = operatorIdsJson(scope.operators);
  const totals = new Map<string, AcquiredCustomersReport['totals'][number]>();
  const cohorts = new Map<string, AcquiredCustomersReport['cohorts'][number]>();
  const totalOf = (operator: ReportOperator) =>
    entry(totals, operator.units, () => ({ ...blankFigures(operator), directLines: 0, newLines: 0 }));
  for (const operator of scope.operators) totalOf(operator);
  const addReseller = (day: string, operator: ReportOperator, sums: SumsRow) => {
    addSums(totalOf(operator), sums);
    const month = day.slice(0, 7);
    addSums(
      entry(cohorts, `${month}|${operator.units}`, () => ({ ...blankFigures(operator), month })),
      sums,
    );
  };
  // Every line of the period, resellers' and others', from the small per-day table.
  for (const [day, operatorId, acquiredBy, ...sums] of sqlite
    .prepare(
      `SELECT day, operator_id, acquired_by, ${sumsSql} FROM report_customer_days
       WHERE day BETWEEN ? AND ? AND ${inJson('operator_id')} GROUP BY 1, 2, 3`,
    )
    .raw()
    .all(scope.from, scope.to, operatorsJson) as Array<[string, string, string, ...SumsRow]>) {
    const operator = operatorOf.get(operatorId);
    if (operator === undefined) continue;
    totalOf(operator).newLines += sums[0];
    if (acquiredBy === 'direct') totalOf(operator).directLines += sums[0];
    else if (scope.parties === null) addReseller(day, operator, sums);
  }
  const filter = cohortFilter(sqlite, scope);
  if (scope.parties !== null) {
    // Resellers named: their own cohorts, through the index by reseller and day.
    for (const [day, operatorId, ...sums] of sqlite
      .prepare(
        `SELECT day, operator_id, ${sumsSql} FROM report_customer_cohorts INDEXED BY report_customer_cohorts_party
         WHERE ${filter.where} GROUP BY 1, 2`,
      )
      .raw()
      .all(...filter.parameters) as Array<[string, string, ...SumsRow]>) {
      const operator = operatorOf.get(operatorId);
      if (operator !== undefined) addReseller(day, operator, sums);
    }
  }
  const ranking = rankResellers(sqlite, scope, filter);
  return {
    period: { from: scope.from, to: scope.to },
    activeAsOf: readiness.activeAsOf,
    salesPending: readiness.salesPending,
    notApplied: customerFiltersNotApplied(scope),
    totals: [...totals.values()],
    cohorts: [...cohorts.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.units.localeCompare(b.units),
    ),
    top: ranking.top,
    resellersWithCustomers: ranking.resellers,
  };
}

/** The resellers that acquired most lines: counted on one column, then the ten described in full. */
function rankResellers(
  sqlite: Database.Database,
  scope: ReportScope,
  filter: CohortFilter,
): { top: AcquiredCustomersReport['top']; resellers: number } {
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const operatorOfRanked = operatorOfRow(scope, filter);
  const indexed = scope.parties === null ? '' : 'INDEXED BY report_customer_cohorts_party';
  const lines = new Map<string, { party: string; units: string; lines: number }>();
  for (const [party, operatorId, count] of sqlite
    .prepare(
      `SELECT party_id, ${filter.operatorSql}, sum(lines) FROM report_customer_cohorts ${indexed}
       WHERE ${filter.where} GROUP BY 1, 2`,
    )
    .raw()
    .all(...filter.parameters) as Array<[string, string | null, number]>) {
    const operator = operatorOfRanked(operatorId);
    if (operator === undefined || count === 0) continue;
    entry(lines, `${party}|${operator.units}`, () => ({ party, units: operator.units, lines: 0 })).lines +=
      count;
  }
  const ranked = [...lines.values()]
    .sort((a, b) => b.lines - a.lines || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0))
    .slice(0, rankedMax);
  const resellers = new Set([...lines.values()].map((row) => row.party)).size;
  if (ranked.length === 0) return { top: [], resellers };
  const figures = new Map<string, CustomerFigures>();
  for (const [party, operatorId, ...sums] of sqlite
    .prepare(
      `SELECT party_id, operator_id, ${sumsSql} FROM report_customer_cohorts INDEXED BY report_customer_cohorts_party
       WHERE ${inJson('party_id')} AND day BETWEEN ? AND ? AND ${inJson('operator_id')} GROUP BY 1, 2`,
    )
    .raw()
    .all(
      JSON.stringify(ranked.map((row) => row.party)),
      scope.from,
      scope.to,
      operatorIdsJson(scope.operators),
    ) as Array<[string, string, ...SumsRow]>) {
    const operator = operatorOf.get(operatorId);
    if (operator === undefined) continue;
    addSums(
      entry(figures, `${party}|${operator.units}`, () => blankFigures(operator)),
      sums,
    );
  }
  const people = resellersByParty(
    sqlite,
    ranked.map((row) => row.party),
  );
  const top = ranked.map((row) => {
    const person = people.get(row.party);
    const figure = figures.get(`${row.party}|${row.units}`) ?? blankFigures({ units: row.units, scale: 0 });
    return {
      ...figure,
      code: person?.code ?? row.party,
      name: person?.name ?? row.party,
      region: person?.region ?? null,
    };
  });
  return { top, resellers };
}
