import type Database from 'better-sqlite3';
import { assertLedger } from '../ledger/ledgerAssert';
import { operatorDiscountAccountId, operatorPayableAccountId } from '../purchases/operatorTermsStore';
import { receivableMovements, statementMovements } from './resellerStatement';

const dayMs = 24 * 3600 * 1000;
const postedKinds = "('posting', 'post_pending', 'reversal')";

export interface OperatorStatementInputs {
  period: { startsAtMs: number; endsAtMs: number };
  /** The ledger is read up to this transfer: the close. */
  asOfSeq: number;
  /** The operator's statement of the period before: its closing opens this one; what came after it is late. */
  previous: { closingPayableMinor: number; asOfSeq: number } | null;
  operatorId: string;
}

export interface OperatorPurchaseLine {
  purchaseId: string;
  number: string;
  entryId: string;
  effectiveAtMs: number;
  faceValueUnits: number;
  faceValueMinor: number;
  discountMinor: number;
  costMinor: number;
  paidBy: 'credit' | 'cash' | 'bank_transfer' | 'mobile_money';
  late: boolean;
}

export interface OperatorPayableLine {
  entryId: string;
  code: string;
  effectiveAtMs: number;
  number: string | null;
  method: string | null;
  reference: string | null;
  amountMinor: number;
  late: boolean;
}

export interface OperatorStatementFigures {
  purchasesCount: number;
  faceValueUnits: number;
  faceValueMinor: number;
  discountMinor: number;
  costMinor: number;
  paidUpFrontMinor: number;
  onCreditMinor: number;
  openingPayableMinor: number;
  paymentsMinor: number;
  otherPayableMinor: number;
  closingPayableMinor: number;
  carriedInMinor: number;
  overdueMinor: number;
  notYetDueMinor: number;
  ledger: { closingPayableMinor: number; discountMinor: number };
  purchases: OperatorPurchaseLine[];
  movements: OperatorPayableLine[];
  openOrders: Array<{
    purchaseId: string;
    number: string;
    confirmedAtMs: number;
    dueAtMs: number;
    outstandingMinor: number;
    overdue: boolean;
  }>;
}

/** The operator's statement of the period ending when `periodStartMs` begins, if one was frozen. */
export function previousOperatorStatement(
  sqlite: Database.Database,
  operatorId: string,
  periodStartMs: number,
): OperatorStatementInputs['previous'] {
  const row = sqlite
    .prepare(
      `SELECT s.as_of_seq, s.figures_json FROM settlement_operator_statements s
       JOIN settlement_periods p ON p.id = s.period_id WHERE s.operator_id = ? AND p.ends_at = ?`,
    )
    .get(operatorId, periodStartMs) as { as_of_seq: number; figures_json: string } | undefined;
  if (row === undefined) return null;
  return {
    closingPayableMinor: (JSON.parse(row.figures_json) as OperatorStatementFigures).closingPayableMinor,
    asOfSeq: row.as_of_seq,
  };
}

/** Whether a movement belongs to the statement (in the period, or late from a closed one) and is late. */
function selection(
  inputs: OperatorStatementInputs,
): (movement: { seq: number; effectiveAtMs: number }) => 'in' | 'late' | null {
  const { startsAtMs, endsAtMs } = inputs.period;
  const previousSeq = inputs.previous?.asOfSeq ?? null;
  return (movement) => {
    if (movement.seq > inputs.asOfSeq || movement.effectiveAtMs >= endsAtMs) return null;
    if (movement.effectiveAtMs >= startsAtMs) return 'in';
    return previousSeq !== null && movement.seq > previousSeq ? 'late' : null;
  };
}

/**
 * The purchases the statement counts, read from the purchase orders' confirmations (each one's
 * posted entry: the airtime leg and its cost and discount legs), not from the accounts they touch,
 * so that the two readings can be checked against each other.
 */
