import type Database from 'better-sqlite3';
import type { CommissionLine } from '../../contract/payoutSchemas';
import type { CommissionPlanRules } from '../../contract/retailerSchemas';
import { assertLedger } from '../ledger/ledgerAssert';
import { type MonthRow, monthLines } from '../reports/payouts';
import type { ReportOperator } from '../reports/reportScope';
import { allocationChargeCode, allocationRefundCode } from '../retailers/allocationTerms';

/** The ledger as a statement reads it: posted transfers only (a pending reservation is not owed yet). */
const postedKinds = "('posting', 'post_pending', 'reversal')";

export interface StatementInputs {
  period: { startsAtMs: number; endsAtMs: number };
  /** The ledger is read up to this transfer: the close (or a correction). */
  asOfSeq: number;
  /**
   * The reseller's statement of the period before, if any: its closing balance opens this one, and
   * what was recorded after it (`asOfSeq`) for earlier periods is carried in as adjustments.
   */
  previous: { closingBalanceMinor: number; asOfSeq: number } | null;
  retailer: { code: string; partyId: string; receivableAccountId: string };
  plan: { rules: CommissionPlanRules } | null;
  operators: ReportOperator[];
}

/** One movement of what a reseller owes us, signed as it moves that balance. */
export interface StatementMovement {
  seq: number;
  entryId: string;
  code: string;
  effectiveAtMs: number;
  amountMinor: number;
  operatorReference: string | null;
  late: boolean;
}

export interface StatementFigures {
  openingBalanceMinor: number;
  allocationsMinor: number;
  allocationReversalsMinor: number;
  paymentsMinor: number;
  otherMinor: number;
  adjustmentsMinor: number;
  closingBalanceMinor: number;
  salesCount: number;
  salesMinor: number;
  saleReversalsMinor: number;
  commissionMinor: number;
  netMinor: number;
  commissionLines: CommissionLine[];
  /** Late movements carried in, each naming when it took effect. */
  adjustments: Array<{ entryId: string; effectiveAtMs: number; code: string; amountMinor: number }>;
}

/**
 * A reseller's statement of the period ending when `periodStartMs` begins (its latest version): its
 * closing balance opens the next statement, and its ledger bound tells which movements came late.
 * Null for a reseller with no statement there (everything earlier then opens the next one).
 */
export function previousStatement(
  sqlite: Database.Database,
  retailerCode: string,
  periodStartMs: number,
): StatementInputs['previous'] {
  const row = sqlite
    .prepare(
      `SELECT s.as_of_seq, s.figures_json FROM settlement_statements s JOIN settlement_periods p ON p.id = s.period_id
       WHERE s.retailer_code = ? AND p.ends_at = ? ORDER BY s.version DESC LIMIT 1`,
    )
    .get(retailerCode, periodStartMs) as { as_of_seq: number; figures_json: string } | undefined;
  if (row === undefined) return null;
  return {
    closingBalanceMinor: (JSON.parse(row.figures_json) as StatementFigures).closingBalanceMinor,
    asOfSeq: row.as_of_seq,
  };
}

/** Every posted movement of the receivable up to `asOfSeq`, signed (the receivable is debit-normal). */
export function receivableMovements(
  sqlite: Database.Database,
  accountId: string,
  asOfSeq: number,
): Array<Omit<StatementMovement, 'late'>> {
  const rows = sqlite
    .prepare(
      `SELECT t.seq, t.code, t.amount_minor, t.effective_at, t.operator_reference, e.id AS entry_id,
         t.debit_account_seq = a.seq AS is_debit
       FROM ledger_accounts a
       JOIN ledger_transfers t ON t.debit_account_seq = a.seq OR t.credit_account_seq = a.seq
       JOIN ledger_entries e ON e.seq = t.entry_seq
       WHERE a.id = ? AND t.seq <= ? AND t.kind IN ${postedKinds}
       ORDER BY t.effective_at, t.seq`,
    )
    .all(accountId, asOfSeq) as Array<{
    seq: number;
    code: string;
    amount_minor: number;
    effective_at: number;
    operator_reference: string | null;
    entry_id: string;
    is_debit: number;
  }>;
  return rows.map((row) => ({
    seq: row.seq,
    entryId: row.entry_id,
    code: row.code,
    effectiveAtMs: row.effective_at,
    amountMinor: row.is_debit === 1 ? row.amount_minor : -row.amount_minor,
    operatorReference: row.operator_reference,
  }));
}

/**
 * The movements a statement lists: those that took effect in the period, and those recorded since
 * the previous statement that took effect before the period (late: carried in as adjustments).
 * Later movements belong to later periods.
 */
