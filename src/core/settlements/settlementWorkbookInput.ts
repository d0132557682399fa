/**
 * Everything a settlement workbook shows, as plain data: the settlement core assembles it from the
 * frozen statements, the workbook writer only lays it out. Amounts are integers in minor units of
 * `currency` (scale from the workspace's money asset); instants are ISO strings.
 */
export interface SettlementWorkbookInput {
  distributorName: string;
  period: {
    id: string;
    /** "November 2026", "Week of 16 Nov 2026". */
    label: string;
    /** The period's bounds: [startsAt, endsAt). */
    startsAt: string;
    endsAt: string;
    /** The cycle's time zone: the workbook shows dates in it. */
    timeZone: string;
  };
  currency: { code: string; scale: number };
  generatedAt: string;
  /** One per reseller (one alone when exporting one reseller's settlement). */
  statements: StatementSummary[];
  /** Every movement of the statements, in order: may be a million rows, so it is read once, lazily. */
  transactions: () => Iterable<TransactionRow> | AsyncIterable<TransactionRow>;
  /** How many `transactions` will yield (for progress). */
  transactionCount: number;
  adjustments: AdjustmentRow[];
  commission: CommissionRow[];
  /** Ledger against the operator, per day of the period. */
  reconciliation: ReconciliationRow[];
  /**
   * What we bought from each operator and owe it (the period's workbook only: a reseller's own
   * settlement has none), and the lines behind it.
   */
  operators?: OperatorPurchaseRow[];
  operatorLines?: OperatorLineRow[];
  /** The partner office's branch (a sub-distributor's code) the workbook covers, if not all resellers. */
  branch?: string;
}

export interface OperatorPurchaseRow {
  statementId: string;
  operatorId: string;
  operatorName: string;
  purchasesCount: number;
  /** Face value in money = cost + discount. */
  faceValueMinor: number;
  discountMinor: number;
  paidUpFrontMinor: number;
  onCreditMinor: number;
  /** What we owe the operator: opening + on credit − payments + other = closing. */
  openingPayableMinor: number;
  paymentsMinor: number;
  otherPayableMinor: number;
  closingPayableMinor: number;
  overdueMinor: number;
  notYetDueMinor: number;
  /** The ledger's payable at the close, which the closing was checked against. */
  ledgerPayableMinor: number;
}

export interface OperatorLineRow {
  operatorId: string;
  kind: 'purchase' | 'payment' | 'other';
  /** The purchase order's or payment's number, or the entry's code. */
  number: string;
  entryId: string;
  at: string;
  /** How it was paid: credit, cash, bank transfer, mobile money. */
  method: string | null;
  reference: string | null;
  faceValueMinor: number;
  discountMinor: number;
  costMinor: number;
  /** Signed as it moves what we owe the operator. */
  payableMinor: number;
  /** The closed period it took effect in, for a late line carried in. */
  carriedInFrom: string | null;
}

export interface StatementSummary {
  statementId: string;
  version: number;
  state: 'draft' | 'approved' | 'paid' | 'superseded';
  /** Why this version replaced the one before (null for version 1). */
  correctionReason: string | null;
  reseller: { code: string; name: string; region: string | null };
  /** Who closed, approved and paid it, in order. */
  approvals: Array<{ step: 'closed' | 'approved' | 'paid'; by: string; at: string; note: string | null }>;
  /** What the reseller owed us at the start (positive: owes us). */
  openingBalanceMinor: number;
  /** Charged for airtime allocated in the period (raises what it owes). */
  allocationsMinor: number;
  /** Allocations taken back (lowers it). */
  allocationReversalsMinor: number;
  /** Money received from the reseller (lowers it). */
  paymentsMinor: number;
  /** Late movements of closed periods carried into this one (signed, as they move the balance). */
  adjustmentsMinor: number;
  /** What it owes us at the end: opening + allocations − reversals − payments + adjustments. */
  closingBalanceMinor: number;
  /** Airtime face value it sold in the period, and what the operator reversed (information). */
  salesCount: number;
  salesMinor: number;
  saleReversalsMinor: number;
  /** Commission earned by its plan on the period's sales, less what reversals took back. */
  commissionMinor: number;
  /** closing − commission: positive, the reseller owes us; negative, we owe it. */
  netMinor: number;
}

export interface TransactionRow {
  statementId: string;
  resellerCode: string;
  /** When it took effect (ISO instant). */
  at: string;
  kind: 'allocation' | 'allocation_reversal' | 'payment' | 'adjustment' | 'opening_balance';
  /** Our reference: the journal entry id. */
  ourReference: string;
  /** The operator's action id, when the operator made it. */
  operatorReference: string | null;
  /** The end-user line, masked but for its last four digits (`•••••••1234`), if any. */
  msisdnMasked: string | null;
  /** Signed as it moves what the reseller owes us. */
  amountMinor: number;
}

export interface AdjustmentRow {
  statementId: string;
  resellerCode: string;
  /** The closed period the movement took effect in ("October 2026"). */
  originPeriod: string;
  entryId: string;
  at: string;
  description: string;
  amountMinor: number;
}

export interface CommissionRow {
  statementId: string;
  resellerCode: string;
  month: string;
  operatorId: string;
  rule: string;
  /** The slab reached (its lower bound), null for a flat rate. */
  slabFromMinor: number | null;
  basisPoints: number;
  salesMinor: number;
  commissionMinor: number;
  /** Taken back on reversed sales (negative or zero). */
  clawbackMinor: number;
}

export interface ReconciliationRow {
  /** The day, in the period's time zone (`YYYY-MM-DD`). */
  day: string;
  operatorId: string;
  /** Movements of the resellers' stock in the ledger that day (face value, signed). */
  ledgerMinor: number;
  /** The same movements as the operator's records show them. */
  operatorMinor: number;
}
