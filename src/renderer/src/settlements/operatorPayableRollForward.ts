import type { OperatorStatementView } from '../../../contract/operatorStatementSchemas';
import { i18n } from '../i18n/i18n';
import type { RollForwardLine } from './statementRollForward';

type Figures = Pick<
  OperatorStatementView,
  'openingPayableMinor' | 'onCreditMinor' | 'paymentsMinor' | 'otherPayableMinor' | 'closingPayableMinor'
>;

/**
 * What moved our debt to an operator from opening to closing, each line signed as it adds up:
 * opening + bought on credit − payments (+ other) = closing. "Other" shows only when something
 * else moved the payable.
 */
export function operatorPayableRollForward(figures: Figures): {
  lines: RollForwardLine[];
  /** Zero when the lines add up to the closing payable (the core asserts it; the screen shows it). */
  differenceMinor: number;
} {
  const lines: RollForwardLine[] = [
    {
      key: 'on-credit',
      label: i18n.t('settlements:operatorStatement.payable.onCredit'),
      amountMinor: figures.onCreditMinor,
    },
    {
      key: 'payments',
      label: i18n.t('settlements:operatorStatement.payable.payments'),
      amountMinor: -figures.paymentsMinor,
    },
    ...(figures.otherPayableMinor === 0
      ? []
      : [
          {
            key: 'other',
            label: i18n.t('settlements:operatorStatement.payable.otherMovements'),
            amountMinor: figures.otherPayableMinor,
          },
        ]),
  ];
  const sumMinor = lines.reduce((sum, line) => sum + line.amountMinor, figures.openingPayableMinor);
  return { lines, differenceMinor: sumMinor - figures.closingPayableMinor };
}

/**
 * Whether the statement says what the ledger's own accounts held at the close: the payable's
 * balance and the discount earned. The close refuses a mismatch, so a false here is a bug shown.
 */
export function operatorStatementMatchesLedger(
  statement: Pick<OperatorStatementView, 'closingPayableMinor' | 'discountMinor' | 'ledger'>,
): boolean {
  return (
    statement.closingPayableMinor === statement.ledger.closingPayableMinor &&
    statement.discountMinor === statement.ledger.discountMinor
  );
}
