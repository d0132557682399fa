import type { StatementView } from '../../../contract/settlementSchemas';

export interface RollForwardLine {
  key: string;
  label: string;
  /** The amount as it moves the balance: reversals and payments are negative. */
  amountMinor: number;
}

type Figures = Pick<
  StatementView,
  | 'openingBalanceMinor'
  | 'allocationsMinor'
  | 'allocationReversalsMinor'
  | 'paymentsMinor'
  | 'otherMinor'
  | 'adjustmentsMinor'
  | 'closingBalanceMinor'
>;

/**
 * What moved a reseller's balance from opening to closing, each line signed as it adds up:
 * opening + allocations − reversals − payments (+ other) + adjustments = closing. "Other" shows
 * only when something else moved the receivable.
 */
export function statementRollForward(figures: Figures): {
  lines: RollForwardLine[];
  /** Zero when the lines add up to the closing balance (the core asserts it; the screen shows it). */
  differenceMinor: number;
} {
  const lines: RollForwardLine[] = [
    { key: 'allocations', label: 'Allocations', amountMinor: figures.allocationsMinor },
    { key: 'reversals', label: 'Allocation reversals', amountMinor: -figures.allocationReversalsMinor },
    { key: 'payments', label: 'Payments received', amountMinor: -figures.paymentsMinor },
    ...(figures.otherMinor === 0
      ? []
      : [{ key: 'other', label: 'Other movements', amountMinor: figures.otherMinor }]),
    { key: 'adjustments', label: 'Adjustments from closed periods', amountMinor: figures.adjustmentsMinor },
  ];
  const sumMinor = lines.reduce((sum, line) => sum + line.amountMinor, figures.openingBalanceMinor);
  return { lines, differenceMinor: sumMinor - figures.closingBalanceMinor };
}

/** What a net figure means: positive, the reseller owes us; negative, we owe it. */
export function netMeaning(netMinor: number): 'owes us' | 'we owe' | 'settled' {
  if (netMinor > 0) return 'owes us';
  if (netMinor < 0) return 'we owe';
  return 'settled';
}
