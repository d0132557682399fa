import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../src/core/workspace/openEncryptedDatabase';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import { testPassphrase } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
/** Today and tomorrow: the sales run two hours ahead of the clock. */
const period = { from: today, to: tomorrow };

/**
 * Three resellers selling 400 top-ups through the operator's point of sale (`retail-pos`), and our own
 * desk topping up two lines directly (through Airledger's channel, `airledger`).
 */
async function channelWorld() {
  const folder = newTemporaryFolder();
  const world = await startOperatorWorld(folder, { seed: 23 });
  worlds.push(world);
  const codes = await onboardRetailers(world, 3);
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 3_000_000 });
  await syncNow(world, 5_000);
  for (const code of codes) {
    await world.call('operator.allocate', { id: newActionId(), partyId: code, amountMinor: 900_000 });
  }
  await world.call('operator.topup', { id: newActionId(), msisdn: '2250799000001', amountMinor: 2_000 });
  await world.call('operator.topup', { id: newActionId(), msisdn: '2250799000002', amountMinor: 5_000 });
  await syncNow(world, 5_000);
  const from = Date.now() + 1;
  world.sandbox.generateTraffic(400, from, from + 2 * 3_600_000);
  await syncNow(world, 5_000);
  return { world, codes, dataDir: join(folder, 'workspace') };
}

/** Completed reseller sales per channel, read straight from the register in the file. */
function resellerSalesByChannel(dataDir: string) {
  const sqlite = openEncryptedDatabase(
    join(dataDir, 'airledger.db'),
    { kind: 'passphrase', passphrase: testPassphrase },
    { create: false, keySource: 'test' },
  );
  try {
    return sqlite
      .prepare(
        `SELECT coalesce(channel, '') AS channel, count(*) AS count, sum(amount_minor) AS value
         FROM operator_history WHERE status = 'completed' AND classification = 'retail_sale' GROUP BY 1 ORDER BY 1`,
      )
      .all() as Array<{ channel: string; count: number; value: number }>;
  } finally {
    sqlite.close();
  }
}

describe('the channel filter of the reports', () => {
  it('offers the channels sales came through, and every report narrows to the ones chosen', async () => {
    const { world, codes, dataDir } = await channelWorld();
    const retail = resellerSalesByChannel(dataDir);
    expect(retail.map((row) => row.channel)).toEqual(['retail-pos']);
    const [pos] = retail;
    if (pos === undefined) throw new Error('no reseller sold');
    expect(pos.count).toBeGreaterThan(200);

    expect(await world.call('reports.channels', period)).toEqual([
      { channel: 'airledger', kinds: ['direct'] },
      { channel: 'retail-pos', kinds: ['reseller'] },
    ]);
    // Its own channel filter does not shrink what it offers.
    expect(await world.call('reports.channels', { ...period, channels: ['airledger'] })).toHaveLength(2);
    // Nothing sold yesterday.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await world.call('reports.channels', { from: yesterday, to: yesterday })).toEqual([]);

    // Reseller sales: all of them through the point of sale, none through our desk.
    const onPos = await world.call('reports.resellerSales', { ...period, channels: ['retail-pos'] });
    expect(onPos.totals[0]).toMatchObject({ count: pos.count, faceValueMinor: pos.value });
    // The share is of every sale on the channels chosen.
    expect(onPos.totals[0]).toMatchObject({ allSalesCount: pos.count, allSalesFaceValueMinor: pos.value });
    expect(onPos.unavailable.map((item) => item.card)).toEqual(['resellers']);
    const atDesk = await world.call('reports.resellerSales', { ...period, channels: ['airledger'] });
    expect(atDesk.totals[0]).toMatchObject({
      count: 0,
      faceValueMinor: 0,
      allSalesCount: 2,
      allSalesFaceValueMinor: 7_000,
    });
    // Named resellers are read from the register itself, channel included.
    const named = await world.call('reports.resellerSales', { ...period, retailerCodes: codes });
    const namedOnPos = await world.call('reports.resellerSales', {
      ...period,
      retailerCodes: codes,
      channels: ['retail-pos'],
    });
    expect(named.source).toBe('register');
    expect(namedOnPos.totals[0]?.count).toBe(pos.count);
    expect(namedOnPos.top.map((figure) => [figure.code, figure.count])).toEqual(
      named.top.map((figure) => [figure.code, figure.count]),
    );
    const namedAtDesk = await world.call('reports.resellerSales', {
      ...period,
      retailerCodes: codes,
      channels: ['airledger'],
    });
    expect(namedAtDesk.totals[0]?.count).toBe(0);
    expect(namedAtDesk.top).toEqual([]);

    // Sales without a reseller beside the reseller ones: each side only on the channels chosen.
    const desk = await world.call('reports.directSales', { ...period, channels: ['airledger'] });
    expect(desk.byChannel.map((row) => [row.channel, row.count, row.faceValueMinor])).toEqual([
      ['airledger', 2, 7_000],
    ]);
    expect(desk.totals[0]).toMatchObject({ count: 2, faceValueMinor: 7_000, resellerCount: 0 });
    const posOnly = await world.call('reports.directSales', { ...period, channels: ['retail-pos'] });
    expect(posOnly.byChannel).toEqual([]);
    expect(posOnly.totals[0]).toMatchObject({
      count: 0,
      resellerCount: pos.count,
      resellerFaceValueMinor: pos.value,
    });

    // The drill-downs list the same sales.
    const deskRows = await world.call('reports.sales', {
      filters: { ...period, channels: ['airledger'] },
      kind: 'direct',
    });
    expect(deskRows.rows.map((row) => [row.msisdn, row.amountMinor, row.channel])).toEqual([
      ['2250799000002', 5_000, 'airledger'],
      ['2250799000001', 2_000, 'airledger'],
    ]);
    expect(
      (
        await world.call('reports.sales', {
          filters: { ...period, channels: ['retail-pos'] },
          kind: 'direct',
        })
      ).total,
    ).toBe(0);
    const [seller] = named.top;
    if (seller === undefined) throw new Error('no reseller sold');
    const sellerOnPos = await world.call('reports.sales', {
      filters: { ...period, channels: ['retail-pos'] },
      kind: 'reseller',
      retailerCode: seller.code,
    });
    expect(sellerOnPos.total).toBe(seller.count);
    const sellerAtDesk = await world.call('reports.sales', {
      filters: { ...period, channels: ['airledger'] },
      kind: 'reseller',
      retailerCode: seller.code,
    });
    expect(sellerAtDesk.total).toBe(0);
  });
});
