import { afterEach, describe, expect, it } from 'vitest';
import type { PayoutRow } from '../../../src/contract/payoutSchemas';
import type { ScriptedSale } from '../../../src/core/operatorSandbox/trafficGenerator';
import { basisPointsOf, commissionOf, rateFor } from '../../../src/core/reports/commissionRates';
import { payoutMonthsOf } from '../../../src/core/reports/payouts';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  postedBalance,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

describe('commission rates', () => {
  const rules = {
    defaultRate: {
      kind: 'tiered' as const,
      slabs: [
        { fromMonthlyVolumeMinor: 0, basisPoints: 100 },
        { fromMonthlyVolumeMinor: 55_000, basisPoints: 250 },
      ],
    },
    overrides: [
      { denominationMinor: 5_000, rate: { kind: 'flat' as const, basisPoints: 400 } },
      { operatorId: 'mtn', rate: { kind: 'flat' as const, basisPoints: 150 } },
      { operatorId: 'mtn', denominationMinor: 5_000, rate: { kind: 'flat' as const, basisPoints: 50 } },
    ],
  };

  it('take the most specific rule: operator and denomination, denomination, operator, default', () => {
    expect(rateFor(rules, 'mtn', 5_000).rule).toBe('mtn, denomination 5000');
    expect(rateFor(rules, 'orange', 5_000).rule).toBe('denomination 5000');
    expect(rateFor(rules, 'mtn', 1_000).rule).toBe('mtn');
    expect(rateFor(rules, 'orange', 1_000).rule).toBe('default');
  });

  it('pay the slab reached on the whole month, from its threshold on', () => {
    expect(basisPointsOf(rules.defaultRate, 54_999)).toEqual({ basisPoints: 100, slabFromMinor: 0 });
    expect(basisPointsOf(rules.defaultRate, 55_000)).toEqual({ basisPoints: 250, slabFromMinor: 55_000 });
    expect(basisPointsOf({ kind: 'flat', basisPoints: 75 }, 10)).toEqual({
      basisPoints: 75,
      slabFromMinor: null,
    });
  });

  it('round half up to the minor unit, exactly past 2^53', () => {
    expect(commissionOf(8_025, 200)).toBe(161); // 160.5
    expect(commissionOf(8_024, 200)).toBe(160); // 160.48
    expect(commissionOf(0, 10_000)).toBe(0);
    expect(commissionOf(9_007_199_254_740_991, 3)).toBe(2_702_159_776_422); // BigInt path: …422.2973
    expect(() => commissionOf(-1, 100)).toThrow(/non-negative/);
  });

  it('widen a period to the whole months it touches', () => {
    const window = payoutMonthsOf({ from: '2026-11-20', to: '2027-01-03' });
    expect(window.months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(new Date(window.fromMs).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(new Date(window.endMs).toISOString()).toBe('2027-02-01T00:00:00.000Z');
  });
});

/**
 * Four resellers, 100,000 allocated to each, and sales scripted to the unit (XOF, scale 0):
 * - R-0001 on SLABS (default tiered: 1% from 0, 2.5% from 55,000 a month; 5,000 top-ups flat 4%):
 *   20 × 1,000, 4 × 5,000 and 10 × 2,000 of which one is reversed. Net volume 58,000 reaches the
 *   2.5% slab: 40,000 × 2.5% = 1,000, 20,000 × 4% = 800, the reversal takes back 2,000 × 2.5% = 50.
 * - R-0002 on FLAT (1.5%, 2% at this operator): 7 × 1,000 and one 1,025: 8,025 × 2% = 160.5 → 161.
 * - R-0003 without a plan: 3 × 1,000, earns nothing.
 * - R-0004 on FLAT, suspended after 3 × 2,000: 6,000 × 2% = 120, on hold.
 * Plus a direct sale by the operator, which is nobody's commission.
 */
async function payoutWorld() {
  const world = await startOperatorWorld(newTemporaryFolder(), { seed: 3 });
  worlds.push(world);
  const [r1, r2, r3, r4] = (await onboardRetailers(world, 4)) as [string, string, string, string];
  await world.call('commissionPlans.save', {
    code: 'SLABS',
    name: 'Volume slabs',
    rules: {
      defaultRate: {
        kind: 'tiered',
        slabs: [
          { fromMonthlyVolumeMinor: 0, basisPoints: 100 },
          { fromMonthlyVolumeMinor: 55_000, basisPoints: 250 },
        ],
      },
      overrides: [{ denominationMinor: 5_000, rate: { kind: 'flat', basisPoints: 400 } }],
    },
  });
  await world.call('commissionPlans.save', {
    code: 'FLAT',
    name: 'Flat rate',
    rules: {
      defaultRate: { kind: 'flat', basisPoints: 150 },
      overrides: [{ operatorId: 'sandbox', rate: { kind: 'flat', basisPoints: 200 } }],
    },
  });
  await world.call('retailers.update', { code: r1, commissionPlanCode: 'SLABS' });
  await world.call('retailers.update', { code: r2, commissionPlanCode: 'FLAT' });
  await world.call('retailers.update', { code: r4, commissionPlanCode: 'FLAT' });
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 1_000_000 });
  await syncNow(world, 5_000);
  for (const partyId of [r1, r2, r3, r4]) {
    await world.call('operator.allocate', { id: newActionId(), partyId, amountMinor: 100_000 });
  }
  await syncNow(world, 5_000);
  // A second apart from now on: a whole month's sales in a minute (a month boundary inside it is a
  // chance of one in forty thousand).
  const start = Date.now() + 1_000;
  let second = 0;
  const at = () => start + 1_000 * second++;
  const sales: ScriptedSale[] = [];
  const sell = (partyId: string | null, count: number, amountMinor: number) => {
    for (let index = 0; index < count; index++) {
      sales.push({
        partyId,
        msisdn: `22177${String(sales.length).padStart(7, '0')}`,
        amountMinor,
        atMs: at(),
      });
    }
  };
  sell(r1, 20, 1_000);
  sell(r1, 4, 5_000);
  sell(r1, 9, 2_000);
  sales.push({ partyId: r1, msisdn: '221770009999', amountMinor: 2_000, atMs: at(), reversedAtMs: at() });
  sell(r2, 7, 1_000);
  sell(r2, 1, 1_025);
  sell(r3, 3, 1_000);
  sell(r4, 3, 2_000);
  sell(null, 1, 10_000);
  world.sandbox.scriptSales(sales);
  await syncNow(world, 5_000);
  await world.call('retailers.setStatus', { code: r4, status: 'suspended', reason: 'Unpaid invoices' });
  const today = new Date(start).toISOString().slice(0, 10);
  return { world, codes: [r1, r2, r3, r4], filters: { from: today, to: today } };
}

