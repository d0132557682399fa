import type Database from 'better-sqlite3';
import type { OperatorStatementView } from '../../contract/operatorStatementSchemas';
import { AppError } from '../appError';
import {
  type OperatorStatementFigures,
  operatorStatement,
  previousOperatorStatement,
} from './operatorStatement';

const iso = (ms: number) => new Date(ms).toISOString();

export const operatorStatementIdOf = (periodKey: string, operatorId: string) =>
  `OS-${periodKey}-${operatorId}`;

interface OperatorRow {
  id: string;
  name: string;
  units: string;
  scale: number;
}

/**
 * Freezes each operator's purchase statement of a period being closed (inside the close's
 * transaction, from the same ledger read): an operator we neither bought from, paid nor owe in the
 * period gets none.
 */
export function freezeOperatorStatements(
  sqlite: Database.Database,
  close: {
    periodId: string;
    periodKey: string;
    period: { startsAtMs: number; endsAtMs: number };
    asOfSeq: number;
    nowMs: number;
    actor: { userId: string; displayName: string };
  },
): void {
  const insert = sqlite.prepare(
    `INSERT INTO settlement_operator_statements (id, period_id, operator_id, as_of_seq, figures_json, created_at,
       created_by, created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const operator of sqlite
    .prepare('SELECT id FROM operator_connections ORDER BY id')
    .pluck()
    .all() as string[]) {
    const figures = operatorStatement(sqlite, {
      period: close.period,
      asOfSeq: close.asOfSeq,
      previous: previousOperatorStatement(sqlite, operator, close.period.startsAtMs),
      operatorId: operator,
    });
    const quiet =
      figures.purchasesCount === 0 &&
      figures.movements.length === 0 &&
      figures.openingPayableMinor === 0 &&
      figures.closingPayableMinor === 0;
    if (quiet) continue;
    insert.run(
      operatorStatementIdOf(close.periodKey, operator),
      close.periodId,
      operator,
      close.asOfSeq,
      JSON.stringify(figures),
      close.nowMs,
      close.actor.userId,
      close.actor.displayName,
    );
  }
}

/** A closed period's operator purchase statements, as the contract shows them. */
export function operatorStatementViews(
  sqlite: Database.Database,
  periodId: string,
  currency: { code: string; scale: number },
): OperatorStatementView[] {
  const period = sqlite.prepare('SELECT id, label FROM settlement_periods WHERE id = ?').get(periodId) as
    | { id: string; label: string }
    | undefined;
  if (period === undefined) {
    throw new AppError('not_found', `No closed settlement period ${periodId} exists.`, {
      issues: [{ path: 'periodId', message: 'names no closed period' }],
    });
  }
  const rows = sqlite
    .prepare(
      `SELECT s.*, c.name, c.units, c.scale FROM settlement_operator_statements s
       LEFT JOIN operator_connections c ON c.id = s.operator_id WHERE s.period_id = ? ORDER BY s.operator_id`,
    )
    .all(periodId) as Array<
    {
      id: string;
      operator_id: string;
      figures_json: string;
      created_at: number;
      created_by_name: string;
    } & Partial<Omit<OperatorRow, 'id'>>
  >;
  const periodOf = sqlite
    .prepare('SELECT label FROM settlement_periods WHERE starts_at <= ? AND ends_at > ? LIMIT 1')
    .pluck();
  const origin = (late: boolean, ms: number) =>
    late ? ((periodOf.get(ms, ms) as string | undefined) ?? null) : null;
  return rows.map((row) => {
    const { purchases, movements, openOrders, ...totals } = JSON.parse(
      row.figures_json,
    ) as OperatorStatementFigures;
    return {
      id: row.id,
      periodId: period.id,
      periodLabel: period.label,
      operatorId: row.operator_id,
      operatorName: row.name ?? row.operator_id,
      currency: currency.code,
      scale: currency.scale,
      airtimeUnits: row.units ?? '',
      airtimeScale: row.scale ?? 0,
      ...totals,
      purchases: purchases.map(({ effectiveAtMs, ...line }) => ({
        ...line,
        effectiveAt: iso(effectiveAtMs),
        originPeriod: origin(line.late, effectiveAtMs),
      })),
      movements: movements.map(({ effectiveAtMs, ...line }) => ({
        ...line,
        effectiveAt: iso(effectiveAtMs),
        originPeriod: origin(line.late, effectiveAtMs),
      })),
      openOrders: openOrders.map(({ confirmedAtMs, dueAtMs, ...order }) => ({
        ...order,
        confirmedAt: iso(confirmedAtMs),
        dueAt: iso(dueAtMs),
      })),
      createdAt: iso(row.created_at),
      createdBy: row.created_by_name,
    };
  });
}
