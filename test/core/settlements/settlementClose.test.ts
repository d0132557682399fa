import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../src/core/access/callContext';
import { nextMonthStart } from '../../support/monthStart';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
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
 * Two postpaid resellers this month (the default cycle: calendar months in UTC): R-0001 on a flat
 * 2% plan is allocated 100,000, sells 10 × 1,000 (one reversed) and pays 30,000; R-0002 (no plan)
 * is allocated 50,000. The workspace clock then jumps past the month's end to close it.
 */
async function settlementWorld() {
  let shiftMs = 0;
  const world = await startOperatorWorld(
    newTemporaryFolder(),
    { seed: 4 },
    {},
    () => new Date(Date.now() + shiftMs),
  );
  worlds.push(world);
  const [r1, r2] = (await onboardRetailers(world, 2)) as [string, string];
  await world.call('commissionPlans.save', {
    code: 'FLAT-2',
    name: 'Flat 2%',
    rules: { defaultRate: { kind: 'flat', basisPoints: 200 }, overrides: [] },
  });
  await world.call('retailers.update', { code: r1, commissionPlanCode: 'FLAT-2' });
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 500_000 });
  await syncNow(world, 5_000);
  await world.call('operator.allocate', { id: newActionId(), partyId: r1, amountMinor: 100_000 });
  await world.call('operator.allocate', { id: newActionId(), partyId: r2, amountMinor: 50_000 });
  await syncNow(world, 5_000);
  const start = Date.now() + 1_000;
  world.sandbox.scriptSales(
    Array.from({ length: 10 }, (_, index) => ({
      partyId: r1,
      msisdn: `2217700000${String(index).padStart(2, '0')}`,
      amountMinor: 1_000,
      atMs: start + index * 1_000,
      ...(index === 9 ? { reversedAtMs: start + 20_000 } : {}),
    })),
  );
  await syncNow(world, 5_000);
  await world.call('payments.record', {
    id: newActionId(),
    retailerCode: r1,
    method: 'cash',
    amountMinor: 30_000,
  });
  const month = new Date(start).toISOString().slice(0, 7);
  return {
    world,
    r1,
    r2,
    month,
    start,
    /** Moves the workspace clock to an hour after `ms`. */
    jumpPast: (ms: number) => {
      shiftMs = ms + hourMs - Date.now();
    },
  };
}