function purchaseLines(sqlite: Database.Database, inputs: OperatorStatementInputs): OperatorPurchaseLine[] {
  const rows = sqlite
    .prepare(
      `SELECT po.id, po.number, po.payment_method, e.id AS entry_id, t.seq, t.effective_at, t.amount_minor AS units,
         (SELECT coalesce(sum(m.amount_minor), 0) FROM ledger_transfers m
            WHERE m.entry_seq = t.entry_seq AND m.code = 'purchase_cost') AS cost,
         (SELECT coalesce(sum(m.amount_minor), 0) FROM ledger_transfers m
            WHERE m.entry_seq = t.entry_seq AND m.code = 'purchase_discount') AS discount
       FROM purchase_orders po
       JOIN operator_actions a ON a.id = po.id AND a.state = 'confirmed'
       JOIN ledger_entries e ON e.id = a.resolution_entry_id
       JOIN ledger_transfers t ON t.entry_seq = e.seq AND t.code = 'purchase' AND t.kind IN ${postedKinds}
       WHERE po.operator_id = ? AND t.seq <= ?
       ORDER BY t.effective_at, t.seq`,
    )
    .all(inputs.operatorId, inputs.asOfSeq) as Array<{
    id: string;
    number: string;
    payment_method: OperatorPurchaseLine['paidBy'];
    entry_id: string;
    seq: number;
    effective_at: number;
    units: number;
    cost: number;
    discount: number;
  }>;
  const select = selection(inputs);
  const lines: OperatorPurchaseLine[] = [];
  for (const row of rows) {
    const chosen = select({ seq: row.seq, effectiveAtMs: row.effective_at });
    if (chosen === null) continue;
    lines.push({
      purchaseId: row.id,
      number: row.number,
      entryId: row.entry_id,
      effectiveAtMs: row.effective_at,
      faceValueUnits: row.units,
      faceValueMinor: row.cost + row.discount,
      discountMinor: row.discount,
      costMinor: row.cost,
      paidBy: row.payment_method,
      late: chosen === 'late',
    });
  }
  return lines;
}

/** Purchases on credit not fully paid when the period ended, as the ledger knew it at the close. */
function openOrders(
  sqlite: Database.Database,
  inputs: OperatorStatementInputs,
): OperatorStatementFigures['openOrders'] {
  const rows = sqlite
    .prepare(
      `SELECT po.id, po.number, coalesce(po.due_days, 0) AS due_days, t.effective_at, t.amount_minor AS cost,
         coalesce((SELECT sum(ap.amount_minor) FROM operator_payment_applications ap
            JOIN operator_payments p ON p.id = ap.payment_id
            JOIN ledger_entries pe ON pe.id = p.entry_id
            JOIN ledger_transfers pt ON pt.entry_seq = pe.seq
          WHERE ap.purchase_id = po.id AND pt.seq <= @asOf AND pt.effective_at < @end), 0) AS paid
       FROM purchase_orders po
       JOIN operator_actions a ON a.id = po.id AND a.state = 'confirmed'
       JOIN ledger_entries e ON e.id = a.resolution_entry_id
       JOIN ledger_transfers t ON t.entry_seq = e.seq AND t.code = 'purchase_cost'
       WHERE po.operator_id = @operator AND po.payment_method = 'credit' AND t.seq <= @asOf AND t.effective_at < @end
       ORDER BY t.effective_at + coalesce(po.due_days, 0) * ${dayMs}, po.number`,
    )
    .all({ operator: inputs.operatorId, asOf: inputs.asOfSeq, end: inputs.period.endsAtMs }) as Array<{
    id: string;
    number: string;
    due_days: number;
    effective_at: number;
    cost: number;
    paid: number;
  }>;
  return rows
    .filter((row) => row.cost > row.paid)
    .map((row) => {
      const dueAtMs = row.effective_at + row.due_days * dayMs;
      return {
        purchaseId: row.id,
        number: row.number,
        confirmedAtMs: row.effective_at,
        dueAtMs,
        outstandingMinor: row.cost - row.paid,
        overdue: dueAtMs < inputs.period.endsAtMs,
      };
    });
}

/** Payments to the operator by entry, for their numbers, methods and references. */
function paymentsByEntry(
  sqlite: Database.Database,
  operatorId: string,
): Map<string, { number: string; method: string; reference: string | null }> {
  const rows = sqlite
    .prepare('SELECT entry_id, number, method, reference FROM operator_payments WHERE operator_id = ?')
    .all(operatorId) as Array<{ entry_id: string; number: string; method: string; reference: string | null }>;
  return new Map(rows.map((row) => [row.entry_id, row]));
}

/**
 * One operator's purchase statement of a period: the credit bought (face value, discount earned,
 * cost, how it was paid) and what we owe it (opening, bought on credit, paid, closing, overdue).
 * Read from the ledger up to `asOfSeq`; late movements of closed periods are carried in and named.
 * The closing payable must equal the payable account's own balance, and the discount the discount
 * account's movement, or the close is refused.
 */
