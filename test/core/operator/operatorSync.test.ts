import { afterEach, describe, expect, it } from 'vitest';
import { operatorAccountIds } from '../../../src/core/operator/operatorLedgerAccounts';
import { distributorWalletMsisdn } from '../../../src/core/operator/tmf654';
import {
  availableBalance,
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  operatorId,
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

async function world(
  ...args: Parameters<typeof startOperatorWorld> extends [string, ...infer Rest] ? Rest : never
) {
  const started = await startOperatorWorld(newTemporaryFolder(), ...args);
  worlds.push(started);
  return started;
}

const wholesale = operatorAccountIds.wholesale(operatorId);
const stockOf = (partyId: string) => operatorAccountIds.retailerStock(operatorId, partyId);

describe('buying, allocating and topping up through the operator', () => {
  it('a purchase reserves nothing spendable until the operator confirms it, then credits the wholesale stock', async () => {
    const w = await world();
    const purchase = await w.call('operator.purchase', { id: newActionId(), amountMinor: 1_000_000 });
    expect(purchase.state).toBe('queued');
    expect(purchase.clientReference).toBe(`${purchase.id}.1`);
    expect(await postedBalance(w, wholesale)).toBe(0);

    const summary = await syncNow(w, 5000);
    expect(summary).toMatchObject({ outcome: 'completed', sent: 1, confirmed: 1, failed: 0, stillOpen: 0 });
    const confirmed = await w.call('sync.action', { id: purchase.id });
    expect(confirmed.state).toBe('confirmed');
    expect(confirmed.operatorActionId).not.toBeNull();
    expect(await postedBalance(w, wholesale)).toBe(1_000_000);
    const entry = await w.call('ledger.entry', { entryId: purchase.pendingEntryId });
    expect(entry.kind).toBe('pending');
    expect(entry.resolvedBy).toEqual({ entryId: confirmed.resolutionEntryId, kind: 'post_pending' });
  });

  it('an allocation and a direct top-up move stock exactly as the operator did, and reconcile to the unit', async () => {
    const w = await world();
    const [awa] = await onboardRetailers(w, 1);
    await w.call('operator.purchase', { id: newActionId(), amountMinor: 500_000 });
    await syncNow(w, 5000);

    const allocation = await w.call('operator.allocate', {
      id: newActionId(),
      partyId: awa as string,
      amountMinor: 120_000,
      note: 'Weekly float',
    });
    const topup = await w.call('operator.topup', {
      id: newActionId(),
      msisdn: '2250799000001',
      amountMinor: 2_000,
    });
    // Reserved at once: the wholesale stock available falls before the operator answers.
    expect(await availableBalance(w, wholesale)).toBe(500_000 - 120_000 - 2_000);
    expect(await postedBalance(w, wholesale)).toBe(500_000);

    const summary = await syncNow(w, 5000);
    expect(summary).toMatchObject({ sent: 2, confirmed: 2, stillOpen: 0 });
    expect((await w.call('sync.action', { id: allocation.id })).state).toBe('confirmed');
    expect((await w.call('sync.action', { id: topup.id })).state).toBe('confirmed');
    expect(await postedBalance(w, wholesale)).toBe(378_000);
    expect(await postedBalance(w, stockOf(awa as string))).toBe(120_000);

    const report = await w.call('reconciliation.report', {});
    expect(report.totals).toMatchObject({ buckets: 2, matched: 2, unexplained: 0, unexplainedMinor: 0 });
    const wholesaleLine = report.buckets.find((bucket) => bucket.role === 'wholesale');
    expect(wholesaleLine).toMatchObject({
      ledgerPostedMinor: 378_000,
      operatorTotalMinor: 378_000,
      differenceMinor: 0,
    });
  });

  it('a transfer the wholesale stock cannot cover fails at the operator, releases its reservation and can be retried under a new reference', async () => {
    const w = await world({ wholesaleInitialBalance: 0 });
    const [awa] = await onboardRetailers(w, 1);
    await w.call('operator.purchase', { id: newActionId(), amountMinor: 100_000 });
    await syncNow(w, 5000);
    // Another system takes stock out of the wholesale bucket behind our back, so the operator is short.
    w.sandbox.addRetailer({
      partyId: 'R-OTHER',
      name: 'Not ours',
      msisdn: '22507999999999',
      initialBalance: 0,
    });
    const drained = await fetch(`${w.sandbox.tmfBaseUrl}/transferBalance`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token(w)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        amount: { amount: 90_000, units: 'XOF' },
        usageType: 'monetary',
        bucket: { id: 'BKT-WHOLESALE' },
        receiverBucket: { id: 'BKT-R-OTHER' },
        receiverBucketUsageType: 'monetary',
        receiverLogicalResource: { id: '22507999999999' },
        logicalResource: [{ id: distributorWalletMsisdn }],
        channel: { id: 'elsewhere' },
        reason: 'test',
      }),
    });
    expect(drained.status).toBe(201);
    w.sandbox.settle(); // the foreign transfer completes now, not after its delay

    const allocation = await w.call('operator.allocate', {
      id: newActionId(),
      partyId: awa as string,
      amountMinor: 50_000,
    });
    const summary = await syncNow(w, 5000);
    expect(summary.failed).toBe(1);
    const failed = await w.call('sync.action', { id: allocation.id });
    expect(failed).toMatchObject({ state: 'failed', needsAttention: true, attempt: 1 });
    expect(failed.statusReason).toMatch(/BKT-WHOLESALE/);
    expect(await availableBalance(w, wholesale)).toBe(100_000);
    const pending = await w.call('ledger.entry', { entryId: failed.pendingEntryId });
    expect(pending.resolvedBy?.kind).toBe('void_pending');

    // The reconciliation explains the wholesale difference: a transfer this workspace did not make.
    const report = await w.call('reconciliation.report', {});
    const wholesaleLine = report.buckets.find((bucket) => bucket.role === 'wholesale');
    expect(wholesaleLine).toMatchObject({
      differenceMinor: -90_000,
      unexplainedMinor: 0,
      status: 'explained',
    });
    expect(wholesaleLine?.lines[0]).toMatchObject({ cause: 'unknown_to_us', amountMinor: -90_000 });

    await w.call('operator.purchase', { id: newActionId(), amountMinor: 100_000 });
    await syncNow(w, 5000);
    const retried = await w.call('sync.retryAction', { id: allocation.id });
    expect(retried).toMatchObject({ state: 'queued', attempt: 2, clientReference: `${allocation.id}.2` });
    await syncNow(w, 5000);
    expect((await w.call('sync.action', { id: allocation.id })).state).toBe('confirmed');
    expect(await postedBalance(w, stockOf(awa as string))).toBe(50_000);
    expect(w.sandbox.stats().referencesWithMoreThanOneAction).toBe(0);
  });

  it('the same action id twice records one action; the same id with other content is refused', async () => {
    const w = await world();
    const id = newActionId();
    const first = await w.call('operator.purchase', { id, amountMinor: 10_000 });
    const again = await w.call('operator.purchase', { id, amountMinor: 10_000 });
    expect(again.clientReference).toBe(first.clientReference);
    const refused = await w.refusal('operator.purchase', { id, amountMinor: 20_000 });
    expect(refused).toMatchObject({ code: 'business_rule', reason: 'id_reused' });
    expect((await w.call('sync.queue', { filter: 'all' })).actions).toHaveLength(1);
  });

  it('cancels a queued action locally and an awaited one at the operator, releasing the reservation', async () => {
    const w = await world({ purchaseDelayMs: 60_000 });
    const queued = await w.call('operator.purchase', { id: newActionId(), amountMinor: 5_000 });
    const cancelled = await w.call('sync.cancelAction', { id: queued.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', operatorActionId: null });

    const sent = await w.call('operator.purchase', { id: newActionId(), amountMinor: 7_000 });
    await syncNow(w);
    expect((await w.call('sync.action', { id: sent.id })).state).toBe('awaiting');
    expect((await w.call('sync.cancelAction', { id: sent.id })).state).toBe('cancelling');
    await syncNow(w);
    const final = await w.call('sync.action', { id: sent.id });
    expect(final).toMatchObject({ state: 'cancelled', operatorStatus: 'cancelled' });
    const entry = await w.call('ledger.entry', { entryId: final.pendingEntryId });
    expect(entry.resolvedBy?.kind).toBe('void_pending');
    expect(await postedBalance(w, wholesale)).toBe(0);
  });
});