describe('closing a settlement period', () => {
  it("freezes each reseller's statement from the ledger, and carries a late payment into the next period", async () => {
    const { world, r1, r2, month, start, jumpPast } = await settlementWorld();
    const periods = await world.call('settlements.periods', {});
    expect(periods.cycle).toEqual({ kind: 'monthly', startDay: 1, startTime: '00:00', timeZone: 'UTC' });
    expect(periods.periods).toEqual([
      expect.objectContaining({ id: null, key: month, state: 'running', statements: 0 }),
    ]);
    expect(await world.refusal('settlements.close', { key: month })).toMatchObject({
      code: 'business_rule',
      reason: 'period_not_over',
    });

    const end = nextMonthStart(start);
    jumpPast(end);
    expect(await world.refusal('settlements.close', { key: '1999-01' })).toMatchObject({
      reason: 'not_next_period',
      message: expect.stringContaining(`the next to close is`),
    });
    // The auditor reads, never closes.
    const refused = await world.core.call('settlements.close', { key: month }, auditor);
    expect(refused.ok).toBe(false);
    const closed = await world.call('settlements.close', { key: month });
    expect(closed).toMatchObject({ key: month, state: 'closed', statements: 2, closedBy: 'Ada Admin' });

    const statements = await world.call('settlements.statements', { periodId: closed.id ?? '' });
    expect(statements.map((statement) => statement.retailerCode)).toEqual([r1, r2]);
    const [one, two] = statements;
    expect(one).toMatchObject({
      version: 1,
      state: 'draft',
      currency: 'XOF',
      openingBalanceMinor: 0,
      allocationsMinor: 100_000,
      allocationReversalsMinor: 0,
      paymentsMinor: 30_000,
      adjustmentsMinor: 0,
      closingBalanceMinor: 70_000,
      salesCount: 10,
      salesMinor: 10_000,
      saleReversalsMinor: 1_000,
      // 10,000 × 2% = 200, less 1,000 × 2% = 20 taken back.
      commissionMinor: 180,
      netMinor: 70_000 - 180,
    });
    expect(one?.commissionLines).toEqual([
      expect.objectContaining({
        rule: 'default',
        basisPoints: 200,
        salesMinor: 10_000,
        commissionMinor: 200,
        clawbackMinor: -20,
      }),
    ]);
    expect(two).toMatchObject({ allocationsMinor: 50_000, closingBalanceMinor: 50_000, commissionMinor: 0 });
    // The statements close on the ledger's own balances.
    expect(one?.closingBalanceMinor).toBe(await postedBalance(world, `retailer:${r1}:receivable`));
    expect(two?.closingBalanceMinor).toBe(await postedBalance(world, `retailer:${r2}:receivable`));

    // R-0002's payment of the 2nd of the closed month, recorded after the close: late.
    const lateDay = `${month}-02`;
    await world.call('payments.record', {
      id: newActionId(),
      retailerCode: r2,
      method: 'bank_transfer',
      amountMinor: 5_000,
      receivedOn: lateDay,
    });
    const following = await world.call('settlements.periods', {});
    const next = following.periods[0];
    expect(next).toMatchObject({ id: null, state: 'running', startsAt: new Date(end).toISOString() });
    jumpPast(nextMonthStart(end));
    const second = await world.call('settlements.close', { key: next?.key ?? '' });
    const later = await world.call('settlements.statements', { periodId: second.id ?? '' });
    const lateTwo = later.find((statement) => statement.retailerCode === r2);
    expect(lateTwo).toMatchObject({
      openingBalanceMinor: 50_000,
      paymentsMinor: 0,
      adjustmentsMinor: -5_000,
      closingBalanceMinor: 45_000,
    });
    expect(lateTwo?.adjustments).toEqual([
      expect.objectContaining({ code: 'payment', amountMinor: -5_000, originPeriod: closed.label }),
    ]);
    expect(lateTwo?.closingBalanceMinor).toBe(await postedBalance(world, `retailer:${r2}:receivable`));
    // R-0001 owes what it owed: a statement still, since it has a balance.
    expect(later.find((statement) => statement.retailerCode === r1)).toMatchObject({
      openingBalanceMinor: 70_000,
      closingBalanceMinor: 70_000,
      salesCount: 0,
    });
    // The closed period's statement did not move.
    const frozen = await world.call('settlements.statement', { statementId: two?.id ?? '' });
    expect(frozen).toMatchObject({ version: 1, closingBalanceMinor: 50_000, adjustmentsMinor: 0 });
    expect(
      await world.refusal('settlements.statement', { statementId: two?.id ?? '', version: 2 }),
    ).toMatchObject({
      code: 'not_found',
    });
  });

  it('goes from draft to approved by a second person to paid, and corrections add versions', async () => {
    const { world, r1, month, start, jumpPast } = await settlementWorld();
    const approver: CallContext = {
      transport: 'test',
      actor: { userId: 'approver-1', displayName: 'Abou Approver', roles: ['approver'] },
    };
    const asApprover = async (
      name: 'settlements.approve',
      input: { statementId: string; version: number; note?: string },
    ) => {
      const result = await world.core.call(name, input, approver);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Awaited<ReturnType<typeof world.call<'settlements.approve'>>>;
    };
    jumpPast(nextMonthStart(start));
    const closed = await world.call('settlements.close', { key: month });
    const statementId = `ST-${month}-${r1}`;
    expect(await world.refusal('settlements.approve', { statementId, version: 1 })).toMatchObject({
      reason: 'same_user',
    });

    // A payment of the 2nd of the month arrives after the close: the accountant issues version 2.
    await world.call('payments.record', {
      id: newActionId(),
      retailerCode: r1,
      method: 'cash',
      amountMinor: 10_000,
      receivedOn: `${month}-02`,
    });
    const corrected = await world.call('settlements.correct', {
      statementId,
      reason: 'Cash received on the 2nd, counted after the close',
    });
    expect(corrected).toMatchObject({
      version: 2,
      state: 'draft',
      correctionReason: 'Cash received on the 2nd, counted after the close',
      paymentsMinor: 40_000,
      closingBalanceMinor: 60_000,
      commissionMinor: 180,
    });
    expect(corrected.versions.map((version) => [version.version, version.state])).toEqual([
      [1, 'superseded'],
      [2, 'draft'],
    ]);
    const first = await world.call('settlements.statement', { statementId, version: 1 });
    expect(first).toMatchObject({ state: 'superseded', paymentsMinor: 30_000, closingBalanceMinor: 70_000 });
    expect(first.steps.map((step) => step.step)).toEqual(['closed', 'superseded']);

    await expect(asApprover('settlements.approve', { statementId, version: 1 })).rejects.toThrow(
      /newer version \(2\)/,
    );
    const approved = await asApprover('settlements.approve', {
      statementId,
      version: 2,
      note: 'Checked the receipt',
    });
    expect(approved.state).toBe('approved');
    // Paid by offset against what the reseller owes: the receivable drops by the commission.
    const paidOn = new Date(nextMonthStart(start)).toISOString().slice(0, 10);
    const paid = await world.call('settlements.markPaid', {
      statementId,
      version: 2,
      method: 'offset',
      reference: 'OFFSET-1',
      paidOn,
    });
    expect(paid.state).toBe('paid');
    expect(paid.steps.map((step) => [step.step, step.by])).toEqual([
      ['corrected', 'Ada Admin'],
      ['approved', 'Abou Approver'],
      ['paid', 'Ada Admin'],
    ]);
    const payment = paid.steps[2]?.payment;
    expect(payment).toMatchObject({ method: 'offset', amountMinor: 180, reference: 'OFFSET-1' });
    expect(await postedBalance(world, `retailer:${r1}:receivable`)).toBe(60_000 - 180);
    // The payouts report counts what the settlement paid.
    const payouts = await world.call('reports.payouts', {
      filters: { from: `${month}-01`, to: `${month}-01` },
    });
    expect(payouts.rows.find((row) => row.code === r1)).toMatchObject({
      netPayableMinor: 180,
      paidMinor: 180,
      balanceDueMinor: 0,
      status: 'paid',
    });
    const entry = await world.call('ledger.entry', { entryId: payment?.entryId ?? '' });
    expect(entry?.transfers).toEqual([
      expect.objectContaining({ amountMinor: 180, debitAccountId: 'distributor:commission-expense:XOF' }),
    ]);
    expect(
      await world.refusal('settlements.markPaid', {
        statementId,
        version: 2,
        method: 'cash',
        reference: 'X',
        paidOn,
      }),
    ).toMatchObject({ reason: 'statement_paid' });
    expect(await world.refusal('settlements.correct', { statementId, reason: 'too late now' })).toMatchObject(
      {
        reason: 'statement_paid',
      },
    );
    expect(closed.statements).toBe(2);
  });
});
