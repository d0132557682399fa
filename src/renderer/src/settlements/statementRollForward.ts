import type { StatementView } from '../../../contract/settlementSchemas';
import { i18n } from '../i18n/i18n';

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
    {
      key: 'allocations',
      label: i18n.t('settlements:statement.figures.allocations'),
      amountMinor: figures.allocationsMinor,
    },
    {
      key: 'reversals',
      label: i18n.t('settlements:statement.figures.reversals'),
      amountMinor: -figures.allocationReversalsMinor,
    },
    {
      key: 'payments',
      label: i18n.t('settlements:statement.figures.paymentsReceived'),
      amountMinor: -figures.paymentsMinor,
    },
    ...(figures.otherMinor === 0
      ? []
      : [
          {
            key: 'other',
            label: i18n.t('settlements:statement.figures.otherMovements'),
            amountMinor: figures.otherMinor,
          },
        ]),
    {
      key: 'adjustments',
      label: i18n.t('settlements:statement.figures.adjustments'),
      amountMinor: figures.adjustmentsMinor,
    },
  ];
  const sumMinor = lines.reduce((sum, line) => sum + line.amountMinor, figures.openingBalanceMinor);
  return { lines, differenceMinor: sumMinor - figures.closingBalanceMinor };
}

/** What a net figure means, in words: positive, the reseller owes us; negative, we owe it. */
export function netMeaning(netMinor: number): string {
  if (netMinor > 0) return i18n.t('settlements:net.owesUs');
  if (netMinor < 0) return i18n.t('settlements:net.weOwe');
  return i18n.t('settlements:net.settled');
}
