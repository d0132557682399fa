import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BalanceActionHistory } from '../../../src/core/operator/tmf654';
import {
  allocationRequest,
  type SandboxTestClient,
  startTestSandbox,
} from '../../support/operatorSandboxClient';

let client: SandboxTestClient;
beforeEach(async () => {
  client = await startTestSandbox({ seed: 7 });
});
afterEach(async () => {
  await client.sandbox.close();
});

const dayMs = 24 * 60 * 60 * 1000;
const from = Date.parse('2025-03-01T00:00:00Z');

async function pullAll(query: string, limit: number): Promise<BalanceActionHistory[]> {
  const items: BalanceActionHistory[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await client.tmf('GET', `/balanceActionHistory?${query}&offset=${offset}&limit=${limit}`);
    const body = page.body as BalanceActionHistory[];
    items.push(...body);
    if (body.length < limit) return items;
  }
}

describe('the sales feed (balanceActionHistory)', () => {
  it('pages a time window in (confirmationDate, id) order with stable counts', async () => {
    for (const bucketId of ['BKT-R-0001', 'BKT-R-0002']) {
      expect((await client.admin('POST', '/credit', { bucketId, amount: 10_000_000 })).status).toBe(200);
    }
    const summary = client.sandbox.generateTraffic(5_000, from, from + 7 * dayMs);
    expect(summary.skipped).toBe(0);
    expect(summary.sales + summary.directSales + summary.reversals).toBe(5_000);
    const window = `confirmationDate.gte=${new Date(from + dayMs).toISOString()}&confirmationDate.lt=${new Date(from + 3 * dayMs).toISOString()}`;
    const first = await client.tmf('GET', `/balanceActionHistory?${window}&limit=100`);
    const total = Number(first.headers.get('x-total-count'));
    expect(total).toBeGreaterThan(1_000);
    expect(first.headers.get('x-result-count')).toBe('100');
    const items = await pullAll(window, 333);
    expect(items).toHaveLength(total);
    expect(new Set(items.map((item) => item.id)).size).toBe(total);
    for (let index = 1; index < items.length; index += 1) {
      expect(Date.parse(items[index]?.confirmationDate ?? '')).toBeGreaterThanOrEqual(
        Date.parse(items[index - 1]?.confirmationDate ?? ''),
      );
    }
    for (const item of items) {
      expect(Date.parse(item.confirmationDate)).toBeGreaterThanOrEqual(from + dayMs);
      expect(Date.parse(item.confirmationDate)).toBeLessThan(from + 3 * dayMs);
    }
    // Two adjacent windows cover the span exactly once.
    const before = await client.tmf(
      'GET',
      `/balanceActionHistory?confirmationDate.lt=${new Date(from + dayMs).toISOString()}&limit=1`,
    );
    const after = await client.tmf(
      'GET',
      `/balanceActionHistory?confirmationDate.gte=${new Date(from + 3 * dayMs).toISOString()}&limit=1`,
    );
    const all = await client.tmf('GET', '/balanceActionHistory?limit=1');
    expect(
      Number(before.headers.get('x-total-count')) + total + Number(after.headers.get('x-total-count')),
    ).toBe(Number(all.headers.get('x-total-count')));
  });

  it('filters by @type and requestor; reversals credit the retailer back and point to a sale of that retailer', async () => {
    client.sandbox.addRetailer({
      partyId: 'R-0003',
      name: 'Shop',
      msisdn: '221770000003',
      initialBalance: 50_000_000,
    });
    const summary = client.sandbox.generateTraffic(20_000, from, from + 30 * dayMs);
    expect(summary.reversals).toBeGreaterThan(0);
    expect(summary.directSales).toBeGreaterThan(0);
    const reversals = await pullAll('@type=AdjustBalance', 5_000);
    expect(reversals).toHaveLength(summary.reversals);
    for (const reversal of reversals.slice(0, 20)) {
      expect(reversal.reversesActionId).toMatch(/^TB-/);
      const sale = (await client.tmf('GET', `/balanceActionHistory/${reversal.reversesActionId}`))
        .body as BalanceActionHistory;
      expect(sale.requestor?.id).toBe(reversal.requestor?.id);
      expect(sale.amount).toEqual(reversal.amount);
      expect(Date.parse(reversal.confirmationDate)).toBeGreaterThan(Date.parse(sale.confirmationDate));
      expect(reversal.bucket?.id).toBe(`BKT-${sale.requestor?.id}`);
    }
    const r3 = await pullAll('requestor.id=R-0003&@type=TopupBalance', 5_000);
    expect(r3.length).toBeGreaterThan(0);
    expect(r3.every((item) => item.requestor?.id === 'R-0003' && item['@type'] === 'TopupBalance')).toBe(
      true,
    );
    const direct = await pullAll('requestor.id=MNO-DIRECT', 5_000);
    expect(direct).toHaveLength(summary.directSales);
    expect(direct.every((item) => ['ussd', 'web'].includes(item.channel?.id ?? ''))).toBe(true);
    expect((await client.tmf('GET', '/balanceActionHistory?@type=Nope')).status).toBe(400);
    expect((await client.tmf('GET', '/balanceActionHistory?confirmationDate.gte=yesterday')).status).toBe(
      400,
    );
  });

  it('a retailer stock balance equals its start, minus its sales, plus its reversals', async () => {
    client.sandbox.generateTraffic(3_000, from, from + 10 * dayMs);
    const r1 = await pullAll('requestor.id=R-0001', 5_000);
    const sold = r1
      .filter((item) => item['@type'] === 'TopupBalance')
      .reduce((sum, item) => sum + (item.amount?.amount ?? 0), 0);
    const reversed = r1
      .filter((item) => item['@type'] === 'AdjustBalance')
      .reduce((sum, item) => sum + (item.amount?.amount ?? 0), 0);
    const bucket = (await client.tmf('GET', '/bucket/BKT-R-0001')).body as {
      remainingValue: { amount: number };
    };
    expect(bucket.remainingValue.amount).toBe(5_000 - sold + reversed);
  });

  it('lists final API actions: failed at once, completed after settle, never the created ones', async () => {
    await client.tmf('POST', '/transferBalance', allocationRequest(1_000_000), client.withReference('F-1'));
    await client.tmf('POST', '/transferBalance', allocationRequest(1_000), client.withReference('F-2'));
    let items = (await client.tmf('GET', '/balanceActionHistory')).body as BalanceActionHistory[];
    expect(items.map((item) => [item.clientReference, item.status])).toEqual([['F-1', 'failed']]);
    client.sandbox.settle();
    items = (await client.tmf('GET', '/balanceActionHistory?@type=TransferBalance'))
      .body as BalanceActionHistory[];
    expect(items.map((item) => [item.clientReference, item.status])).toEqual([
      ['F-1', 'failed'],
      ['F-2', 'completed'],
    ]);
    expect(items[1]?.receiverLogicalResource).toMatchObject({ id: '221770000002' });
  });
});