describe('linking wallets that already hold airtime', () => {
  it('books what the operator holds at link time as opening balances, so the first reconciliation matches', async () => {
    const w = await world({ wholesaleInitialBalance: 5_000_000 });
    w.sandbox.addRetailer({
      partyId: 'R-0100',
      name: 'Awa Boutique',
      msisdn: '22507000100',
      initialBalance: 200_000,
    });
    await w.call('operator.linkRetailer', { partyId: 'R-0100', name: 'Awa Boutique', msisdn: '22507000100' });
    expect(await postedBalance(w, wholesale)).toBe(5_000_000);
    expect(await postedBalance(w, stockOf('R-0100'))).toBe(200_000);
    const opening = await w.call('ledger.entry', { entryId: `opening.${operatorId}.BKT-R-0100` });
    expect(opening.transfers[0]).toMatchObject({ amountMinor: 200_000, code: 'opening_balance' });
    // Linking again changes nothing: the opening balance is booked once.
    await w.call('operator.linkRetailer', {
      partyId: 'R-0100',
      name: 'Awa Boutique SARL',
      msisdn: '22507000100',
    });
    expect(await postedBalance(w, stockOf('R-0100'))).toBe(200_000);
    await syncNow(w);
    const report = await w.call('reconciliation.report', {});
    expect(report.totals).toMatchObject({ matched: 2, unexplained: 0 });
  });
});