export function operatorStatement(
  sqlite: Database.Database,
  inputs: OperatorStatementInputs,
): OperatorStatementFigures {
  const purchases = purchaseLines(sqlite, inputs);
  // The payable is credit-normal: the receivable reader signs debits positive, so flip it.
  const payable = receivableMovements(
    sqlite,
    operatorPayableAccountId(inputs.operatorId),
    inputs.asOfSeq,
  ).map((movement) => ({ ...movement, amountMinor: -movement.amountMinor }));
  const listed = statementMovements(payable, inputs);
  let openingPayableMinor = inputs.previous?.closingPayableMinor ?? 0;
  if (inputs.previous === null) {
    for (const movement of payable) {
      if (movement.effectiveAtMs < inputs.period.startsAtMs) openingPayableMinor += movement.amountMinor;
    }
  }
  const payments = paymentsByEntry(sqlite, inputs.operatorId);
  const movements: OperatorPayableLine[] = [];
  let onCreditFromPayable = 0;
  let paymentsMinor = 0;
  let otherPayableMinor = 0;
  let carriedInMinor = 0;
  for (const movement of listed) {
    if (movement.late) carriedInMinor += movement.amountMinor;
    if (movement.code === 'purchase_cost') {
      onCreditFromPayable += movement.amountMinor;
      continue;
    }
    if (movement.code === 'operator_payment') paymentsMinor -= movement.amountMinor;
    else otherPayableMinor += movement.amountMinor;
    const payment = payments.get(movement.entryId);
    movements.push({
      entryId: movement.entryId,
      code: movement.code,
      effectiveAtMs: movement.effectiveAtMs,
      number: payment?.number ?? null,
      method: payment?.method ?? null,
      reference: payment?.reference ?? null,
      amountMinor: movement.amountMinor,
      late: movement.late,
    });
  }
  const sum = (pick: (line: OperatorPurchaseLine) => number, lines = purchases) =>
    lines.reduce((total, line) => total + pick(line), 0);
  const onCredit = purchases.filter((line) => line.paidBy === 'credit');
  const onCreditMinor = sum((line) => line.costMinor, onCredit);
  assertLedger(
    onCreditMinor === onCreditFromPayable,
    `operator statement of ${inputs.operatorId}: purchases on credit ${onCreditMinor} are not the payable's ${onCreditFromPayable}`,
  );
  const closingPayableMinor = openingPayableMinor + onCreditMinor - paymentsMinor + otherPayableMinor;
  const ledgerClosing = payable
    .filter((movement) => movement.effectiveAtMs < inputs.period.endsAtMs)
    .reduce((total, movement) => total + movement.amountMinor, 0);
  assertLedger(
    closingPayableMinor === ledgerClosing,
    `operator statement of ${inputs.operatorId}: closing payable ${closingPayableMinor} is not the ledger's ${ledgerClosing}`,
  );
  const select = selection(inputs);
  // The discount account is credit-normal too.
  const ledgerDiscount = receivableMovements(
    sqlite,
    operatorDiscountAccountId(inputs.operatorId),
    inputs.asOfSeq,
  )
    .filter((movement) => select(movement) !== null)
    .reduce((total, movement) => total - movement.amountMinor, 0);
  const discountMinor = sum((line) => line.discountMinor);
  assertLedger(
    discountMinor === ledgerDiscount,
    `operator statement of ${inputs.operatorId}: discount ${discountMinor} is not the ledger's ${ledgerDiscount}`,
  );
  const open = openOrders(sqlite, inputs);
  return {
    purchasesCount: purchases.length,
    faceValueUnits: sum((line) => line.faceValueUnits),
    faceValueMinor: sum((line) => line.faceValueMinor),
    discountMinor,
    costMinor: sum((line) => line.costMinor),
    paidUpFrontMinor: sum((line) => (line.paidBy === 'credit' ? 0 : line.costMinor)),
    onCreditMinor,
    openingPayableMinor,
    paymentsMinor,
    otherPayableMinor,
    closingPayableMinor,
    carriedInMinor,
    overdueMinor: open
      .filter((order) => order.overdue)
      .reduce((total, order) => total + order.outstandingMinor, 0),
    notYetDueMinor: open
      .filter((order) => !order.overdue)
      .reduce((total, order) => total + order.outstandingMinor, 0),
    ledger: { closingPayableMinor: ledgerClosing, discountMinor: ledgerDiscount },
    purchases,
    movements,
    openOrders: open,
  };
}
