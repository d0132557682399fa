import { readFileSync } from 'node:fs';
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
import { migrationsFolder, testPassphrase } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
/** Today and tomorrow: the sales run two hours ahead of the clock (reversals need an hour-old sale). */
const period = { from: today, to: tomorrow };

/**
 * Four resellers under the distributor: R-0001 and R-0002 under the sub-distributor SD-NORD in
 * Dakar, R-0003 in Thiès, R-0004 in Dakar and suspended once it has sold. 600 sales and a few
 * reversals of today, and one top-up from our own desk.
 */
async function salesWorld() {
  const folder = newTemporaryFolder();
  const world = await startOperatorWorld(folder, { seed: 11 });
  worlds.push(world);
  const [r1, r2, r3, r4] = await onboardRetailers(world, 4);
  await world.call('retailers.add', {
    code: 'SD-NORD',
    name: 'Nord hub',
    level: 'sub_distributor',
    region: 'Dakar',
  });
  for (const code of [r1, r2])
    await world.call('retailers.update', { code: code as string, parentCode: 'SD-NORD', region: 'Dakar' });
  await world.call('retailers.update', { code: r3 as string, region: 'Thiès' });
  await world.call('retailers.update', { code: r4 as string, region: 'Dakar' });
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 5_000_000 });
  await syncNow(world, 5_000);
  for (const partyId of [r1, r2, r3, r4]) {
    await world.call('operator.allocate', {
      id: newActionId(),
      partyId: partyId as string,
      amountMinor: 800_000,
    });
  }
  await world.call('operator.topup', { id: newActionId(), msisdn: '2250799000001', amountMinor: 2_000 });
  await syncNow(world, 5_000);
  const from = Date.now() + 1;
  const traffic = world.sandbox.generateTraffic(600, from, from + 2 * 3_600_000);
  await syncNow(world, 5_000);
  await world.call('retailers.setStatus', {
    code: r4 as string,
    status: 'suspended',
    reason: 'Unpaid invoices',
  });
  return { world, traffic, codes: [r1, r2, r3, r4] as string[], dataDir: join(folder, 'workspace') };
}

/** What the register says, counted independently of the reports (read straight from the file). */
function registerCounts(dataDir: string) {
  const sqlite = openEncryptedDatabase(
    join(dataDir, 'airledger.db'),
    { kind: 'passphrase', passphrase: testPassphrase },
    { create: false, keySource: 'test' },
  );
  try {
    const byParty = sqlite
      .prepare(
        `SELECT requestor_party_id AS party, sum(classification = 'retail_sale') AS sales,
           sum(CASE WHEN classification = 'retail_sale' THEN amount_minor ELSE 0 END) AS value,
           sum(classification = 'sale_reversal') AS reversals
         FROM operator_history WHERE status = 'completed' AND classification IN ('retail_sale', 'sale_reversal')
         GROUP BY 1 ORDER BY 1`,
      )
      .all() as Array<{ party: string; sales: number; value: number; reversals: number }>;
    const rollupMismatches = sqlite
      .prepare(
        `SELECT count(*) FROM (
           SELECT strftime('%Y-%m-%d', confirmed_at / 1000, 'unixepoch') AS day, operator_id, requestor_party_id AS party_id,
             sum(classification = 'retail_sale') AS sales_count,
             sum(CASE WHEN classification = 'retail_sale' THEN amount_minor ELSE 0 END) AS sales_minor,
             sum(classification = 'sale_reversal') AS reversals_count,
             sum(CASE WHEN classification = 'sale_reversal' THEN amount_minor ELSE 0 END) AS reversals_minor
           FROM operator_history WHERE status = 'completed' AND classification IN ('retail_sale', 'sale_reversal')
           GROUP BY 1, 2, 3
           EXCEPT SELECT day, operator_id, party_id, sales_count, sales_minor, reversals_count, reversals_minor
           FROM report_retailer_daily)`,
      )
      .pluck()
      .get() as number;
    return { byParty, rollupMismatches, backfillMismatches: backfillMismatches(sqlite) };
  } finally {
    sqlite.close();
  }
}

