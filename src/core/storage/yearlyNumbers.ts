import type Database from 'better-sqlite3';

/** Where a kind of document keeps its numbers: a table and column named by code, never by input. */
export interface YearlyNumbering {
  table: 'purchase_orders' | 'operator_payments' | 'retailer_payments';
  column: 'number' | 'receipt_number';
  /** `PO`, `OP`, `RC`: the number reads `PO-2026-000001`. */
  prefix: string;
}

/**
 * The next number of a document that restarts each calendar year (`PO-2026-000001`), counted from
 * the numbers already given in that year. Runs inside the transaction that writes the document, so
 * two writers never draw the same one.
 */
export function nextYearlyNumber(
  sqlite: Database.Database,
  numbering: YearlyNumbering,
  nowMs: number,
): string {
  const prefix = `${numbering.prefix}-${new Date(nowMs).getFullYear()}-`;
  const count = sqlite
    .prepare(
      `SELECT count(*) FROM ${numbering.table} WHERE ${numbering.column} >= ? AND ${numbering.column} < ?`,
    )
    .pluck()
    .get(prefix, `${prefix}\uffff`) as number;
  return `${prefix}${String(count + 1).padStart(6, '0')}`;
}
