import { describe, expect, it } from 'vitest';
import {
  operatorPayableRollForward,
  operatorStatementMatchesLedger,
} from '../../src/renderer/src/settlements/operatorPayableRollForward';

describe("an operator's payable, written for an accountant", () => {
  it('rolls what we owe the operator forward: opening, plus bought on credit, less payments', () => {
    // Opened owing 120,000; bought 965,000 on credit (1,000,000 face value at 3.5% off); paid 400,000.
    const { lines, differenceMinor } = operatorPayableRollForward({
      openingPayableMinor: 120_000,
      onCreditMinor: 965_000,
      paymentsMinor: 400_000,
      otherPayableMinor: 0,
      closingPayableMinor: 685_000,
    });
    expect(lines.map((line) => [line.key, line.label, line.amountMinor])).toEqual([
      ['on-credit', 'Bought on credit', 965_000],
      ['payments', 'Payments to the operator', -400_000],
    ]);
    expect(differenceMinor).toBe(0);
  });

  it('shows other movements only when there are some, and a difference when the lines do not add up', () => {
    const { lines, differenceMinor } = operatorPayableRollForward({
      openingPayableMinor: 0,
      onCreditMinor: 96_500,
      paymentsMinor: 0,
      otherPayableMinor: -1_250,
      closingPayableMinor: 96_500,
    });
    expect(lines.find((line) => line.key === 'other')?.amountMinor).toBe(-1_250);
    expect(differenceMinor).toBe(-1_250);
  });

  it("matches the ledger only when both the closing payable and the discount are the ledger's own", () => {
    const statement = {
      closingPayableMinor: 565_000,
      discountMinor: 42_000,
      ledger: { closingPayableMinor: 565_000, discountMinor: 42_000 },
    };
    expect(operatorStatementMatchesLedger(statement)).toBe(true);
    expect(
      operatorStatementMatchesLedger({
        ...statement,
        ledger: { closingPayableMinor: 565_000, discountMinor: 41_999 },
      }),
    ).toBe(false);
    expect(
      operatorStatementMatchesLedger({
        ...statement,
        ledger: { closingPayableMinor: 564_999, discountMinor: 42_000 },
      }),
    ).toBe(false);
  });
});