/**
 * Rebuilds the rollups with the migration's backfill inside a transaction it rolls back, and counts
 * the rows that differ from what the pulls maintained: a workspace upgraded later gets the same.
 */
function backfillMismatches(sqlite: ReturnType<typeof openEncryptedDatabase>): number {
  const migration = readFileSync(join(migrationsFolder, '0023_report_rollups.sql'), 'utf8');
  const backfill = migration
    .split('--> statement-breakpoint')
    .filter((statement) => statement.trim().startsWith('INSERT INTO'));
  expect(backfill).toHaveLength(3);
  const tables = ['report_sales_daily', 'report_retailer_daily', 'report_retailer_monthly'];
  sqlite.exec('BEGIN');
  try {
    for (const table of tables)
      sqlite.exec(`CREATE TEMP TABLE kept_${table} AS SELECT * FROM ${table}; DELETE FROM ${table};`);
    for (const statement of backfill) sqlite.exec(statement);
    let differing = 0;
    for (const table of tables) {
      differing += sqlite
        .prepare(
          `SELECT (SELECT count(*) FROM (SELECT * FROM ${table} EXCEPT SELECT * FROM kept_${table}))
             + (SELECT count(*) FROM (SELECT * FROM kept_${table} EXCEPT SELECT * FROM ${table}))`,
        )
        .pluck()
        .get() as number;
    }
    return differing;
  } finally {
    sqlite.exec('ROLLBACK');
  }
}