function rowOf(rows: PayoutRow[], code: string): PayoutRow {
  const row = rows.find((candidate) => candidate.code === code);
  if (row === undefined) throw new Error(`no payout row for ${code}`);
  return row;
}

describe('the payouts report', () => {
  it('computes commission by plan, slab and override, with reversals taken back, as worked out by hand', async () => {
    const { world, codes, filters } = await payoutWorld();
    const [r1, r2, r3, r4] = codes as [string, string, string, string];
    const report = await world.call('reports.payouts', { filters, limit: 500 });
    const month = filters.from.slice(0, 7);
    expect(report.months).toEqual([month]);
    expect(report.period.from).toBe(`${month}-01`);
    expect(report.total).toBe(4);

    const one = rowOf(report.rows, r1);
    expect(one).toMatchObject({
      planCode: 'SLABS',
      salesCount: 34,
      salesMinor: 60_000,
      reversalsCount: 1,
      reversalsMinor: 2_000,
      allocatedCount: 1,
      allocatedMinor: 100_000,
      grossCommissionMinor: 1_800,
      adjustmentsMinor: -50,
      netPayableMinor: 1_750,
      paidMinor: 0,
      balanceDueMinor: 1_750,
      status: 'accruing',
      openingStockMinor: 0,
    });
    // The ledger agrees: what was allocated, less what was sold, plus what was reversed.
    expect(one.closingStockMinor).toBe(100_000 - 60_000 + 2_000);
    expect(one.closingStockMinor).toBe(await postedBalance(world, `op:sandbox:stock:${r1}`));

    expect(rowOf(report.rows, r2)).toMatchObject({
      planName: 'Flat rate',
      salesMinor: 8_025,
      grossCommissionMinor: 161,
      netPayableMinor: 161,
      status: 'accruing',
    });
    expect(rowOf(report.rows, r3)).toMatchObject({
      planCode: null,
      salesMinor: 3_000,
      grossCommissionMinor: 0,
      status: 'nothing_earned',
    });
    expect(rowOf(report.rows, r4)).toMatchObject({
      resellerStatus: 'suspended',
      salesMinor: 6_000,
      netPayableMinor: 120,
      status: 'on_hold',
    });
    // Sorted by net payable, largest first; totals over every row.
    expect(report.rows.map((row) => row.code)).toEqual([r1, r2, r4, r3]);
    expect(report.totals).toEqual([
      {
        units: 'XOF',
        scale: 0,
        resellers: 4,
        salesCount: 34 + 8 + 3 + 3,
        salesMinor: 60_000 + 8_025 + 3_000 + 6_000,
        reversalsMinor: 2_000,
        allocatedMinor: 400_000,
        grossCommissionMinor: 1_800 + 161 + 120,
        adjustmentsMinor: -50,
        netPayableMinor: 1_750 + 161 + 120,
        paidMinor: 0,
        balanceDueMinor: 1_750 + 161 + 120,
        onHoldMinor: 120,
        withoutPlanSalesMinor: 3_000,
      },
    ]);
    expect(report.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'accruing', units: 'XOF', count: 2, netPayableMinor: 1_911 },
        { status: 'on_hold', units: 'XOF', count: 1, netPayableMinor: 120 },
        { status: 'nothing_earned', units: 'XOF', count: 1, netPayableMinor: 0 },
      ]),
    );
  });

  it('chooses the slab by the whole month, whatever denominations are shown, and drills down to the lines and entries', async () => {
    const { world, codes, filters } = await payoutWorld();
    const r1 = codes[0] as string;
    const thousands = await world.call('reports.payouts', {
      filters: { ...filters, denominationsMinor: [1_000] },
      limit: 500,
    });
    // 20 × 1,000 at 2.5% (the slab the month's 58,000 reached), not at 1%.
    expect(rowOf(thousands.rows, r1)).toMatchObject({ salesMinor: 20_000, grossCommissionMinor: 500 });

    const detail = await world.call('reports.payout', { filters, retailerCode: r1 });
    expect(detail.lines).toHaveLength(2);
    expect(detail.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'default',
          slabFromMinor: 55_000,
          monthlyVolumeMinor: 58_000,
          basisPoints: 250,
          denominationsMinor: [1_000, 2_000],
          salesMinor: 40_000,
          reversalsMinor: 2_000,
          commissionMinor: 1_000,
          clawbackMinor: -50,
        }),
        expect.objectContaining({
          rule: 'denomination 5000',
          slabFromMinor: null,
          basisPoints: 400,
          salesCount: 4,
          salesMinor: 20_000,
          commissionMinor: 800,
          clawbackMinor: 0,
        }),
      ]),
    );
    const lineTotal = detail.lines.reduce((sum, line) => sum + line.commissionMinor + line.clawbackMinor, 0);
    expect(lineTotal).toBe(rowOf(detail.rows, r1).netPayableMinor);
    expect(detail.allocations).toHaveLength(1);
    const allocation = detail.allocations[0];
    expect(allocation).toMatchObject({ kind: 'allocation', amountMinor: 100_000 });
    const entry = await world.call('ledger.entry', { entryId: allocation?.entryId ?? '' });
    expect(entry?.transfers.some((transfer) => transfer.amountMinor === 100_000)).toBe(true);

    const unknown = await world.refusal('reports.payout', { filters, retailerCode: 'NOBODY' });
    expect(unknown).toMatchObject({
      code: 'not_found',
      message: 'No reseller NOBODY exists in this workspace.',
    });
  });

  it('narrows to a branch and says the channel filter does not apply', async () => {
    const { world, codes, filters } = await payoutWorld();
    const report = await world.call('reports.payouts', {
      filters: { ...filters, retailerCodes: [codes[1] as string], channels: ['ussd'] },
    });
    expect(report.rows.map((row) => row.code)).toEqual([codes[1]]);
    expect(report.ignoredFilters).toEqual([
      {
        filter: 'channels',
        reason: "commission is earned on all of a reseller's sales, whatever the channel",
      },
    ]);
  });
});
