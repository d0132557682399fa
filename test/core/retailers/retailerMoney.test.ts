import { afterEach, describe, expect, it } from 'vitest';
import { newActionId, type OperatorWorld, stockedWorldWithAwa, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import { drainWholesaleBehindOurBack } from '../../support/wholesaleDrain';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

/** A connected workspace with 10,000,000 XOF of wholesale stock and Awa's wallet linked. */
async function stockedWorld(): Promise<OperatorWorld> {
  const world = await stockedWorldWithAwa(newTemporaryFolder(), { wholesaleMinor: 10_000_000 });
  worlds.push(world);
  return world;
}

async function receivable(world: OperatorWorld) {
  return (await world.call('retailers.get', { code: 'AWA' })).receivable;
}

describe('allocating to a retailer charges its receivable in the same entry', () => {
  it('a postpaid retailer owes the face value once the operator confirms, within its credit limit', async () => {
    const world = await stockedWorld();
    await world.call('retailers.update', { code: 'AWA', terms: 'postpaid', creditLimitMinor: 500_000 });

    const first = await world.call('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 300_000,
    });
    const pending = await world.call('ledger.entry', { entryId: first.pendingEntryId });
    expect(
      pending.transfers.map((transfer) => [transfer.code, transfer.assetCode, transfer.amountMinor]),
    ).toEqual([
      ['allocation', 'AIRTIME-SANDBOX', 300_000],
      ['allocation_charge', 'MONEY-XOF', 300_000],
    ]);
    expect(await receivable(world)).toMatchObject({
      balancePostedMinor: 0,
      exposureMinor: 300_000,
      availableCreditMinor: 200_000,
    });

    const over = await world.refusal('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 250_000,
    });
    expect(over).toMatchObject({ code: 'business_rule', reason: 'credit_limit' });
    expect(over.message).toBe(
      'Awa Boutique (AWA) would go over its credit limit of 500,000 XOF: it can take 200,000 XOF more, 250,000 XOF requested.',
    );

    await syncNow(world, 2_000);
    expect((await world.call('sync.action', { id: first.id })).state).toBe('confirmed');
    expect(await receivable(world)).toMatchObject({
      balancePostedMinor: 300_000,
      exposureMinor: 300_000,
      availableCreditMinor: 200_000,
    });
    const sales = (
      await world.call('ledger.accounts', { ownerKind: 'distributor', assetCode: 'MONEY-XOF' })
    ).find((account) => account.type === 'airtime_sales');
    expect(sales?.balances.balancePostedMinor).toBe(300_000);
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });

  it('a prepaid retailer is allocated only what it paid for; a payment opens the way', async () => {
    const world = await stockedWorld();
    const short = await world.refusal('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 100_000,
    });
    expect(short).toMatchObject({ reason: 'prepaid_balance_short' });
    expect(short.message).toBe(
      'Awa Boutique (AWA) is prepaid and has 0 XOF paid in advance for 100,000 XOF requested; record its payment first.',
    );
    const payment = await world.call('payments.record', {
      id: newActionId(),
      retailerCode: 'AWA',
      method: 'mobile_money',
      amountMinor: 150_000,
      reference: 'MM-88231',
    });
    expect(payment).toMatchObject({
      receiptNumber: `RC-${new Date().getFullYear()}-000001`,
      amountMinor: 150_000,
      balanceBeforeMinor: 0,
      balanceAfterMinor: -150_000,
      applications: [],
      recordedBy: 'Ada Admin',
    });
    const allocation = await world.call('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 100_000,
    });
    await syncNow(world, 2_000);
    expect((await world.call('sync.action', { id: allocation.id })).state).toBe('confirmed');
    expect(await receivable(world)).toMatchObject({
      balancePostedMinor: -50_000,
      availableCreditMinor: null,
    });
    const again = await world.refusal('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 60_000,
    });
    expect(again).toMatchObject({ reason: 'prepaid_balance_short' });
  });

  it('refuses a suspended retailer and one past its daily limit; a failed allocation releases both legs', async () => {
    const world = await stockedWorld();
    await world.call('retailers.update', {
      code: 'AWA',
      terms: 'postpaid',
      creditLimitMinor: 5_000_000,
      dailyAllocationLimitMinor: 400_000,
    });
    await world.call('operator.allocate', { id: newActionId(), partyId: 'AWA', amountMinor: 300_000 });
    const daily = await world.refusal('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 150_000,
    });
    expect(daily).toMatchObject({ reason: 'daily_limit' });
    expect(daily.message).toBe(
      'Awa Boutique (AWA) may be allocated 400,000 XOF a day; 300,000 XOF already today, so at most 100,000 XOF more.',
    );

    // Someone drains the wholesale bucket at the operator: the next allocation fails there.
    await drainWholesaleBehindOurBack(world.sandbox, 9_650_000);
    const doomed = await world.call('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 100_000,
    });
    await syncNow(world, 2_000);
    expect((await world.call('sync.action', { id: doomed.id })).state).toBe('failed');
    expect((await receivable(world)).exposureMinor).toBe(300_000);

    await world.call('retailers.setStatus', { code: 'AWA', status: 'suspended', reason: 'Audit' });
    const suspended = await world.refusal('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 1_000,
    });
    expect(suspended).toMatchObject({ reason: 'retailer_not_active' });
    expect(suspended.message).toBe(
      'Awa Boutique (AWA) is suspended (Audit); only an active retailer can be allocated stock.',
    );
    const retried = await world.refusal('sync.retryAction', { id: doomed.id });
    expect(retried).toMatchObject({ reason: 'retailer_not_active' });
  });
});

