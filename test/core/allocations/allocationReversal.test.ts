import { afterEach, describe, expect, it } from 'vitest';
import { newActionId, type OperatorWorld, stockedWorldWithAwa, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

describe('reversing an allocation', () => {
  it('sends the stock back through the operator, refunds the charge, and never reverses more than was allocated or is held', async () => {
    const world = await stockedWorldWithAwa(newTemporaryFolder(), {
      wholesaleMinor: 1_000_000,
      creditLimitMinor: 1_000_000,
    });
    worlds.push(world);
    const allocation = await world.call('allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 400_000,
    });
    const allocationId = allocation.allocation?.id ?? '';

    const early = await world.refusal('allocations.reverse', {
      id: newActionId(),
      allocationId,
      reason: 'Wrong retailer',
    });
    expect(early).toMatchObject({ reason: 'not_reversible' });
    await syncNow(world, 2_000);

    const part = await world.call('allocations.reverse', {
      id: newActionId(),
      allocationId,
      amountMinor: 150_000,
      reason: 'Shop closed for a week',
    });
    expect(part).toMatchObject({
      kind: 'allocation_reversal',
      state: 'queued',
      amountMinor: 150_000,
      partyId: 'AWA',
    });
    const pending = await world.call('ledger.entry', { entryId: part.pendingEntryId });
    expect(pending.transfers.map((transfer) => [transfer.code, transfer.amountMinor])).toEqual([
      ['allocation_reversal', 150_000],
      ['allocation_refund', 150_000],
    ]);
    const tooMuch = await world.refusal('allocations.reverse', {
      id: newActionId(),
      allocationId,
      amountMinor: 300_000,
      reason: 'All of it',
    });
    expect(tooMuch).toMatchObject({ reason: 'over_reversal' });
    expect(tooMuch.message).toBe('Only 250,000 XOF of this allocation of 400,000 XOF is left to reverse.');

    await syncNow(world, 2_000);
    expect((await world.call('sync.action', { id: part.id })).state).toBe('confirmed');
    const detail = await world.call('retailers.get', { code: 'AWA' });
    expect(detail.stock[0]?.balancePostedMinor).toBe(250_000);
    expect(detail.receivable.balancePostedMinor).toBe(250_000);
    expect((await world.call('allocations.list', {})).rows[0]).toMatchObject({
      id: allocationId,
      reversedMinor: 150_000,
    });
    expect(await world.call('payments.openAllocations', { code: 'AWA' })).toEqual([
      expect.objectContaining({ actionId: allocationId, chargedMinor: 250_000, outstandingMinor: 250_000 }),
    ]);
    const report = await world.call('reconciliation.report', {});
    expect(report.totals).toMatchObject({ unexplained: 0 });
    expect(report.buckets.find((bucket) => bucket.partyId === 'AWA')).toMatchObject({
      status: 'matched',
      ledgerPostedMinor: 250_000,
      operatorTotalMinor: 250_000,
    });

    // The rest comes back; then a new allocation the retailer partly sells cannot all come back.
    const all = await world.call('allocations.reverse', {
      id: newActionId(),
      allocationId,
      reason: 'Closed for good',
    });
    expect(all.amountMinor).toBe(250_000);
    const second = await world.call('allocations.create', {
      id: newActionId(),
      retailerCode: 'AWA',
      amountMinor: 100_000,
    });
    await syncNow(world, 2_000);
    world.sandbox.generateTraffic(20, Date.now() - 30_000, Date.now());
    await syncNow(world, 2_000);
    const held = (await world.call('retailers.get', { code: 'AWA' })).stock[0]?.balancePostedMinor ?? 0;
    expect(held).toBeLessThan(100_000);
    // The sales that took it are on the retailer's page, booked; the ones made before the wallet
    // was linked are listed too, inside the opening balance.
    const sales = await world.call('retailers.sales', { code: 'AWA', limit: 200 });
    const sum = (rows: typeof sales.rows) => rows.reduce((total, row) => total + row.amountMinor, 0);
    const booked = sales.rows.filter((row) => row.booking === 'booked');
    expect(booked.length).toBeGreaterThan(0);
    expect(sum(booked)).toBe(100_000 - held);
    expect(sales.rows.every((row) => row.booking !== 'waiting')).toBe(true);
    expect(sales.month).toEqual([
      { assetCode: 'AIRTIME-SANDBOX', count: sales.rows.length, faceValueMinor: sum(sales.rows) },
    ]);
    expect(sales.rows.every((row) => row.msisdn !== null && row.operatorActionId !== '')).toBe(true);
    const short = await world.refusal('allocations.reverse', {
      id: newActionId(),
      allocationId: second.allocation?.id ?? '',
      reason: 'Over-allocated',
    });
    expect(short).toMatchObject({ reason: 'retailer_stock_short' });
    expect(short.message).toBe(
      `AWA holds ${held.toLocaleString('en-US')} XOF of stock now; it cannot give back 100,000 XOF. Reverse what it still holds.`,
    );
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });
});
