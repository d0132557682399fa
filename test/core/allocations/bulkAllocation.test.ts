import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { newActionId, type OperatorWorld, startOperatorWorld, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

/** 1,000,000 XOF of wholesale stock and three linked retailers with different terms. */
async function networkWorld(): Promise<OperatorWorld> {
  const world = await startOperatorWorld(newTemporaryFolder());
  worlds.push(world);
  const shops = [
    { partyId: 'AWA', name: 'Awa Boutique', msisdn: '2250700000001' },
    { partyId: 'BINTOU', name: 'Bintou Cellulaire', msisdn: '2250700000002' },
    { partyId: 'KOFFI', name: 'Koffi Phones', msisdn: '2250700000003' },
  ];
  for (const shop of shops) {
    world.sandbox.addRetailer({ ...shop, initialBalance: 0 });
    await world.call('operator.linkRetailer', shop);
  }
  await world.call('retailers.update', { code: 'AWA', terms: 'postpaid', creditLimitMinor: 300_000 });
  await world.call('retailers.update', {
    code: 'BINTOU',
    terms: 'postpaid',
    creditLimitMinor: 900_000,
    dailyAllocationLimitMinor: 200_000,
  });
  await world.call('retailers.add', {
    code: 'NOWALLET',
    name: 'No Wallet Shop',
    terms: 'postpaid',
    creditLimitMinor: 1,
  });
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 1_000_000 });
  await syncNow(world, 2_000);
  return world;
}

const file = (lines: string[], fileName = 'allocations.csv') => ({
  fileName,
  contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
});

describe('bulk allocation from a file', () => {
  it('checks each row with the rows above it, names every problem, and queues nothing while one is wrong', async () => {
    const world = await networkWorld();
    const bad = file([
      'retailer_code,amount,note',
      'AWA,200000,Monday float',
      'AWA,150000,second float',
      'BINTOU,150000,',
      'BINTOU,100000,',
      'KOFFI,50000,',
      'NOWALLET,1000,',
      'GHOST,1000,',
      'AWA,12.5,',
    ]);
    const preview = await world.call('allocations.importPreview', bad);
    expect(preview).toMatchObject({
      rowCount: 8,
      validCount: 2,
      invalidCount: 6,
      wholesaleAvailableMinor: 1_000_000,
    });
    expect(preview.totalAmountMinor).toBe(200_000 + 150_000);
    const problems = Object.fromEntries(
      preview.rows.map((row) => [
        row.rowNumber,
        row.issues.map((issue) => `${issue.field} ${issue.message}`),
      ]),
    );
    expect(problems).toEqual({
      2: [],
      3: ['amount takes Awa Boutique over its credit limit (100000 left)'],
      4: [],
      5: ['amount takes Bintou Cellulaire over its daily limit of 200000 (150000 already today or above)'],
      6: ['amount is more than Koffi Phones has paid for (0 left, prepaid)'],
      7: ['retailer_code No Wallet Shop has no wallet linked at Sandbox Telecom'],
      8: ['retailer_code names no retailer (GHOST)'],
      9: ['amount has 1 decimals; this currency takes none'],
    });
    const refused = await world.refusal('allocations.importApply', { ...bad, batchId: uuidv7() });
    expect(refused).toMatchObject({ code: 'bad_input', reason: 'invalid_rows' });
    expect(refused.message).toMatch(
      /^Nothing was allocated: 6 of 8 rows have problems\. First: row 3 amount/,
    );
    expect((await world.call('allocations.list', {})).total).toBe(0);

    await world.call('payments.record', {
      id: uuidv7(),
      retailerCode: 'KOFFI',
      method: 'cash',
      amountMinor: 50_000,
    });
    const good = file(
      ['Reseller code;Montant;Note', 'AWA;200 000;Monday float', 'BINTOU;150000;', 'KOFFI;50000;'],
      'lundi.csv',
    );
    const batchId = uuidv7();
    const result = await world.call('allocations.importApply', { ...good, batchId });
    expect(result).toMatchObject({ queued: 3, totalAmountMinor: 400_000 });
    const replay = await world.call('allocations.importApply', { ...good, batchId });
    expect(replay.actionIds).toEqual(result.actionIds);
    expect((await world.call('allocations.list', {})).total).toBe(3);

    await syncNow(world, 2_000);
    const page = await world.call('allocations.list', { statuses: ['confirmed'] });
    expect(page.totals.amountMinor).toBe(400_000);
    expect(
      page.rows
        .map((row) => [row.retailerCode, row.amountMinor, row.chargedMinor, row.note])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['AWA', 200_000, 200_000, 'lundi.csv row 2: Monday float'],
      ['BINTOU', 150_000, 150_000, 'lundi.csv row 3'],
      ['KOFFI', 50_000, 50_000, 'lundi.csv row 4'],
    ]);
    const awaOnly = await world.call('allocations.list', { retailerCode: 'awa' });
    expect(awaOnly.rows.map((row) => row.retailerName)).toEqual(['Awa Boutique']);
    expect((await world.call('retailers.get', { code: 'AWA' })).stock[0]?.balancePostedMinor).toBe(200_000);
    expect((await world.call('ledger.verify', { mode: 'full' })).violations).toEqual([]);
  });
});
