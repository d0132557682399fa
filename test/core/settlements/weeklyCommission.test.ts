import { afterEach, describe, expect, it } from 'vitest';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const dayMs = 24 * 3_600_000;

/**
 * Weekly settlements, a monthly slab: 1% up to 10,000 of the month's net sales, 3% from there. Week
 * one sells 6,000 (1%: 60); week two sells 5,000, taking the month to 11,000: its own sales earn 3%
 * (150) and a true-up brings week one's to 3% too (+120). Week three sells 1,000 and has week one's
 * 4,000 sale reversed: the month falls to 8,000, back in the 1% slab; its own lines earn 10 and take
 * back 40, and the true-up takes the earlier weeks back to 1% (−220). The month's weeks add up to
 * 1% of its 8,000 net: 80.
 */
describe('commission on weekly settlements', () => {
  it('brings earlier weeks of the month up to the slab the month reaches, by a true-up line', async () => {
    // The workspace lives in the first three weeks of a month to come (the operator's register
    // only takes sales after what it already holds): from its first Monday, at 08:00 UTC.
    const now = new Date();
    const firstOfMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1);
    const monday = firstOfMonth + ((8 - (new Date(firstOfMonth).getUTCDay() || 7)) % 7) * dayMs;
    const start = monday + 8 * 3_600_000;
    const month = new Date(start).toISOString().slice(0, 7);
    // The clock runs (syncs wait on it) from where the test puts it.
    let shiftMs = start - Date.now();
    const world = await startOperatorWorld(
      newTemporaryFolder(),
      { seed: 12 },
      {},
      () => new Date(Date.now() + shiftMs),
    );
    worlds.push(world);
    await world.call('settings.save', {
      settlementCycle: { kind: 'weekly', startDay: 1, startTime: '00:00', timeZone: 'UTC' },
    });
    const [reseller] = (await onboardRetailers(world, 1)) as [string];
    await world.call('commissionPlans.save', {
      code: 'SLAB',
      name: '1% then 3% from 10,000',
      rules: {
        defaultRate: {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 100 },
            { fromMonthlyVolumeMinor: 10_000, basisPoints: 300 },
          ],
        },
        overrides: [],
      },
    });
    await world.call('retailers.update', { code: reseller, commissionPlanCode: 'SLAB' });
    await world.call('operator.purchase', { id: newActionId(), amountMinor: 100_000 });
    await syncNow(world, 5_000);
    await world.call('operator.allocate', { id: newActionId(), partyId: reseller, amountMinor: 50_000 });
    await syncNow(world, 5_000);

    const sale = (day: number, amountMinor: number, index: number, reversedOnDay?: number) => ({
      partyId: reseller,
      msisdn: `2217711100${String(index).padStart(2, '0')}`,
      amountMinor,
      atMs: start + day * dayMs,
      ...(reversedOnDay === undefined ? {} : { reversedAtMs: start + reversedOnDay * dayMs }),
    });
    // The operator's register holds the whole month's sales before the first close: each week's
    // statement counts only what took effect up to its own end, however late it is closed.
    world.sandbox.scriptSales([sale(1, 2_000, 1), sale(2, 4_000, 2, 15)]);
    world.sandbox.scriptSales([sale(8, 5_000, 3)]);
    world.sandbox.scriptSales([sale(16, 1_000, 4)]);
    await syncNow(world, 5_000);
    const closeWeek = async (weekIndex: number) => {
      shiftMs = start + (weekIndex + 1) * 7 * dayMs - Date.now();
      const next = (await world.call('settlements.periods', {})).periods[0];
      const closed = await world.call('settlements.close', { key: next?.key ?? '' });
      const [statement] = await world.call('settlements.statements', { periodId: closed.id ?? '' });
      return statement;
    };

    const one = await closeWeek(0);
    expect(one).toMatchObject({ salesCount: 2, salesMinor: 6_000 });
    expect(one?.commissionMinor).toBe(60);
    expect(one?.commissionLines).toEqual([
      expect.objectContaining({ month, basisPoints: 100, salesMinor: 6_000, commissionMinor: 60 }),
    ]);

    const two = await closeWeek(1);
    expect(two?.commissionLines).toEqual([
      expect.objectContaining({ rule: 'default', basisPoints: 300, salesMinor: 5_000, commissionMinor: 150 }),
      expect.objectContaining({
        rule: 'slab true-up',
        basisPoints: 300,
        salesMinor: 0,
        commissionMinor: 120,
      }),
    ]);
    expect(two?.commissionMinor).toBe(270);

    const three = await closeWeek(2);
    expect(three?.commissionLines).toEqual([
      expect.objectContaining({
        basisPoints: 100,
        salesMinor: 1_000,
        reversalsMinor: 4_000,
        commissionMinor: 10,
        clawbackMinor: -40,
      }),
      expect.objectContaining({ rule: 'slab true-up', basisPoints: 100, commissionMinor: -220 }),
    ]);
    const monthTotal = [one, two, three].reduce(
      (sum, statement) => sum + (statement?.commissionMinor ?? 0),
      0,
    );
    expect(monthTotal).toBe(80);
  }, 60_000);
});
