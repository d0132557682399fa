import type Database from 'better-sqlite3';
import type { ResellerFigure, ResellerSalesReport } from '../../contract/reportSchemas';
import {
  dayStartMs,
  granularityOf,
  inJson,
  periodSql,
  previousPeriod,
  type ReportOperator,
  type ReportScope,
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

/**
 * Total reseller-driven sales: how many top-ups resellers made and their face value, by period,
 * operator and denomination, the share of all sales, the growth on the period before, and the
 * resellers at the top and the bottom. Every figure comes from one source (see `salesSource`).
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
  const operatorRows = sumsByOperator(sqlite, source);
  const totals = [...byUnits(scope.operators, operatorRows).values()].map((figure) => ({
    ...figure,
    previousCount: previous.get(figure.units)?.count ?? 0,
    previousFaceValueMinor: previous.get(figure.units)?.faceValueMinor ?? 0,
    allSalesCount: everySale.get(figure.units)?.count ?? 0,
    allSalesFaceValueMinor: everySale.get(figure.units)?.faceValueMinor ?? 0,
  }));
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const granularity = granularityOf(scope);
  const seriesRows = sqlite
    .prepare(
      `SELECT ${periodSql('day', granularity)} AS period, operator_id, sum(count) AS count, sum(value) AS value
       FROM (${source.sql}) GROUP BY 1, 2 ORDER BY 1`,
    )
    .all(...source.parameters) as Array<OperatorSums & { period: string }>;
  const series = new Map<
    string,
    { period: string; units: string; scale: number; count: number; faceValueMinor: number }
  >();
  for (const row of seriesRows) {
    const operator = operatorOf.get(row.operator_id);
    if (operator === undefined) continue;
    const key = `${row.period}|${operator.units}`;
    const point = series.get(key) ?? {
      period: row.period,
      units: operator.units,
      scale: operator.scale,
      count: 0,
      faceValueMinor: 0,
    };
    point.count += row.count;
    point.faceValueMinor += row.value;
    series.set(key, point);
  }
  const unavailable: ResellerSalesReport['unavailable'] = [];
  let byDenomination: ResellerSalesReport['byDenomination'] = [];
  if (source.hasDenominations) {
    byDenomination = (
      sqlite
        .prepare(
          `SELECT operator_id, denomination_minor, sum(count) AS count, sum(value) AS value FROM (${source.sql})
           GROUP BY 1, 2 ORDER BY 1, 2`,
        )
        .all(...source.parameters) as Array<OperatorSums & { denomination_minor: number }>
    ).flatMap((row) => {
      const operator = operatorOf.get(row.operator_id);
      return operator === undefined
        ? []
        : [
            {
              operatorId: row.operator_id,
              units: operator.units,
              scale: operator.scale,
              denominationMinor: row.denomination_minor,
              count: row.count,
              faceValueMinor: row.value,
            },
          ];
    });
  } else {
    unavailable.push({
      card: 'byDenomination',
      reason: 'Denominations are counted per reseller only for selections of up to 500 resellers.',
    });
  }
  const ranking = rankResellers(sqlite, scope, current, source);
  if (ranking === null) {
    unavailable.push({
      card: 'resellers',
      reason:
        'Resellers are ranked on all channels and denominations: clear those filters, or name the resellers.',
    });
  }
  return {
    period: { from: scope.from, to: scope.to },
    previousPeriod: { from: before.from, to: before.to },
    source: source.kind === 'register' ? 'register' : 'rollup',
    unavailable,
    totals,
    granularity,
    series: [...series.values()],
    byOperator: operatorRows.flatMap((row) => {
      const operator = operatorOf.get(row.operator_id);
      return operator === undefined
        ? []
        : [
            {
              operatorId: operator.id,
              operatorName: operator.name,
              units: operator.units,
              scale: operator.scale,
              count: row.count,
              faceValueMinor: row.value,
            },
          ];
    }),
    byDenomination,
    top: ranking?.top ?? [],
    bottom: ranking?.bottom ?? [],
    resellersWithSales: ranking?.resellersWithSales ?? 0,
  };
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
  const figures = new Map<string, ResellerFigure & { party: string }>();
  for (const row of rows) {
    const operator = operatorOf.get(row.operator_id);
    if (operator === undefined || row.count === 0) continue;
    const key = `${row.party_id}|${operator.units}`;
    const figure = figures.get(key) ?? {
      party: row.party_id,
      code: row.party_id,
      name: row.party_id,
      region: null,
      status: 'unknown',
      units: operator.units,
      scale: operator.scale,
      count: 0,
      faceValueMinor: 0,
      reversalsCount: 0,
      reversalsMinor: 0,
    };
    figure.count += row.count;
    figure.faceValueMinor += row.value;
    figures.set(key, figure);
  }
  return [...figures.values()]
    .sort((a, b) => b.faceValueMinor - a.faceValueMinor || a.party.localeCompare(b.party))
    .map(({ party: _party, ...figure }) => figure);
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

function rankResellers(
  sqlite: Database.Database,
  scope: ReportScope,
  period: { from: string; to: string; fromMs: number; endMs: number },
  source: SalesSource,
): { top: ResellerFigure[]; bottom: ResellerFigure[]; resellersWithSales: number } | null {
  const figures = resellerFigures(sqlite, scope, period, source);
  if (figures === null) return null;
  const top = figures.slice(0, rankedMax);
  const bottom = figures.slice(Math.max(rankedMax, figures.length - rankedMax)).reverse();
  return {
    top: describeResellers(sqlite, scope, period, top),
    bottom: describeResellers(sqlite, scope, period, bottom),
    resellersWithSales: new Set(figures.map((figure) => figure.code)).size,
  };
}
