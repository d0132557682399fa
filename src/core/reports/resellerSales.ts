import type Database from 'better-sqlite3';
import type { ResellerFigure, ResellerSalesReport } from '../../contract/reportSchemas';
import { memoized } from './readMemo';
import {
  dayStartMs,
  granularityOf,
  inJson,
  previousPeriod,
  type ReportOperator,
  type ReportScope,
  registerScopeMax,
} from './reportScope';
import { type SalesSource, salesSource } from './salesSource';

/** Resellers each end of the ranking lists. */
const rankedMax = 10;

interface OperatorSums {
  operator_id: string;
  count: number;
  value: number;
}

function periodOf(period: { from: string; to: string }) {
  return { ...period, fromMs: dayStartMs(period.from), endMs: dayStartMs(period.to) + 86_400_000 };
}

function sumsByOperator(sqlite: Database.Database, source: SalesSource): OperatorSums[] {
  return sqlite
    .prepare(
      `SELECT operator_id, sum(count) AS count, sum(value) AS value FROM (${source.sql}) GROUP BY operator_id`,
    )
    .all(...source.parameters) as OperatorSums[];
}

/** Per-operator sums folded into one figure per airtime units (operators may count in different ones). */
function byUnits(operators: ReportOperator[], rows: OperatorSums[]) {
  const units = new Map<string, { units: string; scale: number; count: number; faceValueMinor: number }>();
  for (const operator of operators) {
    if (!units.has(operator.units)) {
      units.set(operator.units, {
        units: operator.units,
        scale: operator.scale,
        count: 0,
        faceValueMinor: 0,
      });
    }
  }
  for (const row of rows) {
    const operator = operators.find((candidate) => candidate.id === row.operator_id);
    const figure = operator === undefined ? undefined : units.get(operator.units);
    if (figure === undefined) continue;
    figure.count += row.count;
    figure.faceValueMinor += row.value;
  }
  return units;
}

interface SourceRow {
  day: string;
  operator_id: string;
  party_id: string | null;
  denomination_minor: number | null;
  count: number;
  value: number;
}

