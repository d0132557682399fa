import { afterEach, describe, expect, it } from 'vitest';
import { newActionId, type OperatorWorld, stockedWorldWithAwa, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

describe('the status filter', () => {
  it('shows our open desk top-ups apart with pending, and counts them as sales once final', async () => {
    const world = await stockedWorldWithAwa(newTemporaryFolder(), { wholesaleMinor: 100_000 });
    worlds.push(world);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const period = { from: today, to: tomorrow };
    await world.call('operator.topup', { id: newActionId(), msisdn: '2250799000001', amountMinor: 2_500 });

    const final = await world.call('reports.directSales', period);
    expect(final.pending).toEqual([]);
    expect(final.totals.reduce((sum, total) => sum + total.faceValueMinor, 0)).toBe(0);
    const open = await world.call('reports.directSales', { ...period, status: 'with_pending' });
    expect(open.pending).toEqual([
      { operatorId: 'sandbox', units: 'XOF', scale: 0, count: 1, faceValueMinor: 2_500 },
    ]);
    // They have no channel until the operator records one: a channel filter leaves them out, as
    // does another denomination.
    expect(
      (await world.call('reports.directSales', { ...period, status: 'with_pending', channels: ['ussd'] }))
        .pending,
    ).toEqual([]);
    expect(
      (
        await world.call('reports.directSales', {
          ...period,
          status: 'with_pending',
          denominationsMinor: [1_000],
        })
      ).pending,
    ).toEqual([]);

    await syncNow(world, 5_000);
    // The next cycle pulls the operator's record of it (the sales rollups count from the feed).
    await syncNow(world);
    const settled = await world.call('reports.directSales', { ...period, status: 'with_pending' });
    expect(settled.pending).toEqual([]);
    expect(settled.byChannel).toEqual([
      // The sandbox names our own actions' channel.
      expect.objectContaining({ channel: 'airledger', count: 1, faceValueMinor: 2_500 }),
    ]);
    const refused = await world.refusal('reports.directSales', { ...period, status: 'maybe' });
    expect(refused.message).toContain('status');
  });
});
