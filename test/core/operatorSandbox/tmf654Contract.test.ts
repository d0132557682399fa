import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allocationRequest,
  endUserTopupRequest,
  purchaseRequest,
  type SandboxTestClient,
  startTestSandbox,
} from '../../support/operatorSandboxClient';

// The spec lives beside the clone (../shared/specs), never copied into the repository.
const repositoryRoot = join(__dirname, '..', '..', '..');
const specPath = join(repositoryRoot, '..', 'shared', 'specs', 'TMF654-PrepayBalance-v4.0.0.swagger.json');
const specId = 'tmf654-v4.json';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
ajv.addSchema({ ...JSON.parse(readFileSync(specPath, 'utf8')), id: specId });

function expectValid(definition: string, value: unknown): void {
  const validate = ajv.getSchema(`${specId}#/definitions/${definition}`);
  if (validate === undefined) throw new Error(`no definition ${definition}`);
  const valid = validate(value);
  expect(
    valid ? [] : validate.errors?.map((error) => `${error.instancePath} ${error.message}`),
    definition,
  ).toEqual([]);
}

let client: SandboxTestClient;
beforeAll(async () => {
  client = await startTestSandbox({ seed: 3, purchaseDelayMs: 60_000 });
});
afterAll(async () => {
  await client.sandbox.close();
});

describe('TMF654 v4 contract', () => {
  it('the requests Airledger sends are valid TopupBalance_Create and TransferBalance_Create', () => {
    expectValid('TopupBalance_Create', purchaseRequest(250_000));
    expectValid('TopupBalance_Create', endUserTopupRequest(1_000, '221781234567', 'R-0001'));
    expectValid('TransferBalance_Create', allocationRequest(30_000));
    expectValid('EventSubscriptionInput', { callback: 'http://127.0.0.1:9/listener' });
  });

  it('buckets, actions, the feed, the hub and errors match the swagger definitions', async () => {
    const purchase = await client.tmf(
      'POST',
      '/topupBalance',
      purchaseRequest(1_000),
      client.withReference('C-1'),
    );
    expectValid('TopupBalance', purchase.body);
    const transfer = await client.tmf(
      'POST',
      '/transferBalance',
      allocationRequest(2_000),
      client.withReference('C-2'),
    );
    expectValid('TransferBalance', transfer.body);
    const failed = await client.tmf(
      'POST',
      '/transferBalance',
      allocationRequest(9_999_999),
      client.withReference('C-3'),
    );
    expectValid('TransferBalance', failed.body);
    const sale = await client.tmf(
      'POST',
      '/topupBalance',
      endUserTopupRequest(500, '221781234567', 'R-0001'),
    );
    expectValid('TopupBalance', sale.body);
    const adjust = await client.tmf('POST', '/adjustBalance', {
      amount: { amount: 100, units: 'XOF' },
      usageType: 'monetary',
      bucket: { id: 'BKT-R-0001' },
      adjustType: 'oneTime',
      direction: 'credit',
    });
    expect(adjust.status).toBe(201);
    expectValid('AdjustBalance', adjust.body);
    const cancelled = await client.tmf('PATCH', `/topupBalance/${(purchase.body as { id: string }).id}`, {
      status: 'cancelled',
    });
    expectValid('TopupBalance', cancelled.body);
    client.sandbox.settle();
    client.sandbox.generateTraffic(
      2_000,
      Date.parse('2025-01-01T00:00:00Z'),
      Date.parse('2025-03-01T00:00:00Z'),
    );

    for (const bucket of (await client.tmf('GET', '/bucket')).body as unknown[])
      expectValid('Bucket', bucket);
    expectValid('Bucket', (await client.tmf('GET', '/bucket/BKT-WHOLESALE')).body);
    for (const [path, definition] of [
      ['/topupBalance', 'TopupBalance'],
      ['/transferBalance', 'TransferBalance'],
      ['/adjustBalance', 'AdjustBalance'],
    ] as const) {
      const items = (await client.tmf('GET', path)).body as unknown[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expectValid(definition, item);
    }
    const history = (await client.tmf('GET', '/balanceActionHistory?limit=5000')).body as {
      id: string;
      '@type': string;
    }[];
    expect(new Set(history.map((item) => item['@type']))).toEqual(
      new Set(['TopupBalance', 'TransferBalance', 'AdjustBalance']),
    );
    for (const item of history) expectValid('BalanceActionHistory', item);
    const one = history.find((item) => item['@type'] === 'AdjustBalance') ?? { id: 'none' };
    expectValid('BalanceActionHistory', (await client.tmf('GET', `/balanceActionHistory/${one.id}`)).body);

    const hub = await client.tmf('POST', '/hub', { callback: 'http://127.0.0.1:9/listener' });
    expect(hub.status).toBe(201);
    expectValid('EventSubscription', hub.body);
    expect((await client.tmf('DELETE', `/hub/${(hub.body as { id: string }).id}`)).status).toBe(204);

    for (const error of [
      await client.tmf('GET', '/bucket/NOPE'),
      await client.tmf('POST', '/transferBalance', allocationRequest(2_500), client.withReference('C-2')),
      await client.tmf('POST', '/topupBalance', { amount: 5 }),
      await client.call(`${client.sandbox.tmfBaseUrl}/bucket`, 'GET', undefined, {}),
    ]) {
      expect(error.status).toBeGreaterThanOrEqual(400);
      expectValid('Error', error.body);
    }
  });

  it('events posted to a listener match the spec event definitions', async () => {
    const { createServer } = await import('node:http');
    const received: { eventType: string }[] = [];
    const listener = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => {
        received.push(JSON.parse(text));
        response.end();
      });
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const address = listener.address() as { port: number };
    const hub = await client.tmf('POST', '/hub', { callback: `http://127.0.0.1:${address.port}/events` });
    await client.tmf('POST', '/transferBalance', allocationRequest(9_999_999));
    const deadline = Date.now() + 3_000;
    while (received.length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await client.tmf('DELETE', `/hub/${(hub.body as { id: string }).id}`);
    listener.close();
    expect(received.map((event) => event.eventType).sort()).toEqual([
      'TransferBalanceCreateEvent',
      'TransferBalanceFailureEvent',
    ]);
    for (const event of received) expectValid(event.eventType, event);
  });
});