describe('bucket lists', () => {
  it('filter by party, wallet number and party account, with count headers', async () => {
    const byParty = await client.tmf('GET', '/bucket?relatedParty.id=R-0001');
    expect((byParty.body as { id: string }[]).map((bucket) => bucket.id)).toEqual(['BKT-R-0001']);
    const byWallet = await client.tmf('GET', '/bucket?logicalResource.value=221770000002');
    expect((byWallet.body as { id: string }[]).map((bucket) => bucket.id)).toEqual(['BKT-R-0002']);
    const byWalletId = await client.tmf('GET', '/bucket?logicalResource.id=221770000002');
    expect(byWalletId.body).toEqual(byWallet.body);
    const byAccount = await client.tmf('GET', '/bucket?partyAccount.id=PA-DIST-001');
    expect((byAccount.body as { id: string }[]).map((bucket) => bucket.id)).toEqual(['BKT-WHOLESALE']);
    const page = await client.tmf('GET', '/bucket?offset=1&limit=1');
    expect(page.headers.get('x-total-count')).toBe('3');
    expect(page.headers.get('x-result-count')).toBe('1');
    expect(byParty.body).toMatchObject([
      {
        relatedParty: [
          { id: 'R-0001', role: 'owner', '@referredType': 'Organization', name: 'Boutique Diallo' },
        ],
        logicalResource: [{ id: '221770000001', name: 'MSISDN', '@referredType': 'MSISDN' }],
        remainingValue: { amount: 5_000, units: 'XOF' },
      },
    ]);
    expect((await client.tmf('GET', '/bucket/BKT-NOPE')).status).toBe(404);
  });
});