export function statementMovements(
  movements: ReadonlyArray<Omit<StatementMovement, 'late'>>,
  inputs: Pick<StatementInputs, 'period'> & { previous: { asOfSeq: number } | null },
): StatementMovement[] {
  const { startsAtMs, endsAtMs } = inputs.period;
  const previousSeq = inputs.previous?.asOfSeq ?? null;
  const listed: StatementMovement[] = [];
  for (const movement of movements) {
    if (movement.effectiveAtMs >= endsAtMs) continue;
    if (movement.effectiveAtMs >= startsAtMs) listed.push({ ...movement, late: false });
    else if (previousSeq !== null && movement.seq > previousSeq) listed.push({ ...movement, late: true });
  }
  return listed;
}

/** Sales and reversals of the period by UTC month, operator and denomination, from the register. */
function periodSales(
  sqlite: Database.Database,
  partyId: string,
  period: StatementInputs['period'],
): MonthRow[] {
  const rows = sqlite
    .prepare(
      `SELECT strftime('%Y-%m', confirmed_at / 1000, 'unixepoch') AS month, operator_id, amount_minor,
         sum(classification = 'retail_sale') AS sales_count,
         sum(CASE WHEN classification = 'retail_sale' THEN amount_minor ELSE 0 END) AS sales_minor,
         sum(classification = 'sale_reversal') AS reversals_count,
         sum(CASE WHEN classification = 'sale_reversal' THEN amount_minor ELSE 0 END) AS reversals_minor
       FROM (
         SELECT confirmed_at, operator_id, amount_minor, classification FROM operator_history INDEXED BY operator_history_retail_sales
         WHERE requestor_party_id = @party AND classification = 'retail_sale' AND confirmed_at >= @from AND confirmed_at < @to AND status = 'completed'
         UNION ALL
         SELECT confirmed_at, operator_id, amount_minor, classification FROM operator_history INDEXED BY operator_history_sale_reversals
         WHERE requestor_party_id = @party AND classification = 'sale_reversal' AND confirmed_at >= @from AND confirmed_at < @to AND status = 'completed'
       )
       GROUP BY 1, 2, 3`,
    )
    .all({ party: partyId, from: period.startsAtMs, to: period.endsAtMs }) as Array<
    Omit<MonthRow, 'party_id' | 'denomination_minor'> & { amount_minor: number }
  >;
  return rows.map((row) => ({
    month: row.month,
    operator_id: row.operator_id,
    party_id: partyId,
    denomination_minor: row.amount_minor,
    sales_count: row.sales_count,
    sales_minor: row.sales_minor,
    reversals_count: row.reversals_count,
    reversals_minor: row.reversals_minor,
  }));
}

/** The rule name of the line that brings a month's earlier periods up (or down) to the month's slab. */
export const slabTrueUpRule = 'slab true-up';

const monthStartMs = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
const nextMonthStartMs = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1);

/**
 * What the reseller's earlier statements already gave it in commission for `month` at `operatorId`
 * (their latest versions, periods before this one).
 */
function statedCommission(
  sqlite: Database.Database,
  retailerCode: string,
  periodStartMs: number,
  month: string,
  operatorId: string,
): number {
  const rows = sqlite
    .prepare(
      `SELECT s.figures_json FROM settlement_statements s JOIN settlement_periods p ON p.id = s.period_id
       WHERE s.retailer_code = ? AND p.ends_at <= ? AND p.ends_at > ?
         AND s.version = (SELECT max(version) FROM settlement_statements v WHERE v.id = s.id)`,
    )
    .pluck()
    .all(retailerCode, periodStartMs, monthStartMs(month)) as string[];
  let stated = 0;
  for (const json of rows) {
    for (const line of (JSON.parse(json) as StatementFigures).commissionLines) {
      if (line.month === month && line.operatorId === operatorId)
        stated += line.commissionMinor + line.clawbackMinor;
    }
  }
  return stated;
}

/**
 * The commission on the period's sales. Slabs count a calendar month's net volume: each month's
 * slab is chosen by its volume from the month's start to the period's end (the same figure however
 * late the close). When the period began inside the month (weekly cycles, or a monthly cycle not
 * cut on the 1st in UTC), the month so far is recomputed at that slab and what earlier statements
 * already gave is taken off: the difference is a true-up line, so the month's statements add up
 * to the commission the whole month earns at the slab it reached.
 */
