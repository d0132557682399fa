import type Database from 'better-sqlite3';
import type { FloatMovementReport } from '../../contract/reportSchemas';
import { granularityOf, inJson, type ReportScope } from './reportScope';
import { periodOfDay } from './resellerSales';

type Kind = 'purchase' | 'allocation' | 'allocation_reversal' | 'direct_topup';
const finalStates = "('confirmed', 'failed', 'cancelled')";

interface Row {
  operator_id: string;
  kind: Kind;
  state: string;
  day: string | null;
  count: number;
  amount: number;
}

/**
 * The float's movements per operator: purchases, allocations, their reversals and our desk's
 * top-ups confirmed in the period (by the day the operator made them final), the ones that failed,
 * and those still open. A reseller selection narrows allocations and reversals to its resellers.
 */
export function floatMovementReport(sqlite: Database.Database, scope: ReportScope): FloatMovementReport {
  const where = [inJson('operator_id')];
  const parameters: unknown[] = [JSON.stringify(scope.operators.map((operator) => operator.id))];
  if (scope.parties !== null) {
    where.push(`(kind IN ('purchase', 'direct_topup') OR ${inJson('party_id')})`);
    parameters.push(JSON.stringify(scope.parties));
  }
  const rows = sqlite
    .prepare(
      `SELECT operator_id, kind, state,
         CASE WHEN state IN ${finalStates} THEN strftime('%Y-%m-%d', final_at / 1000, 'unixepoch') END AS day,
         count(*) AS count, sum(amount_minor) AS amount
       FROM operator_actions
       WHERE ${where.join(' AND ')}
         AND ((state IN ${finalStates} AND final_at >= ? AND final_at < ?)
           OR (state NOT IN ${finalStates} AND created_at < ?))
       GROUP BY 1, 2, 3, 4`,
    )
    .all(...parameters, scope.fromMs, scope.endMs, scope.endMs) as Row[];
  const empty = () => ({ count: 0, amountMinor: 0 });
  const byOperator = new Map(
    scope.operators.map((operator) => [
      operator.id,
      {
        operatorId: operator.id,
        operatorName: operator.name,
        units: operator.units,
        scale: operator.scale,
        purchases: empty(),
        allocations: empty(),
        reversals: empty(),
        directTopups: empty(),
        failed: empty(),
        pending: empty(),
      },
    ]),
  );
  const granularity = granularityOf(scope);
  const series = new Map<string, FloatMovementReport['series'][number]>();
  const field = {
    purchase: 'purchases',
    allocation: 'allocations',
    allocation_reversal: 'reversals',
    direct_topup: 'directTopups',
  } as const;
  for (const row of rows) {
    const figure = byOperator.get(row.operator_id);
    if (figure === undefined) continue;
    const target =
      row.state === 'confirmed'
        ? figure[field[row.kind]]
        : row.state === 'failed'
          ? figure.failed
          : row.state === 'cancelled'
            ? null
            : figure.pending;
    if (target === null) continue;
    target.count += row.count;
    target.amountMinor += row.amount;
    if (row.state !== 'confirmed' || row.day === null) continue;
    const period = periodOfDay(row.day, granularity);
    const key = `${period}|${row.operator_id}|${row.kind}`;
    const point = series.get(key) ?? {
      period,
      operatorId: row.operator_id,
      units: figure.units,
      scale: figure.scale,
      kind: row.kind,
      count: 0,
      amountMinor: 0,
    };
    point.count += row.count;
    point.amountMinor += row.amount;
    series.set(key, point);
  }
  return {
    period: { from: scope.from, to: scope.to },
    byOperator: [...byOperator.values()],
    series: [...series.values()].sort(
      (a, b) => a.period.localeCompare(b.period) || a.kind.localeCompare(b.kind),
    ),
    granularity,
  };
}
