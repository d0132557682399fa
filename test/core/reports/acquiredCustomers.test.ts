import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/contract/operations';
import { AirledgerCore } from '../../../src/core/app/airledgerCore';
import {
  distributorPartyAccountId,
  distributorPartyId,
  wholesaleBucketId,
} from '../../../src/core/operator/tmf654';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../../src/core/operatorSandbox/startOperatorSandbox';
import { activeSinceMs, CustomerLineCounter } from '../../../src/core/reports/customerLines';
import { openEncryptedDatabase } from '../../../src/core/workspace/openEncryptedDatabase';
import { newActionId } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import {
  administrator,
  migrationsFolder,
  passphraseKeyProvider,
  testPassphrase,
} from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const dayMs = 86_400_000;
/** The start of today (UTC): the fixture's days count back from it. */
const today0 = Math.floor(Date.now() / dayMs) * dayMs;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monthOf = (ms: number) => dayOf(ms).slice(0, 7);
/** Day `k` of the fixture (day 100 is today), at `hour` UTC. */
const at = (k: number, hour = 10) => today0 - (100 - k) * dayMs + hour * 3_600_000;

/** The end-user lines of the fixture (13 digits, as the operator numbers them). */
const line = {
  L1: '2250799000001',
  L2: '2250799000002',
  L3: '2250799000003',
  L4: '2250799000004',
  L5: '2250799000005',
  L6: '2250799000006',
};

/**
 * A workspace whose clock the test moves, connected to a sandbox over HTTP on 127.0.0.1 a hundred
 * days ago (by that clock), with three resellers A (R-0001, Dakar), B (R-0002, Thiès) and C (R-0003).
 */
