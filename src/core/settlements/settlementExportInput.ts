import type Database from 'better-sqlite3';
import type { OperatorStatementView } from '../../contract/operatorStatementSchemas';
import type { StatementView } from '../../contract/settlementSchemas';
import { BranchMembers, branchScope } from '../access/branchScope';
import { AppError } from '../appError';
import { allocationChargeCode, allocationRefundCode } from '../retailers/allocationTerms';
import { operatorStatementViews } from './operatorStatements';
import { previousStatement, receivableMovements, statementMovements } from './resellerStatement';
import type { SettlementWorkbookInput, StatementSummary, TransactionRow } from './settlementWorkbookInput';

interface PeriodRow {
  id: string;
  key: string;
  label: string;
  starts_at: number;
  ends_at: number;
  cycle_json: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function kindOf(code: string, late: boolean): TransactionRow['kind'] {
  if (late) return 'adjustment';
  if (code === allocationChargeCode) return 'allocation';
  if (code === allocationRefundCode) return 'allocation_reversal';
  if (code === 'payment') return 'payment';
  return 'adjustment';
}

/**
 * What a period's settlement workbook shows, from its frozen statements: each statement's figures,
 * and its movements re-read from the ledger up to the transfer the statement saw (the same rows
 * every time: posted transfers never change), lazily, one reseller after another.
 */
export function settlementExportInput(
  sqlite: Database.Database,
  source: {
    distributorName: string;
    currency: { code: string; scale: number };
    nowMs: number;
    statements: (periodId: string) => StatementView[];
  },
  request: { periodId: string; retailerCode?: string | undefined; within?: string | undefined },
): SettlementWorkbookInput {
  const period = sqlite.prepare('SELECT * FROM settlement_periods WHERE id = ?').get(request.periodId) as
    | PeriodRow
    | undefined;
  if (period === undefined) {
    throw new AppError('not_found', `No closed settlement period ${request.periodId} exists.`, {
      issues: [{ path: 'periodId', message: 'names no closed period' }],
    });
  }
  const all = source.statements(request.periodId);
  const branch =
    request.within === undefined ? null : new BranchMembers(sqlite, branchScope(sqlite, request.within));
  const statements = all.filter(
    (view) =>
      (request.retailerCode === undefined || view.retailerCode === request.retailerCode) &&
      (branch === null || branch.hasRetailer(view.retailerCode)),
  );
  if (request.retailerCode !== undefined && statements.length === 0) {
    throw new AppError('not_found', `${request.retailerCode} has no statement in ${period.label}.`, {
      issues: [{ path: 'retailerCode', message: 'has no statement in this period' }],
    });
  }
  const cycle = JSON.parse(period.cycle_json) as { timeZone: string };
  const rows = new Map(
    (
      sqlite
        .prepare(
          `SELECT s.id, s.as_of_seq, r.receivable_account_id, r.name, r.region FROM settlement_statements s
           JOIN retailers r ON r.code = s.retailer_code WHERE s.period_id = ? AND s.id IN (SELECT value FROM json_each(?))
             AND s.version = (SELECT max(version) FROM settlement_statements v WHERE v.id = s.id)`,
        )
        .all(request.periodId, JSON.stringify(statements.map((view) => view.id))) as Array<{
        id: string;
        as_of_seq: number;
        receivable_account_id: string;
        name: string;
        region: string | null;
      }>
    ).map((row) => [row.id, row]),
  );
  const movementsOf = (view: StatementView) => {
    const row = rows.get(view.id);
    if (row === undefined) return [];
    return statementMovements(receivableMovements(sqlite, row.receivable_account_id, row.as_of_seq), {
      period: { startsAtMs: period.starts_at, endsAtMs: period.ends_at },
      previous: previousStatement(sqlite, view.retailerCode, period.starts_at),
    });
  };
  // Counted ahead for the progress bar (the rows are read again as they are written).
  const count = statements.reduce((sum, view) => sum + movementsOf(view).length, 0);
  const summaries: StatementSummary[] = statements.map((view) => ({
    statementId: view.id,
    version: view.version,
    state: view.state,
    correctionReason: view.correctionReason,
    reseller: {
      code: view.retailerCode,
      name: view.retailerName,
      region: rows.get(view.id)?.region ?? null,
    },
    approvals: view.steps
      .filter((step) => step.step === 'closed' || step.step === 'approved' || step.step === 'paid')
      .map((step) => ({
        step: step.step as 'closed' | 'approved' | 'paid',
        by: step.by,
        at: step.at,
        note: step.note ?? step.payment?.reference ?? null,
      })),
    openingBalanceMinor: view.openingBalanceMinor,
    allocationsMinor: view.allocationsMinor,
    allocationReversalsMinor: view.allocationReversalsMinor,
    paymentsMinor: view.paymentsMinor,
    // Other movements of the receivable move it as adjustments do.
    adjustmentsMinor: view.adjustmentsMinor + view.otherMinor,
    closingBalanceMinor: view.closingBalanceMinor,
    salesCount: view.salesCount,
    salesMinor: view.salesMinor,
    saleReversalsMinor: view.saleReversalsMinor,
    commissionMinor: view.commissionMinor,
    netMinor: view.netMinor,
  }));
  return {
    distributorName: source.distributorName,
    period: {
      id: period.key,
      label: period.label,
      startsAt: iso(period.starts_at),
      endsAt: iso(period.ends_at),
      timeZone: cycle.timeZone,
    },
    currency: source.currency,
    // The last step of the statements shown, not the clock: the same statements give the same cells.
    generatedAt: lastStepAt(statements) ?? iso(source.nowMs),
    statements: summaries,
    transactionCount: count,
    transactions: function* () {
      for (const view of statements) {
        for (const movement of movementsOf(view)) {
          yield {
            statementId: view.id,
            resellerCode: view.retailerCode,
            at: iso(movement.effectiveAtMs),
            kind: kindOf(movement.code, movement.late),
            ourReference: movement.entryId,
            operatorReference: movement.operatorReference,
            msisdnMasked: null,
            amountMinor: movement.amountMinor,
          };
        }
      }
    },
    adjustments: statements.flatMap((view) =>
      view.adjustments.map((adjustment) => ({
        statementId: view.id,
        resellerCode: view.retailerCode,
        originPeriod: adjustment.originPeriod ?? 'before the first closed period',
        entryId: adjustment.entryId,
        at: adjustment.effectiveAt,
        description: adjustment.code.replace(/_/g, ' '),
        amountMinor: adjustment.amountMinor,
      })),
    ),
    commission: statements.flatMap((view) =>
      view.commissionLines.map((line) => ({
        statementId: view.id,
        resellerCode: view.retailerCode,
        month: line.month,
        operatorId: line.operatorId,
        rule: line.rule,
        slabFromMinor: line.slabFromMinor,
        basisPoints: line.basisPoints,
        salesMinor: line.salesMinor,
        commissionMinor: line.commissionMinor,
        clawbackMinor: line.clawbackMinor,
      })),
    ),
    reconciliation: reconciliationRows(sqlite, period, statements, cycle.timeZone),
    // The operator side is the head office's: a reseller's or a branch's workbook has none.
    ...(request.retailerCode === undefined && branch === null
      ? operatorRows(operatorStatementViews(sqlite, request.periodId, source.currency))
      : {}),
    ...(branch === null ? {} : { branch: branch.scope.code }),
  };
}

/** The operator side of the period's workbook, from its frozen operator statements. */
function operatorRows(
  views: OperatorStatementView[],
): Pick<SettlementWorkbookInput, 'operators' | 'operatorLines'> {
  return {
    operators: views.map((view) => ({
      statementId: view.id,
      operatorId: view.operatorId,
      operatorName: view.operatorName,
      purchasesCount: view.purchasesCount,
      faceValueMinor: view.faceValueMinor,
      discountMinor: view.discountMinor,
      paidUpFrontMinor: view.paidUpFrontMinor,
      onCreditMinor: view.onCreditMinor,
      openingPayableMinor: view.openingPayableMinor,
      paymentsMinor: view.paymentsMinor,
      otherPayableMinor: view.otherPayableMinor,
      closingPayableMinor: view.closingPayableMinor,
      overdueMinor: view.overdueMinor,
      notYetDueMinor: view.notYetDueMinor,
      ledgerPayableMinor: view.ledger.closingPayableMinor,
    })),
    operatorLines: views.flatMap((view) =>
      [
        ...view.purchases.map((line) => ({
          operatorId: view.operatorId,
          kind: 'purchase' as const,
          number: line.number,
          entryId: line.entryId,
          at: line.effectiveAt,
          method: line.paidBy,
          reference: null,
          faceValueMinor: line.faceValueMinor,
          discountMinor: line.discountMinor,
          costMinor: line.costMinor,
          payableMinor: line.paidBy === 'credit' ? line.costMinor : 0,
          carriedInFrom: line.originPeriod,
        })),
        ...view.movements.map((line) => ({
          operatorId: view.operatorId,
          kind: line.code === 'operator_payment' ? ('payment' as const) : ('other' as const),
          number: line.number ?? line.code,
          entryId: line.entryId,
          at: line.effectiveAt,
          method: line.method,
          reference: line.reference,
          faceValueMinor: 0,
          discountMinor: 0,
          costMinor: 0,
          payableMinor: line.amountMinor,
          carriedInFrom: line.originPeriod,
        })),
      ].sort((a, b) => a.at.localeCompare(b.at) || a.entryId.localeCompare(b.entryId)),
    ),
  };
}

function lastStepAt(statements: StatementView[]): string | null {
  let last: string | null = null;
  for (const view of statements)
    for (const step of view.steps) if (last === null || step.at > last) last = step.at;
  return last;
}

/**
 * Every time zone in use is a whole number of quarter hours from UTC, so sums per quarter hour
 * (the database's arithmetic) regroup exactly into the cycle's local days.
 */
const quarterHourMs = 15 * 60 * 1000;

/** `ms` → `YYYY-MM-DD` on the wall clock of `timeZone`. */
function localDayIn(timeZone: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => format.format(ms);
}

/**
 * The resellers' sales per day of the cycle's time zone and operator as the ledger booked them (sale transfers out of their
 * stock, less reversals) beside the operator's register of the same sales: a difference is a sale
 * still waiting to be booked, or one booked outside the period.
 */
function reconciliationRows(
  sqlite: Database.Database,
  period: PeriodRow,
  statements: StatementView[],
  timeZone: string,
): SettlementWorkbookInput['reconciliation'] {
  const codes = JSON.stringify(statements.map((view) => view.retailerCode));
  const register = sqlite
    .prepare(
      `SELECT h.confirmed_at / ${quarterHourMs} AS quarter, h.operator_id,
         sum(CASE WHEN h.classification = 'retail_sale' THEN h.amount_minor ELSE -h.amount_minor END) AS amount
       FROM retailers r JOIN operator_history h ON h.requestor_party_id = r.operator_party_id
       WHERE r.code IN (SELECT value FROM json_each(?)) AND h.status = 'completed'
         AND h.classification IN ('retail_sale', 'sale_reversal') AND h.confirmed_at >= ? AND h.confirmed_at < ?
       GROUP BY 1, 2`,
    )
    .all(codes, period.starts_at, period.ends_at) as Array<{
    quarter: number;
    operator_id: string;
    amount: number;
  }>;
  // The ledger's side: sale transfers out of the resellers' stock accounts (and reversals back in),
  // by the day they took effect, counted from the ledger itself.
  const booked = sqlite
    .prepare(
      `SELECT t.effective_at / ${quarterHourMs} AS quarter, o.id AS operator_id,
         sum(CASE WHEN t.code = 'sale' THEN t.amount_minor ELSE -t.amount_minor END) AS amount
       FROM retailers r
       JOIN operator_connections o
       JOIN ledger_accounts a ON a.id = 'op:' || o.id || ':stock:' || r.operator_party_id
       JOIN ledger_transfers t ON (t.code = 'sale' AND t.credit_account_seq = a.seq)
         OR (t.code = 'sale_reversal' AND t.debit_account_seq = a.seq)
       WHERE r.code IN (SELECT value FROM json_each(?)) AND t.kind IN ('posting', 'post_pending')
         AND t.effective_at >= ? AND t.effective_at < ?
       GROUP BY 1, 2`,
    )
    .all(codes, period.starts_at, period.ends_at) as Array<{
    quarter: number;
    operator_id: string;
    amount: number;
  }>;
  const days = new Map<string, SettlementWorkbookInput['reconciliation'][number]>();
  const localDay = localDayIn(timeZone);
  const dayOf = (row: { quarter: number; operator_id: string }) => {
    const name = localDay(row.quarter * quarterHourMs);
    const key = `${name}|${row.operator_id}`;
    let day = days.get(key);
    if (day === undefined) {
      day = { day: name, operatorId: row.operator_id, ledgerMinor: 0, operatorMinor: 0 };
      days.set(key, day);
    }
    return day;
  };
  for (const row of register) dayOf(row).operatorMinor += row.amount;
  for (const row of booked) dayOf(row).ledgerMinor += row.amount;
  return [...days.values()].sort(
    (a, b) => a.day.localeCompare(b.day) || a.operatorId.localeCompare(b.operatorId),
  );
}
