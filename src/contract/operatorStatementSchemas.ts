import { z } from 'zod';

const minor = z.number().int();

/** A purchase the statement counts: the airtime bought and its money side, as the ledger posted it. */
export const OperatorStatementPurchase = z.object({
  purchaseId: z.string(),
  /** The purchase order's number (`PO-2026-0001`). */
  number: z.string(),
  entryId: z.string(),
  /** When the operator's confirmation was booked. */
  effectiveAt: z.iso.datetime(),
  /** Face value in the operator's airtime units (minor units of its asset). */
  faceValueUnits: minor,
  /** Face value in money = cost + discount. */
  faceValueMinor: minor,
  discountMinor: minor,
  costMinor: minor,
  paidBy: z.enum(['credit', 'cash', 'bank_transfer', 'mobile_money']),
  /** Took effect in an earlier, closed period and was booked after its close: carried in. */
  late: z.boolean(),
  /** The closed period it took effect in, for a late line. */
  originPeriod: z.string().nullable(),
});

/** A movement of what we owe the operator: a payment to it, or anything else that moved the payable. */
export const OperatorStatementMovement = z.object({
  entryId: z.string(),
  code: z.string(),
  effectiveAt: z.iso.datetime(),
  /** For a payment, its number and how it was paid. */
  number: z.string().nullable(),
  method: z.string().nullable(),
  reference: z.string().nullable(),
  /** Signed as it moves the payable: a payment is negative. */
  amountMinor: minor,
  late: z.boolean(),
  originPeriod: z.string().nullable(),
});

/** A purchase on credit still (partly) unpaid at the end of the period. */
export const OperatorStatementOpenOrder = z.object({
  purchaseId: z.string(),
  number: z.string(),
  confirmedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  outstandingMinor: minor,
  /** Its due date had passed when the period ended. */
  overdue: z.boolean(),
});

/**
 * What the distributor bought from one operator in a closed period and what it owes it: frozen at
 * the close from the ledger (read up to the close's last transfer), reconciled there and then
 * (closing payable and discount equal the ledger's own accounts).
 */
export const OperatorStatementView = z.object({
  id: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  operatorId: z.string(),
  operatorName: z.string(),
  currency: z.string(),
  scale: z.number().int(),
  airtimeUnits: z.string(),
  airtimeScale: z.number().int(),
  purchasesCount: z.number().int(),
  faceValueUnits: minor,
  faceValueMinor: minor,
  discountMinor: minor,
  costMinor: minor,
  /** Of the cost: paid when bought (cash, bank, mobile money), and bought on credit. */
  paidUpFrontMinor: minor,
  onCreditMinor: minor,
  /** What we owe the operator: opening + on credit − payments + other = closing. */
  openingPayableMinor: minor,
  paymentsMinor: minor,
  otherPayableMinor: minor,
  closingPayableMinor: minor,
  /** Of the movements above, what took effect in closed periods and came late (carried in). */
  carriedInMinor: minor,
  /** Of the closing payable: past its due date at the period's end, and falling due later. */
  overdueMinor: minor,
  notYetDueMinor: minor,
  /** What the ledger held at the close, which the figures were checked against. */
  ledger: z.object({ closingPayableMinor: minor, discountMinor: minor }),
  purchases: z.array(OperatorStatementPurchase),
  movements: z.array(OperatorStatementMovement),
  openOrders: z.array(OperatorStatementOpenOrder),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
});
export type OperatorStatementView = z.infer<typeof OperatorStatementView>;

export const OperatorStatementsInput = z.object({ periodId: z.string().trim().min(1).max(64) });