describe('a wallet linked while its retailer was selling', () => {
  it('sales from before the link are in its opening balance and are not booked again', async () => {
    const w = await world({ seed: 5 });
    const from = Date.now() + 1;
    w.sandbox.addRetailer({
      partyId: 'R-0200',
      name: 'Kiosque Ndiaye',
      msisdn: '22507000200',
      initialBalance: 100_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    // The retailer sells after the operator was connected but before its wallet is linked here.
    const traffic = w.sandbox.generateTraffic(40, from, Date.now() - 5);
    expect(traffic.sales).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await w.call('operator.linkRetailer', {
      partyId: 'R-0200',
      name: 'Kiosque Ndiaye',
      msisdn: '22507000200',
    });
    const opening = await postedBalance(w, stockOf('R-0200'));
    expect(opening).toBeLessThan(100_000);
    const summary = await syncNow(w);
    expect(summary.pulled).toBeGreaterThanOrEqual(traffic.sales);
    expect(summary.booked).toBe(0);
    expect(await postedBalance(w, stockOf('R-0200'))).toBe(opening);
    const report = await w.call('reconciliation.report', {});
    expect(report.buckets.find((bucket) => bucket.partyId === 'R-0200')).toMatchObject({
      status: 'matched',
      differenceMinor: 0,
    });
  });
});

describe('the sales feed', () => {
  it('books each retailer sale once, however often a window is pulled, and reverses late reversals', async () => {
    const w = await world({ seed: 7 });
    const retailers = await onboardRetailers(w, 3);
    await w.call('operator.purchase', { id: newActionId(), amountMinor: 3_000_000 });
    await syncNow(w, 5000);
    for (const partyId of retailers) {
      await w.call('operator.allocate', { id: newActionId(), partyId, amountMinor: 500_000 });
    }
    await syncNow(w, 5000);

    // Retail traffic after the wallets were linked (what came before is in their opening balances).
    const from = Date.now() + 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const traffic = w.sandbox.generateTraffic(400, from, Date.now());
    expect(traffic.sales).toBeGreaterThan(100);
    const first = await syncNow(w);
    expect(first.pulled).toBeGreaterThan(traffic.sales);
    const second = await syncNow(w);
    expect(second.pulled).toBe(0);

    // Every retailer's stock equals what the operator holds: sales and reversals booked once each.
    const report = await w.call('reconciliation.report', {});
    expect(report.totals.unexplained).toBe(0);
    for (const bucket of report.buckets) {
      expect(bucket.differenceMinor, bucket.bucketId).toBe(0);
    }
    const soldMinor = report.buckets
      .filter((bucket) => bucket.role === 'retailer')
      .reduce((sum, bucket) => sum + (500_000 - bucket.ledgerPostedMinor), 0);
    expect(soldMinor).toBeGreaterThan(0);

    // The register lists every sale; the ledger books a retailer's sales of an hour as one summary
    // line of its stock account, and each sale names the entry that holds it.
    for (const partyId of retailers) {
      const sales = await w.call('retailers.sales', { code: partyId, limit: 200 });
      const booked = sales.rows.filter((row) => row.booking === 'booked');
      expect(booked.length, partyId).toBeGreaterThan(1);
      const statement = await w.call('ledger.statement', {
        accountId: `op:sandbox:stock:${partyId}`,
        from: new Date(from - 60_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      });
      const saleLines = statement.lines.filter((line) => line.code === 'sale');
      expect(saleLines.length, partyId).toBeLessThan(booked.length);
      for (const line of saleLines) {
        const inEntry = booked.filter((row) => row.entryId === line.entryId);
        expect(inEntry.length, line.entryId).toBeGreaterThan(0);
        expect(-line.amountMinor, line.entryId).toBe(inEntry.reduce((sum, row) => sum + row.amountMinor, 0));
      }
      expect(saleLines.reduce((sum, line) => sum - line.amountMinor, 0)).toBe(
        booked.reduce((sum, row) => sum + row.amountMinor, 0),
      );
    }
    // The dashboard's sales today come from the pull's rollup, counted once however often a window
    // was pulled: they agree with the register, sale by sale (the traffic was all made today).
    const registered = await Promise.all(
      retailers.map((partyId) => w.call('retailers.sales', { code: partyId, limit: 200 })),
    );
    const registeredSales = registered.flatMap((sales) => sales.rows);
    expect(registeredSales.length).toBeLessThan(200 * retailers.length);
    const dashboard = await w.call('dashboard.summary', {});
    expect(dashboard.todaySales).toMatchObject({
      count: registeredSales.length,
      faceValueMinor: registeredSales.reduce((sum, row) => sum + row.amountMinor, 0),
      resellerShareBasisPoints: 10_000,
    });
    const verify = await w.call('ledger.verify', { mode: 'full' });
    expect(verify.ok).toBe(true);
  });
});

describe('offline', () => {
  it('keeps working with the operator unreachable and drains the queue when it is back', async () => {
    const w = await world();
    const port = w.sandbox.port;
    await w.sandbox.close();
    const queued = await w.call('operator.purchase', { id: newActionId(), amountMinor: 9_000 });
    const summary = await syncNow(w);
    expect(summary.outcome).toBe('offline');
    const status = await w.call('sync.status', {});
    expect(status.connection).toBe('offline');
    expect(status.counts.queued).toBe(1);
    expect((await w.call('sync.action', { id: queued.id })).state).toBe('queued');

    const { startOperatorSandbox } = await import('../../../src/core/operatorSandbox/startOperatorSandbox');
    const back = await startOperatorSandbox({ port, wholesaleInitialBalance: 0, purchaseDelayMs: 10 });
    w.sandbox = back;
    const drained = await syncNow(w, 5000);
    expect(drained).toMatchObject({ outcome: 'completed', confirmed: 1, stillOpen: 0 });
    expect((await w.call('sync.status', {})).connection).toBe('connected');
  });
});

async function token(w: OperatorWorld): Promise<string> {
  const response = await fetch(w.sandbox.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=client_credentials&client_id=${w.sandbox.clientId}&client_secret=${w.sandbox.clientSecret}`,
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
