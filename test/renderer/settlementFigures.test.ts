import { describe, expect, it } from 'vitest';
import { settlementCycleText } from '../../src/renderer/src/settlements/settlementCycleText';
import { netMeaning, statementRollForward } from '../../src/renderer/src/settlements/statementRollForward';

describe('settlement figures, written for an accountant', () => {
  it('says the cycle in words, weekdays by name and month days as ordinals', () => {
    expect(settlementCycleText({ kind: 'monthly', startDay: 1, startTime: '00:00', timeZone: 'UTC' })).toBe(
      'Monthly, from the 1st at 00:00, UTC',
    );
    expect(
      settlementCycleText({ kind: 'monthly', startDay: 22, startTime: '18:30', timeZone: 'Africa/Dakar' }),
    ).toBe('Monthly, from the 22nd at 18:30, Africa/Dakar');
    expect(settlementCycleText({ kind: 'monthly', startDay: 13, startTime: '06:00', timeZone: 'UTC' })).toBe(
      'Monthly, from the 13th at 06:00, UTC',
    );
    expect(
      settlementCycleText({ kind: 'weekly', startDay: 7, startTime: '06:00', timeZone: 'Africa/Lagos' }),
    ).toBe('Weekly, from Sunday at 06:00, Africa/Lagos');
  });

  it("rolls a reseller's balance forward from opening to closing, reversals and payments taken off", () => {
    // Opened owing 20,000; allocated 100,000, 5,000 of it reversed; paid 30,000; a late refund of 1,500.
    const { lines, differenceMinor } = statementRollForward({
      openingBalanceMinor: 20_000,
      allocationsMinor: 100_000,
      allocationReversalsMinor: 5_000,
      paymentsMinor: 30_000,
      otherMinor: 0,
      adjustmentsMinor: -1_500,
      closingBalanceMinor: 83_500,
    });
    expect(lines.map((line) => [line.key, line.amountMinor])).toEqual([
      ['allocations', 100_000],
      ['reversals', -5_000],
      ['payments', -30_000],
      ['adjustments', -1_500],
    ]);
    expect(differenceMinor).toBe(0);
  });

  it('shows other movements only when there are some, and a difference when the lines do not add up', () => {
    const { lines, differenceMinor } = statementRollForward({
      openingBalanceMinor: 0,
      allocationsMinor: 50_000,
      allocationReversalsMinor: 0,
      paymentsMinor: 0,
      otherMinor: 250,
      adjustmentsMinor: 0,
      closingBalanceMinor: 50_000,
    });
    expect(lines.find((line) => line.key === 'other')?.amountMinor).toBe(250);
    expect(differenceMinor).toBe(250);
  });

  it('reads a net by its sign: positive the reseller owes us, negative we owe it', () => {
    expect(netMeaning(69_820)).toBe('owes us');
    expect(netMeaning(-180)).toBe('we owe');
    expect(netMeaning(0)).toBe('settled');
  });
});