function periodCommission(
  sqlite: Database.Database,
  inputs: StatementInputs,
  sales: MonthRow[],
  rules: CommissionPlanRules,
): CommissionLine[] {
  const operatorOf = new Map(inputs.operators.map((operator) => [operator.id, operator]));
  const byMonth = new Map<string, MonthRow[]>();
  for (const row of sales) {
    const key = `${row.operator_id}|${row.month}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  const lines: CommissionLine[] = [];
  for (const rows of byMonth.values()) {
    const first = rows[0];
    const operator = first === undefined ? undefined : operatorOf.get(first.operator_id);
    if (first === undefined || operator === undefined) continue;
    const monthFrom = monthStartMs(first.month);
    const toDate = periodSales(sqlite, inputs.retailer.partyId, {
      startsAtMs: monthFrom,
      endsAtMs: Math.min(inputs.period.endsAtMs, nextMonthStartMs(first.month)),
    }).filter((row) => row.operator_id === first.operator_id && row.month === first.month);
    const volume = toDate.reduce((sum, row) => sum + row.sales_minor - row.reversals_minor, 0);
    const own = monthLines(rows, operator, rules, null, volume);
    lines.push(...own);
    if (monthFrom >= inputs.period.startsAtMs) continue;
    const total = (list: CommissionLine[]) =>
      list.reduce((sum, line) => sum + line.commissionMinor + line.clawbackMinor, 0);
    const trueUp =
      total(monthLines(toDate, operator, rules, null, volume)) -
      statedCommission(sqlite, inputs.retailer.code, inputs.period.startsAtMs, first.month, operator.id) -
      total(own);
    if (trueUp === 0) continue;
    lines.push({
      month: first.month,
      operatorId: operator.id,
      units: operator.units,
      scale: operator.scale,
      rule: slabTrueUpRule,
      slabFromMinor: own[0]?.slabFromMinor ?? null,
      monthlyVolumeMinor: Math.max(0, volume),
      basisPoints: own[0]?.basisPoints ?? 0,
      denominationsMinor: [],
      salesCount: 0,
      salesMinor: 0,
      reversalsMinor: 0,
      commissionMinor: trueUp,
      clawbackMinor: 0,
    });
  }
  return lines;
}

/**
 * One reseller's statement of a period, from the ledger up to `asOfSeq` and the sales register:
 * what it owed at the start, what moved that (allocations charged, taken back, payments, late
 * movements of closed periods), what it owes at the end, and the commission its plan earns on the
 * period's sales (each month's slab chosen by its net volume up to the period's end).
 */
export function resellerStatement(sqlite: Database.Database, inputs: StatementInputs): StatementFigures {
  const movements = receivableMovements(sqlite, inputs.retailer.receivableAccountId, inputs.asOfSeq);
  const listed = statementMovements(movements, inputs);
  let openingBalanceMinor = inputs.previous?.closingBalanceMinor ?? 0;
  if (inputs.previous === null) {
    for (const movement of movements) {
      if (movement.effectiveAtMs < inputs.period.startsAtMs) openingBalanceMinor += movement.amountMinor;
    }
  }
  const figures = {
    allocationsMinor: 0,
    allocationReversalsMinor: 0,
    paymentsMinor: 0,
    otherMinor: 0,
    adjustmentsMinor: 0,
  };
  const adjustments: StatementFigures['adjustments'] = [];
  for (const movement of listed) {
    if (movement.late) {
      figures.adjustmentsMinor += movement.amountMinor;
      adjustments.push({
        entryId: movement.entryId,
        effectiveAtMs: movement.effectiveAtMs,
        code: movement.code,
        amountMinor: movement.amountMinor,
      });
    } else if (movement.code === allocationChargeCode) figures.allocationsMinor += movement.amountMinor;
    else if (movement.code === allocationRefundCode) figures.allocationReversalsMinor -= movement.amountMinor;
    else if (movement.code === 'payment') figures.paymentsMinor -= movement.amountMinor;
    else figures.otherMinor += movement.amountMinor;
  }
  const closingBalanceMinor =
    openingBalanceMinor +
    figures.allocationsMinor -
    figures.allocationReversalsMinor -
    figures.paymentsMinor +
    figures.otherMinor +
    figures.adjustmentsMinor;
  // The roll-forward must land on the ledger's own balance of everything in effect before the end.
  const ledgerClosing = movements
    .filter((movement) => movement.effectiveAtMs < inputs.period.endsAtMs)
    .reduce((sum, movement) => sum + movement.amountMinor, 0);
  assertLedger(
    inputs.previous !== null || closingBalanceMinor === ledgerClosing,
    `statement of ${inputs.retailer.code}: closing ${closingBalanceMinor} is not the ledger's ${ledgerClosing}`,
  );

  const sales = periodSales(sqlite, inputs.retailer.partyId, inputs.period);
  const commissionLines =
    inputs.plan === null ? [] : periodCommission(sqlite, inputs, sales, inputs.plan.rules);
  const commissionMinor = commissionLines.reduce(
    (sum, line) => sum + line.commissionMinor + line.clawbackMinor,
    0,
  );
  return {
    openingBalanceMinor,
    ...figures,
    closingBalanceMinor,
    salesCount: sales.reduce((sum, row) => sum + row.sales_count, 0),
    salesMinor: sales.reduce((sum, row) => sum + row.sales_minor, 0),
    saleReversalsMinor: sales.reduce((sum, row) => sum + row.reversals_minor, 0),
    commissionMinor,
    netMinor: closingBalanceMinor - commissionMinor,
    commissionLines,
    adjustments,
  };
}
