import type Database from 'better-sqlite3';
import type { DirectSalesReport } from '../../contract/reportSchemas';
import { granularityOf, inJson, periodSql, type ReportScope } from './reportScope';
import { dailyRollupFilter } from './salesSource';

interface Row {
  operator_id: string;
  classification: 'retail_sale' | 'direct_sale';
  count: number;
  value: number;
}

/**
 * Non-reseller sales (the operator's other channels and our own desk's top-ups), by channel and
 * operator, beside the reseller-driven ones for the share. Resellers named in the filters do not
 * narrow it: these sales have no reseller.
 */
export function directSalesReport(sqlite: Database.Database, scope: ReportScope): DirectSalesReport {
  const filter = dailyRollupFilter(scope, scope);
  const sql = `SELECT * FROM report_sales_daily WHERE ${filter.where}`;
  const everySale = { parameters: filter.parameters };
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  const figure = (operatorId: string) => {
    const operator = operatorOf.get(operatorId);
    return operator === undefined ? null : { units: operator.units, scale: operator.scale };
  };
  const totals = new Map<string, DirectSalesReport['totals'][number]>();
  const byOperator: DirectSalesReport['byOperator'] = [];
  for (const row of sqlite
    .prepare(
      `SELECT operator_id, classification, sum(count) AS count, sum(face_value_minor) AS value FROM (${sql})
       GROUP BY 1, 2 ORDER BY 1`,
    )
    .all(...everySale.parameters) as Row[]) {
    const units = figure(row.operator_id);
    if (units === null) continue;
    const total = totals.get(units.units) ?? {
      ...units,
      count: 0,
      faceValueMinor: 0,
      resellerCount: 0,
      resellerFaceValueMinor: 0,
    };
    if (row.classification === 'direct_sale') {
      total.count += row.count;
      total.faceValueMinor += row.value;
      const operator = operatorOf.get(row.operator_id);
      byOperator.push({
        ...units,
        operatorId: row.operator_id,
        operatorName: operator?.name ?? row.operator_id,
        count: row.count,
        faceValueMinor: row.value,
      });
    } else {
      total.resellerCount += row.count;
      total.resellerFaceValueMinor += row.value;
    }
    totals.set(units.units, total);
  }
  const byChannel = new Map<string, DirectSalesReport['byChannel'][number]>();
  for (const row of sqlite
    .prepare(
      `SELECT operator_id, channel, sum(count) AS count, sum(face_value_minor) AS value FROM (${sql})
       WHERE classification = 'direct_sale' GROUP BY 1, 2`,
    )
    .all(...everySale.parameters) as Array<{
    operator_id: string;
    channel: string;
    count: number;
    value: number;
  }>) {
    const units = figure(row.operator_id);
    if (units === null) continue;
    const key = `${row.channel}|${units.units}`;
    const channel = byChannel.get(key) ?? {
      ...units,
      channel: row.channel === '' ? 'unnamed' : row.channel,
      count: 0,
      faceValueMinor: 0,
    };
    channel.count += row.count;
    channel.faceValueMinor += row.value;
    byChannel.set(key, channel);
  }
  const granularity = granularityOf(scope);
  const series = new Map<string, DirectSalesReport['series'][number]>();
  for (const row of sqlite
    .prepare(
      `SELECT ${periodSql('day', granularity)} AS period, operator_id, classification, sum(count) AS count,
         sum(face_value_minor) AS value FROM (${sql}) GROUP BY 1, 2, 3 ORDER BY 1`,
    )
    .all(...everySale.parameters) as Array<Row & { period: string }>) {
    const units = figure(row.operator_id);
    if (units === null) continue;
    const kind = row.classification === 'direct_sale' ? ('direct' as const) : ('reseller' as const);
    const key = `${row.period}|${kind}|${units.units}`;
    const point = series.get(key) ?? { ...units, period: row.period, kind, count: 0, faceValueMinor: 0 };
    point.count += row.count;
    point.faceValueMinor += row.value;
    series.set(key, point);
  }
  return {
    period: { from: scope.from, to: scope.to },
    pending: scope.includePending ? pendingDeskTopups(sqlite, scope) : [],
    totals: [...totals.values()],
    byChannel: [...byChannel.values()].sort((a, b) => b.faceValueMinor - a.faceValueMinor),
    byOperator,
    granularity,
    series: [...series.values()],
  };
}

/**
 * Our desk's top-ups asked for in the period and not final at the operator yet: shown apart from the
 * sales, since they may still fail. They have no channel until the operator records one, so a
 * channel filter leaves them out.
 */
function pendingDeskTopups(sqlite: Database.Database, scope: ReportScope): DirectSalesReport['pending'] {
  if (scope.channels !== null) return [];
  const denominations = scope.denominations === null ? '' : `AND ${inJson('amount_minor')}`;
  const rows = sqlite
    .prepare(
      `SELECT operator_id, count(*) AS count, sum(amount_minor) AS value FROM operator_actions
       WHERE kind = 'direct_topup' AND state NOT IN ('confirmed', 'failed', 'cancelled')
         AND created_at >= ? AND created_at < ? AND ${inJson('operator_id')} ${denominations}
       GROUP BY 1 ORDER BY 1`,
    )
    .all(
      scope.fromMs,
      scope.endMs,
      JSON.stringify(scope.operators.map((operator) => operator.id)),
      ...(scope.denominations === null ? [] : [JSON.stringify(scope.denominations)]),
    ) as Array<{ operator_id: string; count: number; value: number }>;
  const operatorOf = new Map(scope.operators.map((operator) => [operator.id, operator]));
  return rows.flatMap((row) => {
    const operator = operatorOf.get(row.operator_id);
    if (operator === undefined) return [];
    return [
      {
        operatorId: row.operator_id,
        units: operator.units,
        scale: operator.scale,
        count: row.count,
        faceValueMinor: row.value,
      },
    ];
  });
}