async function customersWorld() {
  const folder = newTemporaryFolder();
  // A running clock, set back or forward by an offset (sync waits for it to pass the polls it plans).
  const clock = { offsetMs: at(0, 1) - Date.now() };
  const sandbox: OperatorSandbox = await startOperatorSandbox({
    port: 0,
    wholesaleInitialBalance: 0,
    purchaseDelayMs: 20,
    topupDelayMs: 20,
    transferDelayMs: 20,
    seed: 21,
  });
  const core = new AirledgerCore({
    defaultDataDir: join(folder, 'workspace'),
    keyProvider: passphraseKeyProvider(),
    migrationsFolder,
    appVersion: '0.0.0-test',
    platform: process.platform,
    now: () => new Date(Date.now() + clock.offsetMs),
  });
  core.onInternalError = (operation, error) => {
    throw new Error(`unexpected internal error in ${operation}: ${String(error)}`);
  };
  closers.push(async () => {
    await core.close();
    await sandbox.close();
  });
  const call = async <N extends OperationName>(name: N, input: OperationInput<N>) => {
    const result = await core.call(name, input, administrator);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as OperationOutput<N>;
  };
  const sync = async (settleWithinMs = 0) => {
    const summary = await call('sync.run', { wait: true, settleWithinMs });
    if (summary === null) throw new Error('a waited sync returns its summary');
    return summary;
  };
  await call('workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
  await call('operator.connect', {
    id: 'sandbox',
    name: 'Sandbox Telecom',
    baseUrl: sandbox.tmfBaseUrl,
    tokenUrl: sandbox.tokenUrl,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    requestTimeoutMs: 5000,
    distributorPartyId,
    partyAccountId: distributorPartyAccountId,
    wholesaleBucketId,
    units: sandbox.units,
    scale: sandbox.scale,
  });
  const regions = ['Dakar', 'Thiès', 'Dakar'];
  for (const [index, region] of regions.entries()) {
    const partyId = `R-000${index + 1}`;
    const msisdn = `22507${String(index + 1).padStart(8, '0')}`;
    sandbox.addRetailer({ partyId, name: `Retailer ${index + 1}`, msisdn, initialBalance: 10_000_000 });
    await call('operator.linkRetailer', { partyId, name: `Retailer ${index + 1}`, msisdn });
    await call('retailers.update', { code: partyId, region });
  }
  return { sandbox, call, sync, clock, dataDir: join(folder, 'workspace') };
}

/** The workspace's file, opened beside the core (WAL: readers do not wait). */
function openFile(dataDir: string) {
  const sqlite = openEncryptedDatabase(
    join(dataDir, 'airledger.db'),
    { kind: 'passphrase', passphrase: testPassphrase },
    { create: false, keySource: 'test' },
  );
  closers.unshift(async () => {
    sqlite.close();
  });
  return sqlite;
}

type Sqlite = ReturnType<typeof openFile>;

/**
 * The lines and cohorts counted again from the register with plain SQL (window functions), apart
 * from the catch-up's code: each list of rows the catch-up kept must equal it, row for row.
 */
function recountedBySql(sqlite: Sqlite, activeAsOf: string) {
  const since30 = activeSinceMs(activeAsOf, 30);
  const since90 = activeSinceMs(activeAsOf, 90);
  const lines = `
    WITH sales AS (
      SELECT operator_id, msisdn, id, confirmed_at, amount_minor,
        CASE WHEN classification = 'retail_sale' THEN requestor_party_id ELSE '' END AS party
      FROM operator_history h
      WHERE status = 'completed' AND msisdn IS NOT NULL
        AND (classification IN ('retail_sale', 'direct_sale') OR (classification = 'own_action' AND type = 'TopupBalance'
          AND bucket_id <> (SELECT wholesale_bucket_id FROM operator_connections c WHERE c.id = h.operator_id)))),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY operator_id, msisdn ORDER BY confirmed_at, id) AS n FROM sales),
    reversed AS (
      SELECT r.operator_id, coalesce(s.msisdn, r.msisdn) AS msisdn, count(*) AS c, sum(r.amount_minor) AS m
      FROM operator_history r LEFT JOIN operator_history s ON s.operator_id = r.operator_id AND s.id = r.reverses_action_id
      WHERE r.status = 'completed' AND r.classification = 'sale_reversal' GROUP BY 1, 2)
    SELECT f.operator_id, f.msisdn, f.confirmed_at AS first_at, f.party AS first_party_id, f.id AS first_sale_id,
      (SELECT max(confirmed_at) FROM sales s WHERE s.operator_id = f.operator_id AND s.msisdn = f.msisdn) AS last_at,
      (SELECT count(*) FROM sales s WHERE s.operator_id = f.operator_id AND s.msisdn = f.msisdn) AS topups_count,
      (SELECT sum(amount_minor) FROM sales s WHERE s.operator_id = f.operator_id AND s.msisdn = f.msisdn) AS topups_minor,
      coalesce(r.c, 0) AS reversals_count, coalesce(r.m, 0) AS reversals_minor
    FROM ranked f LEFT JOIN reversed r ON r.operator_id = f.operator_id AND r.msisdn = f.msisdn
    WHERE f.n = 1`;
  const kept = `SELECT operator_id, msisdn, first_at, first_party_id, first_sale_id, last_at, topups_count, topups_minor,
    reversals_count, reversals_minor FROM customer_lines WHERE first_at IS NOT NULL`;
  const cohorts = `
    SELECT strftime('%Y-%m-%d', first_at / 1000, 'unixepoch') AS day, operator_id, first_party_id AS party_id,
      count(*) AS lines, sum(topups_count), sum(topups_minor), sum(reversals_count), sum(reversals_minor),
      sum(last_at >= ${since30}), sum(last_at >= ${since90})
    FROM (${lines}) GROUP BY 1, 2, 3`;
  const keptCohorts = `SELECT * FROM report_customer_cohorts`;
  const days = `
    SELECT day, operator_id, CASE WHEN party_id = '' THEN 'direct' ELSE 'reseller' END, sum(lines), sum("sum(topups_count)"),
      sum("sum(topups_minor)"), sum("sum(reversals_count)"), sum("sum(reversals_minor)"),
      sum("sum(last_at >= ${since30})"), sum("sum(last_at >= ${since90})")
    FROM (${cohorts}) GROUP BY 1, 2, 3`;
  const keptDays = `SELECT * FROM report_customer_days`;
  const differing = (a: string, b: string) =>
    sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM (SELECT * FROM (${a}) EXCEPT SELECT * FROM (${b})))
           + (SELECT count(*) FROM (SELECT * FROM (${b}) EXCEPT SELECT * FROM (${a})))`,
      )
      .pluck()
      .get() as number;
  return {
    lines: sqlite.prepare(`SELECT count(*) FROM (${lines})`).pluck().get() as number,
    linesDiffering: differing(lines, kept),
    cohortsDiffering: differing(cohorts, keptCohorts),
    daysDiffering: differing(days, keptDays),
  };
}

describe('customers acquired via resellers', () => {
  it('credits each line to whoever topped it up first, with its value since and its activity', async () => {
    const { sandbox, call, sync, clock, dataDir } = await customersWorld();
    // Phase 1: history. A acquires L1 and L2 (L2's top-up is reversed the next day), B acquires L3,
    // C only tops up L1 later, A tops up L5 yesterday, and the operator's own channel serves L6
    // (not one of our sales: the register keeps it apart, so it is no customer of ours).
    sandbox.scriptSales([
      { partyId: 'R-0001', msisdn: line.L1, amountMinor: 5_000, atMs: at(1) },
      { partyId: 'R-0001', msisdn: line.L2, amountMinor: 1_000, atMs: at(2), reversedAtMs: at(3) },
      { partyId: 'R-0001', msisdn: line.L1, amountMinor: 1_000, atMs: at(20) },
      { partyId: 'R-0003', msisdn: line.L1, amountMinor: 2_000, atMs: at(40) },
      { partyId: 'R-0002', msisdn: line.L3, amountMinor: 2_000, atMs: at(50) },
      { partyId: 'R-0002', msisdn: line.L3, amountMinor: 500, atMs: at(95) },
      { partyId: null, msisdn: line.L6, amountMinor: 700, atMs: at(96) },
      { partyId: 'R-0001', msisdn: line.L5, amountMinor: 1_000, atMs: at(99) },
    ]);
    await sync();
    clock.offsetMs = 0;
    const period = { from: dayOf(at(0)), to: dayOf(Date.now()) };
    const before = await call('reports.acquiredCustomers', period);
    expect(before.top.map((row) => [row.code, row.lines])).toEqual([
      ['R-0001', 3],
      ['R-0002', 1],
    ]);

    // Phase 2: B's top-up of L5 two minutes before A's, pulled later (the pull re-reads five minutes
    // back): L5 moves from A's cohort to B's.
    sandbox.scriptSales([{ partyId: 'R-0002', msisdn: line.L5, amountMinor: 200, atMs: at(99) - 120_000 }]);
    await sync();
    // Phase 3: our desk tops up L4 first; A tops it up a minute later. L4 is nobody's acquisition.
    await call('operator.purchase', { id: newActionId(), amountMinor: 1_000_000 });
    await sync(5_000);
    await call('operator.topup', { id: newActionId(), msisdn: line.L4, amountMinor: 2_000 });
    await sync(5_000);
    sandbox.scriptSales([
      { partyId: 'R-0001', msisdn: line.L4, amountMinor: 1_000, atMs: Date.now() + 60_000 },
    ]);
    await sync();

    clock.offsetMs = 0;
    const report = await call('reports.acquiredCustomers', period);
    expect(report.salesPending).toBe(0);
    expect(report.activeAsOf).toBe(dayOf(Date.now()));
    expect(report.notApplied).toEqual([]);
    // A: L1 (3 top-ups, 8,000; last 60 days ago) and L2 (1,000 reversed: worth 0; last 98 days ago).
    // B: L3 (2,500; last 5 days ago) and L5 (1,200; yesterday). L4 went to our desk.
    expect(report.totals).toEqual([
      {
        units: 'XOF',
        scale: 0,
        lines: 4,
        topupsCount: 8,
        topupsMinor: 12_700,
        reversalsCount: 1,
        reversalsMinor: 1_000,
        lifetimeValueMinor: 11_700,
        active30: 2,
        active90: 3,
        directLines: 1,
        newLines: 5,
      },
    ]);
    expect(report.resellersWithCustomers).toBe(2);
    expect(report.top).toEqual([
      {
        code: 'R-0001',
        name: 'Retailer 1',
        region: 'Dakar',
        units: 'XOF',
        scale: 0,
        lines: 2,
        topupsCount: 4,
        topupsMinor: 9_000,
        reversalsCount: 1,
        reversalsMinor: 1_000,
        lifetimeValueMinor: 8_000,
        active30: 0,
        active90: 1,
      },
      {
        code: 'R-0002',
        name: 'Retailer 2',
        region: 'Thiès',
        units: 'XOF',
        scale: 0,
        lines: 2,
        topupsCount: 4,
        topupsMinor: 3_700,
        reversalsCount: 0,
        reversalsMinor: 0,
        lifetimeValueMinor: 3_700,
        active30: 2,
        active90: 2,
      },
    ]);
    // Cohorts are the months the lines were acquired in (the fixture's days may straddle months).
    const expectedCohorts = new Map<string, { lines: number; value: number }>();
    for (const [acquiredAt, value] of [
      [at(1), 8_000],
      [at(2), 0],
      [at(50), 2_500],
      [at(99) - 120_000, 1_200],
    ] as const) {
      const cohort = expectedCohorts.get(monthOf(acquiredAt)) ?? { lines: 0, value: 0 };
      cohort.lines += 1;
      cohort.value += value;
      expectedCohorts.set(monthOf(acquiredAt), cohort);
    }
    expect(report.cohorts.map((row) => [row.month, row.lines, row.lifetimeValueMinor])).toEqual(
      [...expectedCohorts.entries()].sort().map(([month, cohort]) => [month, cohort.lines, cohort.value]),
    );

    // A reseller named (its branch) narrows the lines; the lines nobody acquired stay for the share.
    const onlyB = await call('reports.acquiredCustomers', { ...period, retailerCodes: ['R-0002'] });
    // B's 2 lines of the period's 5 new ones (4 resellers' and the desk's).
    expect(onlyB.totals[0]).toMatchObject({
      lines: 2,
      lifetimeValueMinor: 3_700,
      directLines: 1,
      newLines: 5,
    });
    const dakar = await call('reports.acquiredCustomers', { ...period, regions: ['Dakar'] });
    expect(dakar.top.map((row) => row.code)).toEqual(['R-0001']);
    const byChannel = await call('reports.acquiredCustomers', { ...period, channels: ['retail-pos'] });
    expect(byChannel.notApplied.map((item) => item.filter)).toEqual(['channels']);
    expect(byChannel.totals[0]?.lines).toBe(4);
    // The period is the day of acquisition: from day 3 on, A's lines (days 1 and 2) are out.
    const later = await call('reports.acquiredCustomers', { ...period, from: dayOf(at(3)) });
    expect(later.totals[0]).toMatchObject({ lines: 2, directLines: 1 });

    // Drill-down: every reseller's cohorts, then a reseller's lines (masked), down to the journal entry.
    const cohorts = await call('reports.acquiredCohorts', { filters: period });
    const monthsOf = (...times: number[]) => new Set(times.map(monthOf)).size;
    expect(cohorts.total).toBe(monthsOf(at(1), at(2)) + monthsOf(at(50), at(99) - 120_000));
    expect(cohorts.rows.reduce((sum, row) => sum + row.lines, 0)).toBe(4);
    expect(cohorts.rows.every((row) => row.code === 'R-0001' || row.code === 'R-0002')).toBe(true);
    const byValue = await call('reports.acquiredCohorts', { filters: period, sort: 'value' });
    expect(byValue.rows[0]?.lifetimeValueMinor).toBe(8_000);

    const linesOfA = await call('reports.acquiredLines', {
      filters: period,
      kind: 'reseller',
      retailerCode: 'R-0001',
    });
    expect(linesOfA.total).toBe(2);
    expect(linesOfA.rows.map((row) => [row.msisdnMasked, row.topupsCount, row.lifetimeValueMinor])).toEqual([
      ['•••••••••0002', 1, 0],
      ['•••••••••0001', 3, 8_000],
    ]);
    expect(JSON.stringify(linesOfA)).not.toContain(line.L1);
    const l1 = linesOfA.rows[1];
    expect(l1).toMatchObject({
      acquiredAt: new Date(at(1)).toISOString(),
      lastTopupAt: new Date(at(40)).toISOString(),
      active30: false,
      active90: true,
      retailerCode: 'R-0001',
    });
    // The first top-up's journal entry is the one the register says booked it, and the ledger has it.
    const sqlite = openFile(dataDir);
    const booked = sqlite
      .prepare("SELECT entry_id FROM operator_history WHERE operator_id = 'sandbox' AND id = ?")
      .pluck()
      .get(l1?.acquisitionSaleId) as string;
    expect(booked).toEqual(expect.any(String));
    expect(l1?.acquisitionEntryId).toBe(booked);
    const entry = await call('ledger.entry', { entryId: booked });
    expect(entry.id).toBe(booked);
    // The desk's line: acquired without a reseller, booked by the top-up's own entry.
    const direct = await call('reports.acquiredLines', { filters: period, kind: 'direct' });
    expect(direct.rows).toHaveLength(1);
    expect(direct.rows[0]).toMatchObject({
      msisdnMasked: '•••••••••0004',
      topupsCount: 2,
      topupsMinor: 3_000,
    });
    expect(direct.rows[0]?.acquisitionEntryId).toEqual(expect.any(String));

    // The clock moves 40 days on: nobody is active in the last 30 days; in the last 90, B's two
    // lines and the desk's. Back to today, the counts come back.
    clock.offsetMs = 40 * dayMs;
    const onward = await call('reports.acquiredCustomers', period);
    expect(onward.totals[0]).toMatchObject({ active30: 0, active90: 2 });
    expect(onward.top.map((row) => [row.code, row.active30, row.active90])).toEqual([
      ['R-0001', 0, 0],
      ['R-0002', 0, 2],
    ]);
    expect(recountedBySql(sqlite, onward.activeAsOf)).toMatchObject({
      linesDiffering: 0,
      cohortsDiffering: 0,
      daysDiffering: 0,
    });
    clock.offsetMs = 0;
    const back = await call('reports.acquiredCustomers', period);
    expect(back.totals).toEqual(report.totals);
  });

  it('keeps its lines equal to a recount of the register, after random traffic and from scratch', async () => {
    const { sandbox, call, sync, clock, dataDir } = await customersWorld();
    // Five syncs of random traffic (repeat customers, the operator's direct sales, reversals).
    for (let round = 0; round < 5; round++) {
      sandbox.generateTraffic(400, at(10 + round * 15), at(24 + round * 15));
      await sync();
    }
    clock.offsetMs = 0;
    const period = { from: dayOf(at(0)), to: dayOf(Date.now()) };
    const report = await call('reports.acquiredCustomers', period);
    const sqlite = openFile(dataDir);
    const recount = recountedBySql(sqlite, report.activeAsOf);
    expect(recount.lines).toBeGreaterThan(500);
    expect(recount).toMatchObject({ linesDiffering: 0, cohortsDiffering: 0, daysDiffering: 0 });
    const total = report.totals[0];
    expect(total?.lines).toBeGreaterThan(0);
    expect((total?.lines ?? 0) + (total?.directLines ?? 0)).toBe(recount.lines);
    expect(total?.newLines).toBe(recount.lines);
    const reversed = sqlite
      .prepare("SELECT count(*) FROM operator_history WHERE classification = 'sale_reversal'")
      .pluck()
      .get() as number;
    expect(reversed).toBeGreaterThan(0);
    expect(total?.reversalsCount).toBe(reversed);

    // Each reseller's lines (found from its sales) are as many as its cohorts count.
    for (const figure of report.top) {
      const lines = await call('reports.acquiredLines', {
        filters: period,
        kind: 'reseller',
        retailerCode: figure.code,
        limit: 500,
      });
      expect(lines.total).toBe(figure.lines);
      expect(lines.rows).toHaveLength(figure.lines);
      expect(lines.rows.reduce((sum, row) => sum + row.lifetimeValueMinor, 0)).toBe(
        figure.lifetimeValueMinor,
      );
    }

    // Counted again from the register's first row (what an upgraded workspace does): the same.
    const keptLines = sqlite.prepare('SELECT * FROM customer_lines ORDER BY 1, 2').all();
    const keptCohorts = sqlite.prepare('SELECT * FROM report_customer_cohorts ORDER BY 1, 2, 3').all();
    const counter = new CustomerLineCounter(sqlite);
    counter.recountFromStart();
    expect(counter.pending().rowsPending).toBe(
      sqlite.prepare('SELECT max(rowid) FROM operator_history').pluck().get() as number,
    );
    expect(counter.catchUp(Date.now())).toEqual({ rowsPending: 0 });
    expect(sqlite.prepare('SELECT * FROM customer_lines ORDER BY 1, 2').all()).toEqual(keptLines);
    expect(sqlite.prepare('SELECT * FROM report_customer_cohorts ORDER BY 1, 2, 3').all()).toEqual(
      keptCohorts,
    );
    expect(await call('reports.acquiredCustomers', period)).toEqual(report);
    // A register whose rows were renumbered under the watermark (a VACUUM may do that): counted again.
    sqlite.prepare("UPDATE customer_lines_progress SET register_id = 'renumbered'").run();
    expect(counter.catchUp(Date.now())).toEqual({ rowsPending: 0 });
    expect(sqlite.prepare('SELECT * FROM customer_lines ORDER BY 1, 2').all()).toEqual(keptLines);
    expect(sqlite.prepare('SELECT * FROM report_customer_cohorts ORDER BY 1, 2, 3').all()).toEqual(
      keptCohorts,
    );
  });
});