describe('payments from retailers', () => {
  it('settles open allocations oldest first, numbers receipts, and replays the same id as one payment', async () => {
    const world = await stockedWorld();
    await world.call('retailers.update', { code: 'AWA', terms: 'postpaid', creditLimitMinor: 1_000_000 });
    const older = await world.call('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 200_000,
    });
    await syncNow(world, 2_000);
    const newer = await world.call('operator.allocate', {
      id: newActionId(),
      partyId: 'AWA',
      amountMinor: 300_000,
    });
    await syncNow(world, 2_000);
    expect(
      (await world.call('payments.openAllocations', { code: 'AWA' })).map((open) => open.actionId),
    ).toEqual([older.id, newer.id]);

    const paymentId = newActionId();
    const request = {
      id: paymentId,
      retailerCode: 'AWA',
      method: 'cash' as const,
      amountMinor: 250_000,
      reference: 'SLIP-0042',
    };
    const payment = await world.call('payments.record', request);
    expect(payment.applications).toEqual([
      { actionId: older.id, amountMinor: 200_000 },
      { actionId: newer.id, amountMinor: 50_000 },
    ]);
    expect(payment).toMatchObject({ balanceBeforeMinor: 500_000, balanceAfterMinor: 250_000 });
    const replay = await world.call('payments.record', request);
    expect(replay.receiptNumber).toBe(payment.receiptNumber);
    const changed = await world.refusal('payments.record', { ...request, amountMinor: 1 });
    expect(changed).toMatchObject({ reason: 'id_reused' });

    expect(await world.call('payments.openAllocations', { code: 'AWA' })).toEqual([
      expect.objectContaining({
        actionId: newer.id,
        chargedMinor: 300_000,
        paidMinor: 50_000,
        outstandingMinor: 250_000,
      }),
    ]);
    const tooMuch = await world.refusal('payments.record', {
      id: newActionId(),
      retailerCode: 'AWA',
      method: 'bank_transfer',
      amountMinor: 400_000,
      applyTo: [{ actionId: newer.id, amountMinor: 300_000 }],
    });
    expect(tooMuch).toMatchObject({ code: 'bad_input' });
    expect(tooMuch.message).toBe('applyTo.0 settles 300000, but only 250000 of that allocation is unpaid.');

    const second = await world.call('payments.record', {
      id: newActionId(),
      retailerCode: 'AWA',
      method: 'bank_transfer',
      amountMinor: 250_000,
      receivedOn: '2026-01-15',
    });
    expect(second.receiptNumber).toBe(payment.receiptNumber.replace(/\d+$/, '000002'));
    expect(new Date(second.receivedAt).getDate()).toBe(15);
    expect(await world.call('payments.openAllocations', { code: 'AWA' })).toEqual([]);
    expect(await receivable(world)).toMatchObject({ balancePostedMinor: 0 });
    const page = await world.call('payments.list', { retailerCode: 'AWA' });
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.receiptNumber)).toEqual([payment.receiptNumber, second.receiptNumber]);

    const future = await world.refusal('payments.record', {
      id: newActionId(),
      retailerCode: 'AWA',
      method: 'cash',
      amountMinor: 1_000,
      receivedOn: '2999-01-01',
    });
    expect(future).toMatchObject({ code: 'bad_input', message: 'receivedOn 2999-01-01 is in the future.' });
    const [cash] = (
      await world.call('ledger.accounts', { ownerKind: 'distributor', assetCode: 'MONEY-XOF' })
    ).filter((account) => account.type === 'cash');
    expect(cash?.balances.balancePostedMinor).toBe(250_000);
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });
});
