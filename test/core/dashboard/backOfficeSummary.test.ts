import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { newActionId, type OperatorWorld, startOperatorWorld, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

async function shopsWorld(): Promise<OperatorWorld> {
  const world = await startOperatorWorld(newTemporaryFolder());
  worlds.push(world);
  for (const shop of [
    { partyId: 'AWA', name: 'Awa Boutique', msisdn: '2250700000001' },
    { partyId: 'KOFFI', name: 'Koffi Phones', msisdn: '2250700000002' },
  ]) {
    world.sandbox.addRetailer({ ...shop, initialBalance: 0 });
    await world.call('operator.linkRetailer', shop);
  }
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 2_000_000 });
  await syncNow(world, 2_000);
  return world;
}

describe('spend control and the dashboard', () => {
  it('auto-replenishes a retailer below its trigger after a sync, and turns a refused top-up into an alert', async () => {
    const world = await shopsWorld();
    await world.call('retailers.update', {
      code: 'AWA',
      terms: 'postpaid',
      creditLimitMinor: 1_000_000,
      lowStockThresholdMinor: 50_000,
      replenishment: { belowMinor: 100_000, upToMinor: 300_000 },
    });
    // Koffi is prepaid and has paid nothing: its rule cannot be met.
    await world.call('retailers.update', {
      code: 'KOFFI',
      replenishment: { belowMinor: 10_000, upToMinor: 80_000 },
    });

    await syncNow(world, 2_000); // the cycle ends, replenishment queues Awa's top-up
    let awa = await world.call('allocations.list', { retailerCode: 'AWA' });
    expect(awa.rows.map((row) => [row.amountMinor, row.requestedBy])).toEqual([
      [300_000, 'auto-replenishment'],
    ]);
    await syncNow(world, 2_000); // sent and confirmed; Awa is at its target, nothing more is queued
    awa = await world.call('allocations.list', { retailerCode: 'AWA' });
    expect(awa.rows.map((row) => row.status)).toEqual(['confirmed']);
    // Awa is at its target; Koffi's refusal is not retried at every run (once an hour).
    expect(await world.call('replenishment.run', {})).toEqual({ queued: 0, refused: 0 });

    const summary = await world.call('dashboard.summary', {});
    expect(summary.wholesale).toEqual([
      expect.objectContaining({
        operatorId: 'sandbox',
        postedMinor: 1_700_000,
        availableMinor: 1_700_000,
        incomingMinor: 0,
      }),
    ]);
    expect(summary.retailerStock).toEqual([
      { assetCode: 'AIRTIME-SANDBOX', totalMinor: 300_000, retailersWithStock: 1, lowStock: 0 },
    ]);
    expect(summary.receivables).toMatchObject({
      currency: 'XOF',
      owedMinor: 300_000,
      prepaidMinor: 0,
      retailersOwing: 1,
    });
    expect(summary.pendingActions).toEqual({ purchases: 0, allocations: 0, topups: 0, failed: 0 });
    expect(summary.alerts).toEqual([
      expect.objectContaining({
        kind: 'replenishment_refused',
        title: 'Auto-replenishment of KOFFI was refused',
        link: '/retailers/KOFFI',
        detail: expect.stringMatching(/^Koffi Phones \(KOFFI\) is prepaid and has 0 XOF paid in advance/),
      }),
    ]);

    // Raising Awa's alert level above what it holds raises a low-stock alert; a held allocation shows too.
    await world.call('retailers.update', { code: 'AWA', lowStockThresholdMinor: 400_000 });
    await world.call('settings.save', { allocationApprovalThresholdMinor: 100_000, velocityMultiple: null });
    await world.call('allocations.create', { id: uuidv7(), retailerCode: 'AWA', amountMinor: 150_000 });
    const alerts = (await world.call('dashboard.summary', {})).alerts;
    expect(alerts.map((alert) => alert.kind)).toEqual([
      'approval_waiting',
      'replenishment_refused',
      'low_stock',
    ]);
    expect(alerts[2]).toMatchObject({ title: 'Awa Boutique is low on stock', link: '/retailers/AWA' });
  });
});
