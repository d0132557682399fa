import { afterEach, describe, expect, it } from 'vitest';
import { nextMonthStart } from '../../support/monthStart';
import {
  newActionId,
  type OperatorWorld,
  postedBalance,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import { auditor } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const hourMs = 3_600_000;

/**
 * Credit terms with the sandbox (3.5% discount, due on confirmation): 1,000,000 bought on credit
 * (cost 965,000, discount 35,000), 200,000 paid by bank when bought (cost 193,000, discount 7,000),
 * and 400,000 paid to the operator, all this month.
 */
async function purchaseWorld() {
  let shiftMs = 0;
  const world = await startOperatorWorld(
    newTemporaryFolder(),
    { seed: 9 },
    {},
    () => new Date(Date.now() + shiftMs),
  );
  worlds.push(world);
  await world.call('operator.saveTerms', {
    wholesaleDiscountBasisPoints: 350,
    paymentTerms: 'credit',
    creditLimitMinor: 5_000_000,
    dueDays: 0,
    catalogue: [],
  });
  const onCredit = await world.call('purchases.create', { id: newActionId(), faceValueMinor: 1_000_000 });
  const upFront = await world.call('purchases.create', {
    id: newActionId(),
    faceValueMinor: 200_000,
    paymentMethod: 'bank_transfer',
    paymentReference: 'TRF-1',
  });
  await syncNow(world, 3_000);
  await world.call('operatorPayments.record', {
    id: newActionId(),
    method: 'bank_transfer',
    amountMinor: 400_000,
    reference: 'TRF-2',
  });
  const start = Date.now();
  return {
    world,
    onCredit,
    upFront,
    start,
    jumpPast: (ms: number) => {
      shiftMs = ms + hourMs - Date.now();
    },
  };
}

describe("an operator's purchase statement", () => {
  it('counts credit bought, discount earned, paid and owed at the close, equal to the ledger, and carries a late payment forward', async () => {
    const { world, onCredit, upFront, start, jumpPast } = await purchaseWorld();
    const end = nextMonthStart(start);
    jumpPast(end);
    const month = new Date(start).toISOString().slice(0, 7);
    const closed = await world.call('settlements.close', { key: month });
    const [statement, ...others] = await world.call('settlements.operatorStatements', {
      periodId: closed.id ?? '',
    });
    expect(others).toEqual([]);
    expect(statement).toMatchObject({
      id: `OS-${month}-sandbox`,
      operatorId: 'sandbox',
      currency: 'XOF',
      purchasesCount: 2,
      faceValueUnits: 1_200_000,
      faceValueMinor: 1_200_000,
      discountMinor: 42_000,
      costMinor: 1_158_000,
      paidUpFrontMinor: 193_000,
      onCreditMinor: 965_000,
      openingPayableMinor: 0,
      paymentsMinor: 400_000,
      otherPayableMinor: 0,
      closingPayableMinor: 565_000,
      carriedInMinor: 0,
      // Due on confirmation: all of what is owed was due before the month ended.
      overdueMinor: 565_000,
      notYetDueMinor: 0,
      ledger: { closingPayableMinor: 565_000, discountMinor: 42_000 },
      createdBy: 'Ada Admin',
    });
    expect(statement?.purchases.map((line) => [line.number, line.paidBy, line.costMinor, line.late])).toEqual(
      [
        [onCredit.number, 'credit', 965_000, false],
        [upFront.number, 'bank_transfer', 193_000, false],
      ],
    );
    expect(statement?.movements).toEqual([
      expect.objectContaining({
        code: 'operator_payment',
        method: 'bank_transfer',
        reference: 'TRF-2',
        amountMinor: -400_000,
      }),
    ]);
    expect(statement?.openOrders).toEqual([
      expect.objectContaining({ number: onCredit.number, outstandingMinor: 565_000, overdue: true }),
    ]);
    // The ledger's own accounts say the same: what we owe, and what the discount earned.
    expect(await postedBalance(world, 'op:sandbox:payable')).toBe(565_000);
    expect(await postedBalance(world, 'op:sandbox:discount-income')).toBe(42_000);
    // An auditor reads it too.
    const read = await world.core.call(
      'settlements.operatorStatements',
      { periodId: closed.id ?? '' },
      auditor,
    );
    expect(read.ok).toBe(true);

    // After the close: a payment back-dated into the closed month, and a new purchase on credit.
    await world.call('operatorPayments.record', {
      id: newActionId(),
      method: 'cash',
      amountMinor: 100_000,
      paidOn: new Date(start).toISOString().slice(0, 10),
      reference: 'LATE-1',
    });
    const next = await world.call('purchases.create', { id: newActionId(), faceValueMinor: 100_000 });
    await syncNow(world, 3_000);
    jumpPast(nextMonthStart(end));
    const nextKey = (await world.call('settlements.periods', {})).periods[0]?.key ?? '';
    const secondClose = await world.call('settlements.close', { key: nextKey });
    const [second] = await world.call('settlements.operatorStatements', { periodId: secondClose.id ?? '' });
    expect(second).toMatchObject({
      purchasesCount: 1,
      faceValueMinor: 100_000,
      discountMinor: 3_500,
      onCreditMinor: 96_500,
      openingPayableMinor: 565_000,
      paymentsMinor: 100_000,
      closingPayableMinor: 561_500,
      carriedInMinor: -100_000,
      ledger: { closingPayableMinor: 561_500, discountMinor: 3_500 },
    });
    expect(second?.purchases.map((line) => line.number)).toEqual([next.number]);
    expect(second?.movements).toEqual([
      expect.objectContaining({
        reference: 'LATE-1',
        amountMinor: -100_000,
        late: true,
        originPeriod: closed.label,
      }),
    ]);
    expect(await postedBalance(world, 'op:sandbox:payable')).toBe(561_500);
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });

  it('gives no statement to an operator nothing happened with', async () => {
    let shiftMs = 0;
    const world = await startOperatorWorld(
      newTemporaryFolder(),
      { seed: 3 },
      {},
      () => new Date(Date.now() + shiftMs),
    );
    worlds.push(world);
    const now = Date.now();
    shiftMs = nextMonthStart(now) + hourMs - now;
    const closed = await world.call('settlements.close', { key: new Date(now).toISOString().slice(0, 7) });
    expect(await world.call('settlements.operatorStatements', { periodId: closed.id ?? '' })).toEqual([]);
    expect(await world.refusal('settlements.operatorStatements', { periodId: 'P-1999-01' })).toMatchObject({
      code: 'not_found',
    });
  });
});