describe('the sales reports', () => {
  it('count reseller sales as the register does, by every breakdown, with the branch and region filters', async () => {
    const { world, traffic, codes, dataDir } = await salesWorld();
    const register = registerCounts(dataDir);
    expect(register.rollupMismatches).toBe(0);
    expect(register.backfillMismatches).toBe(0);
    const soldCount = register.byParty.reduce((sum, row) => sum + row.sales, 0);
    const soldValue = register.byParty.reduce((sum, row) => sum + row.value, 0);
    expect(soldCount).toBe(traffic.sales);
    expect(traffic.reversals).toBeGreaterThan(0);

    const report = await world.call('reports.resellerSales', period);
    expect(report.source).toBe('rollup');
    expect(report.unavailable).toEqual([]);
    expect(report.totals).toEqual([
      {
        units: 'XOF',
        scale: 0,
        count: soldCount,
        faceValueMinor: soldValue,
        previousCount: 0,
        previousFaceValueMinor: 0,
        allSalesCount: soldCount + 1,
        allSalesFaceValueMinor: soldValue + 2_000,
      },
    ]);
    // The sales run two hours ahead of the clock: late in the UTC day they reach into tomorrow.
    expect(report.series.reduce((sum, point) => sum + point.count, 0)).toBe(soldCount);
    expect(report.series.reduce((sum, point) => sum + point.faceValueMinor, 0)).toBe(soldValue);
    expect(report.series.map((point) => point.period)).toEqual(
      [today, tomorrow].slice(0, report.series.length),
    );
    expect(report.byOperator).toEqual([
      {
        operatorId: 'sandbox',
        operatorName: 'Sandbox Telecom',
        units: 'XOF',
        scale: 0,
        count: soldCount,
        faceValueMinor: soldValue,
      },
    ]);
    expect(report.byDenomination.reduce((sum, row) => sum + row.count, 0)).toBe(soldCount);
    expect(report.byDenomination.reduce((sum, row) => sum + row.faceValueMinor, 0)).toBe(soldValue);
    for (const row of report.byDenomination)
      expect(row.faceValueMinor).toBe(row.count * row.denominationMinor);

    // Ranked by face value; each figure matches the register; the suspended reseller still counts.
    expect(report.resellersWithSales).toBe(4);
    expect(report.top.map((figure) => figure.faceValueMinor)).toEqual(
      [...register.byParty].map((row) => row.value).sort((a, b) => b - a),
    );
    for (const figure of report.top) {
      const counted = register.byParty.find((row) => row.party === figure.code);
      expect(figure).toMatchObject({
        count: counted?.sales,
        faceValueMinor: counted?.value,
        reversalsCount: counted?.reversals,
      });
    }
    expect(report.top.find((figure) => figure.code === codes[3])).toMatchObject({
      status: 'suspended',
      region: 'Dakar',
    });
    expect(report.top.reduce((sum, figure) => sum + figure.reversalsCount, 0)).toBe(traffic.reversals);
    // With four resellers, the top ten holds them all and the bottom list repeats none.
    expect(report.bottom).toEqual([]);

    // A sub-distributor stands for its branch; a region for its resellers. Both read the register.
    const branch = await world.call('reports.resellerSales', { ...period, retailerCodes: ['SD-NORD'] });
    const branchParties = register.byParty.filter((row) => row.party === codes[0] || row.party === codes[1]);
    expect(branch.source).toBe('register');
    expect(branch.totals[0]).toMatchObject({
      count: branchParties.reduce((sum, row) => sum + row.sales, 0),
      faceValueMinor: branchParties.reduce((sum, row) => sum + row.value, 0),
      allSalesCount: soldCount + 1,
    });
    expect(branch.top.map((figure) => figure.code).sort()).toEqual([codes[0], codes[1]]);
    const thies = await world.call('reports.resellerSales', { ...period, regions: ['Thiès'] });
    expect(thies.top.map((figure) => figure.code)).toEqual([codes[2]]);

    // Naming every reseller reads the register; it agrees with the rollups to the unit.
    const everyone = await world.call('reports.resellerSales', { ...period, retailerCodes: codes });
    expect(everyone.source).toBe('register');
    expect(everyone.totals).toEqual(report.totals);
    expect(everyone.byDenomination).toEqual(report.byDenomination);
    expect(everyone.top).toEqual(report.top);

    // A denomination filter narrows every card but the ranking, which says why it is missing.
    const denomination = report.byDenomination[0]?.denominationMinor ?? 0;
    const one = await world.call('reports.resellerSales', { ...period, denominationsMinor: [denomination] });
    expect(one.totals[0]?.count).toBe(report.byDenomination[0]?.count);
    expect(one.unavailable.map((item) => item.card)).toEqual(['resellers']);
  });

  it('lists the resellers and the sales behind a figure, down to the journal entry', async () => {
    const { world, codes, dataDir } = await salesWorld();
    const register = registerCounts(dataDir);
    const breakdown = await world.call('reports.resellers', {
      filters: period,
      sort: 'code',
      direction: 'asc',
      limit: 3,
    });
    expect(breakdown.total).toBe(4);
    expect(breakdown.rows.map((row) => row.code)).toEqual(codes.slice(0, 3));
    const second = await world.call('reports.resellers', {
      filters: period,
      sort: 'code',
      direction: 'asc',
      offset: 3,
    });
    expect(second.rows.map((row) => row.code)).toEqual([codes[3]]);

    const r1 = register.byParty.find((row) => row.party === codes[0]);
    const sales = await world.call('reports.sales', {
      filters: period,
      kind: 'reseller',
      retailerCode: codes[0],
      limit: 500,
    });
    expect(sales.total).toBe(r1?.sales);
    expect(sales.rows.reduce((sum, row) => sum + row.amountMinor, 0)).toBe(r1?.value);
    const times = sales.rows.map((row) => row.confirmedAt);
    expect(times).toEqual([...times].sort().reverse());
    const first = sales.rows[0];
    expect(first?.entryId).not.toBeNull();
    const entry = await world.call('ledger.entry', { entryId: first?.entryId ?? '' });
    const stock = `op:sandbox:stock:${codes[0]}`;
    expect(entry.transfers.some((t) => t.debitAccountId === stock || t.creditAccountId === stock)).toBe(true);

    // Our desk's top-up is a non-reseller sale, booked by its own operator action.
    const direct = await world.call('reports.directSales', period);
    expect(direct.totals).toEqual([
      {
        units: 'XOF',
        scale: 0,
        count: 1,
        faceValueMinor: 2_000,
        resellerCount: register.byParty.reduce((s, r) => s + r.sales, 0),
        resellerFaceValueMinor: register.byParty.reduce((s, r) => s + r.value, 0),
      },
    ]);
    expect(direct.byChannel).toEqual([
      { units: 'XOF', scale: 0, channel: 'airledger', count: 1, faceValueMinor: 2_000 },
    ]);
    const deskSales = await world.call('reports.sales', { filters: period, kind: 'direct' });
    expect(deskSales.total).toBe(1);
    expect(deskSales.rows[0]).toMatchObject({
      amountMinor: 2_000,
      msisdn: '2250799000001',
      retailerCode: null,
    });
    const deskEntry = await world.call('ledger.entry', { entryId: deskSales.rows[0]?.entryId ?? '' });
    expect(deskEntry.id).toBe(deskSales.rows[0]?.entryId);
  });

  it('follows the float per operator and lists what is not final yet', async () => {
    const { world, codes } = await salesWorld();
    const float = await world.call('reports.floatMovement', period);
    expect(float.byOperator).toEqual([
      {
        operatorId: 'sandbox',
        operatorName: 'Sandbox Telecom',
        units: 'XOF',
        scale: 0,
        purchases: { count: 1, amountMinor: 5_000_000 },
        allocations: { count: 4, amountMinor: 3_200_000 },
        reversals: { count: 0, amountMinor: 0 },
        directTopups: { count: 1, amountMinor: 2_000 },
        failed: { count: 0, amountMinor: 0 },
        pending: { count: 0, amountMinor: 0 },
      },
    ]);
    expect(float.series.reduce((sum, point) => sum + point.amountMinor, 0)).toBe(
      5_000_000 + 3_200_000 + 2_000,
    );
    // A branch narrows the allocations to its resellers; purchases stay the distributor's.
    const branch = await world.call('reports.floatMovement', { ...period, retailerCodes: ['SD-NORD'] });
    expect(branch.byOperator[0]).toMatchObject({
      purchases: { count: 1, amountMinor: 5_000_000 },
      allocations: { count: 2, amountMinor: 1_600_000 },
    });

    const quiet = await world.call('reports.exceptions', period);
    expect(quiet).toMatchObject({ failedInPeriod: 0, salesWaiting: 0, oldest: [] });
    expect(quiet.byAge.map((age) => age.count)).toEqual([0, 0, 0, 0]);
    // An allocation queued and not sent yet is open: it shows with its age and amount.
    const queued = newActionId();
    await world.call('operator.allocate', { id: queued, partyId: codes[2] as string, amountMinor: 10_000 });
    const open = await world.call('reports.exceptions', period);
    expect(open.byAge[0]).toEqual({ age: 'under_1h', count: 1, amountMinor: 10_000 });
    expect(open.oldest).toEqual([
      expect.objectContaining({
        id: queued,
        kind: 'allocation',
        state: 'queued',
        partyId: codes[2],
        amountMinor: 10_000,
      }),
    ]);
    expect((await world.call('reports.floatMovement', period)).byOperator[0]?.pending).toEqual({
      count: 1,
      amountMinor: 10_000,
    });
  });

  it('refuses impossible filters, naming the field', async () => {
    const world = await startOperatorWorld(newTemporaryFolder());
    worlds.push(world);
    const backwards = await world.refusal('reports.resellerSales', { from: '2026-11-10', to: '2026-11-01' });
    expect(backwards).toMatchObject({ code: 'bad_input' });
    expect(backwards.message).toContain('to must not be before from');
    const unknown = await world.refusal('reports.resellerSales', { ...period, retailerCodes: ['NOBODY'] });
    expect(unknown.message).toBe('No reseller NOBODY exists in this workspace.');
    const noReseller = await world.refusal('reports.sales', { filters: period, kind: 'reseller' });
    expect(noReseller.message).toBe('Name the reseller whose sales to list (retailerCode).');
  });
});