/** The day's period: itself, the Monday of its week, or the first of its month (as `periodSql`). */
export function periodOfDay(day: string, granularity: 'day' | 'week' | 'month'): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const ms = Date.parse(`${day}T00:00:00Z`);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return new Date(ms - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Sums folded under a key, made on first use. */
function fold<T extends { count: number; faceValueMinor: number }>(
  into: Map<string, T>,
  key: string,
  make: () => T,
  row: SourceRow,
): void {
  let figure = into.get(key);
  if (figure === undefined) {
    figure = make();
    into.set(key, figure);
  }
  figure.count += row.count;
  figure.faceValueMinor += row.value;
}

/**
 * Total reseller-driven sales: how many top-ups resellers made and their face value, by period,
 * operator and denomination, the share of all sales, the growth on the period before, and the
 * resellers at the top and the bottom. The period's sales are read once from one source (see
 * `salesSource`), grouped by day, operator, reseller and denomination, and every card folds them.
 */
export function resellerSalesReport(sqlite: Database.Database, scope: ReportScope): ResellerSalesReport {
  const current = periodOf({ from: scope.from, to: scope.to });
  const before = periodOf(previousPeriod(scope));
  const source = salesSource(scope, current);
  const previous = byUnits(scope.operators, sumsByOperator(sqlite, salesSource(scope, before)));
  const everySale = byUnits(
    scope.operators,
    sumsByOperator(sqlite, salesSource({ ...scope, parties: null }, current, 'any')),
  );
  const rows = sqlite
    .prepare(
      `SELECT day, operator_id, party_id, denomination_minor, sum(count) AS count, sum(value) AS value
       FROM (${source.sql}) GROUP BY 1, 2, 3, 4`,
    )
    .all(...source.parameters) as SourceRow[];
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const granularity = granularityOf(scope);
  const byOperator = new Map<string, ResellerSalesReport['byOperator'][number]>();
  const series = new Map<string, ResellerSalesReport['series'][number]>();
  const byDenomination = new Map<string, ResellerSalesReport['byDenomination'][number]>();
  const byReseller = new Map<string, ResellerFigure>();
  for (const row of rows) {
    const operator = operatorOf.get(row.operator_id);
    if (operator === undefined) continue;
    const { units, scale } = operator;
    fold(
      byOperator,
      operator.id,
      () => ({
        operatorId: operator.id,
        operatorName: operator.name,
        units,
        scale,
        count: 0,
        faceValueMinor: 0,
      }),
      row,
    );
    const period = periodOfDay(row.day, granularity);
    fold(series, `${period}|${units}`, () => ({ period, units, scale, count: 0, faceValueMinor: 0 }), row);
    if (row.denomination_minor !== null) {
      const denominationMinor = row.denomination_minor;
      fold(
        byDenomination,
        `${operator.id}|${denominationMinor}`,
        () => ({ operatorId: operator.id, units, scale, denominationMinor, count: 0, faceValueMinor: 0 }),
        row,
      );
    }
    if (row.party_id !== null) {
      const party = row.party_id;
      fold(byReseller, `${party}|${units}`, () => blankFigure(party, units, scale), row);
    }
  }
  const totalsByUnits = byUnits(
    scope.operators,
    [...byOperator.values()].map((row) => ({
      operator_id: row.operatorId,
      count: row.count,
      value: row.faceValueMinor,
    })),
  );
  const totals = [...totalsByUnits.values()].map((figure) => ({
    ...figure,
    previousCount: previous.get(figure.units)?.count ?? 0,
    previousFaceValueMinor: previous.get(figure.units)?.faceValueMinor ?? 0,
    allSalesCount: everySale.get(figure.units)?.count ?? 0,
    allSalesFaceValueMinor: everySale.get(figure.units)?.faceValueMinor ?? 0,
  }));
  const unavailable: ResellerSalesReport['unavailable'] = [];
  if (!source.hasDenominations) {
    unavailable.push({
      card: 'byDenomination',
      reason: `Denominations are counted per reseller only for selections of up to ${registerScopeMax} resellers.`,
    });
  }
  const figures = source.hasParties
    ? ranked([...byReseller.values()])
    : resellerFigures(sqlite, scope, current, source);
  if (figures === null) {
    unavailable.push({
      card: 'resellers',
      reason:
        'Resellers are ranked on all channels and denominations: clear those filters, or name the resellers.',
    });
  }
  const top = figures?.slice(0, rankedMax) ?? [];
  const bottom =
    figures === null ? [] : figures.slice(Math.max(rankedMax, figures.length - rankedMax)).reverse();
  return {
    period: { from: scope.from, to: scope.to },
    previousPeriod: { from: before.from, to: before.to },
    source: source.kind === 'register' ? 'register' : 'rollup',
    unavailable,
    totals,
    granularity,
    series: [...series.values()].sort(
      (a, b) => a.period.localeCompare(b.period) || a.units.localeCompare(b.units),
    ),
    byOperator: [...byOperator.values()],
    byDenomination: [...byDenomination.values()].sort(
      (a, b) => a.operatorId.localeCompare(b.operatorId) || a.denominationMinor - b.denominationMinor,
    ),
    top: describeResellers(sqlite, scope, current, top),
    bottom: describeResellers(sqlite, scope, current, bottom),
    resellersWithSales: figures === null ? 0 : new Set(figures.map((figure) => figure.code)).size,
  };
}

/** A reseller's figure before its name is known: `code` holds its party id until `describeResellers`. */
function blankFigure(party: string, units: string, scale: number): ResellerFigure {
  return {
    code: party,
    name: party,
    region: null,
    status: 'unknown',
    units,
    scale,
    count: 0,
    faceValueMinor: 0,
    reversalsCount: 0,
    reversalsMinor: 0,
  };
}

/** Most sold first; ties by party id, so pages are stable. */
function ranked(figures: ResellerFigure[]): ResellerFigure[] {
  return figures
    .filter((figure) => figure.count > 0)
    .sort((a, b) => b.faceValueMinor - a.faceValueMinor || a.code.localeCompare(b.code));
}

interface ResellerSums {
  party_id: string;
  operator_id: string;
  count: number;
  value: number;
}

/**
 * Every reseller with sales in the period, as figures per airtime units, most sold first. Without a
 * reseller named, the per-reseller daily rollup gives them (it has no channel or denomination: such
 * filters make the ranking unavailable, and `null` says so).
 */
export function resellerFigures(
  sqlite: Database.Database,
  scope: ReportScope,
  period: { from: string; to: string; fromMs: number; endMs: number },
  source: SalesSource = salesSource(scope, period),
): ResellerFigure[] | null {
  const key = JSON.stringify([
    'resellerFigures',
    source.kind,
    source.sql,
    source.parameters,
    period.from,
    period.to,
    scope.operators.map((operator) => operator.id),
    scope.channels,
    scope.denominations,
  ]);
  return memoized(sqlite, key, () => computeResellerFigures(sqlite, scope, period, source));
}

function computeResellerFigures(
  sqlite: Database.Database,
  scope: ReportScope,
  period: { from: string; to: string },
  source: SalesSource,
): ResellerFigure[] | null {
  let rows: ResellerSums[];
  if (source.hasParties) {
    rows = sqlite
      .prepare(
        `SELECT party_id, operator_id, sum(count) AS count, sum(value) AS value FROM (${source.sql}) GROUP BY 1, 2`,
      )
      .all(...source.parameters) as ResellerSums[];
  } else {
    if (scope.channels !== null || scope.denominations !== null) return null;
    rows = sqlite
      .prepare(
        `SELECT party_id, operator_id, sum(sales_count) AS count, sum(sales_minor) AS value FROM report_retailer_daily
         WHERE day BETWEEN ? AND ? AND ${inJson('operator_id')} GROUP BY 1, 2`,
      )
      .all(
        period.from,
        period.to,
        JSON.stringify(scope.operators.map((operator) => operator.id)),
      ) as ResellerSums[];
  }
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const figures = new Map<string, ResellerFigure>();
  for (const row of rows) {
    const operator = operatorOf.get(row.operator_id);
    if (operator === undefined) continue;
    const key = `${row.party_id}|${operator.units}`;
    let figure = figures.get(key);
    if (figure === undefined) {
      figure = blankFigure(row.party_id, operator.units, operator.scale);
      figures.set(key, figure);
    }
    figure.count += row.count;
    figure.faceValueMinor += row.value;
  }
  return ranked([...figures.values()]);
}

/** Names, regions, statuses and reversals for the few reseller figures shown. */
export function describeResellers(
  sqlite: Database.Database,
  scope: ReportScope,
  period: { from: string; to: string },
  figures: ResellerFigure[],
): ResellerFigure[] {
  if (figures.length === 0) return figures;
  const parties = JSON.stringify([...new Set(figures.map((figure) => figure.code))]);
  const people = new Map(
    (
      sqlite
        .prepare(
          `SELECT operator_party_id, code, name, region, status FROM retailers WHERE ${inJson('operator_party_id')}`,
        )
        .all(parties) as Array<{
        operator_party_id: string;
        code: string;
        name: string;
        region: string | null;
        status: string;
      }>
    ).map((row) => [row.operator_party_id, row]),
  );
  const operatorUnits = new Map(scope.operators.map((operator) => [operator.id, operator.units]));
  const reversals = new Map<string, { count: number; value: number }>();
  for (const row of sqlite
    .prepare(
      `SELECT party_id, operator_id, sum(reversals_count) AS count, sum(reversals_minor) AS value FROM report_retailer_daily
       WHERE ${inJson('party_id')} AND day BETWEEN ? AND ? GROUP BY 1, 2`,
    )
    .all(parties, period.from, period.to) as Array<{
    party_id: string;
    operator_id: string;
    count: number;
    value: number;
  }>) {
    const units = operatorUnits.get(row.operator_id);
    if (units === undefined) continue;
    const key = `${row.party_id}|${units}`;
    const sums = reversals.get(key) ?? { count: 0, value: 0 };
    sums.count += row.count;
    sums.value += row.value;
    reversals.set(key, sums);
  }
  return figures.map((figure) => {
    const person = people.get(figure.code);
    const reversed = reversals.get(`${figure.code}|${figure.units}`);
    return {
      ...figure,
      code: person?.code ?? figure.code,
      name: person?.name ?? figure.code,
      region: person?.region ?? null,
      status: person?.status ?? 'unknown',
      reversalsCount: reversed?.count ?? 0,
      reversalsMinor: reversed?.value ?? 0,
    };
  });
}
