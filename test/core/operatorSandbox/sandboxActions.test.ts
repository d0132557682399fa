import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allocationRequest,
  endUserTopupRequest,
  purchaseRequest,
  type SandboxTestClient,
  startTestSandbox,
  waitFor,
} from '../../support/operatorSandboxClient';

let client: SandboxTestClient;
beforeEach(async () => {
  client = await startTestSandbox();
});
afterEach(async () => {
  await client.sandbox.close();
});

async function remaining(bucketId: string): Promise<{ remaining: number; reserved: number }> {
  const bucket = (await client.tmf('GET', `/bucket/${bucketId}`)).body as {
    remainingValue: { amount: number };
    reservedValue: { amount: number };
  };
  return { remaining: bucket.remainingValue.amount, reserved: bucket.reservedValue.amount };
}

describe('operator sandbox actions', () => {
  it('a purchase of bulk credit is created, then completes after its delay and credits the wholesale stock', async () => {
    const created = await client.tmf(
      'POST',
      '/topupBalance',
      purchaseRequest(250_000),
      client.withReference('po-1'),
    );
    expect(created.status).toBe(201);
    const action = created.body as {
      id: string;
      status: string;
      clientReference: string;
      confirmationDate?: string;
    };
    expect(action).toMatchObject({ status: 'created', clientReference: 'po-1' });
    expect(action.confirmationDate).toBeUndefined();
    expect(await remaining('BKT-WHOLESALE')).toEqual({ remaining: 100_000, reserved: 0 });
    const done = await waitFor(async () => {
      const body = (await client.tmf('GET', `/topupBalance/${action.id}`)).body as { status: string };
      return body.status === 'completed' ? body : undefined;
    });
    expect(done).toHaveProperty('confirmationDate');
    expect(await remaining('BKT-WHOLESALE')).toEqual({ remaining: 350_000, reserved: 0 });
  });

  it('an allocation beyond the wholesale stock fails at once with a reason naming both amounts', async () => {
    const response = await client.tmf('POST', '/transferBalance', allocationRequest(150_000));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'failed',
      statusReason: 'Bucket BKT-WHOLESALE has 100000 XOF remaining; the transfer needs 150000 XOF.',
    });
    expect(await remaining('BKT-WHOLESALE')).toEqual({ remaining: 100_000, reserved: 0 });
    expect(await remaining('BKT-R-0002')).toEqual({ remaining: 0, reserved: 0 });
  });

  it('an allocation reserves on the wholesale stock, then moves it to the retailer', async () => {
    const response = await client.tmf('POST', '/transferBalance', allocationRequest(30_000));
    const transfer = response.body as { id: string; reservedValue: { amount: number } };
    expect(transfer.reservedValue.amount).toBe(30_000);
    expect(await remaining('BKT-WHOLESALE')).toEqual({ remaining: 70_000, reserved: 30_000 });
    client.sandbox.settle();
    expect(await remaining('BKT-WHOLESALE')).toEqual({ remaining: 70_000, reserved: 0 });
    expect(await remaining('BKT-R-0002')).toEqual({ remaining: 30_000, reserved: 0 });
    const cancelLate = await client.tmf('PATCH', `/transferBalance/${transfer.id}`, { status: 'cancelled' });
    expect(cancelLate.status).toBe(409);
    expect((cancelLate.body as { message: string }).message).toContain('is completed');
  });

  it('cancelling a created allocation releases its reservation', async () => {
    const client2 = await startTestSandbox({ transferDelayMs: 60_000 });
    try {
      const transfer = (await client2.tmf('POST', '/transferBalance', allocationRequest(40_000))).body as {
        id: string;
      };
      const cancelled = await client2.tmf('PATCH', `/transferBalance/${transfer.id}`, {
        status: 'cancelled',
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', reservedValue: { amount: 0 } });
      const wholesale = (await client2.tmf('GET', '/bucket/BKT-WHOLESALE')).body;
      expect(wholesale).toMatchObject({ remainingValue: { amount: 100_000 }, reservedValue: { amount: 0 } });
      expect(
        (await client2.tmf('PATCH', `/transferBalance/${transfer.id}`, { status: 'completed' })).status,
      ).toBe(400);
    } finally {
      await client2.sandbox.close();
    }
  });

  it('an end-user top-up is paid from the requesting retailer and fails when its bucket is short', async () => {
    const sale = await client.tmf(
      'POST',
      '/topupBalance',
      endUserTopupRequest(1_000, '221781234567', 'R-0001'),
    );
    expect(sale.body).toMatchObject({ status: 'created' });
    client.sandbox.settle();
    expect(await remaining('BKT-R-0001')).toEqual({ remaining: 4_000, reserved: 0 });
    expect(await remaining('SUB-221781234567')).toEqual({ remaining: 1_000, reserved: 0 });
    const short = await client.tmf(
      'POST',
      '/topupBalance',
      endUserTopupRequest(5_000, '221781234567', 'R-0001'),
    );
    expect(short.body).toMatchObject({
      status: 'failed',
      statusReason: 'Bucket BKT-R-0001 has 4000 XOF remaining; the top-up needs 5000 XOF.',
    });
  });

  it('refuses impossible amounts with 400 naming the field', async () => {
    for (const [amount, words] of [
      [0, 'amount.amount must be more than zero'],
      [-5, 'is negative'],
      [10.5, 'more than 0 decimals'],
    ] as const) {
      const response = await client.tmf('POST', '/transferBalance', allocationRequest(amount));
      expect(response.status).toBe(400);
      expect((response.body as { message: string }).message).toContain(words);
    }
    const missing = await client.tmf('POST', '/transferBalance', {
      ...allocationRequest(5),
      receiverBucket: undefined,
    });
    expect((missing.body as { message: string }).message).toContain('receiverBucket');
    const unknown = await client.tmf(
      'POST',
      '/transferBalance',
      allocationRequest(5, 'R-9999', '221770009999'),
    );
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_BUCKET' });
  });
});

describe('client references', () => {
  it('the same reference and content returns the existing action with 200, in the header or the body', async () => {
    const first = await client.tmf(
      'POST',
      '/transferBalance',
      allocationRequest(1_000),
      client.withReference('ref-A'),
    );
    const again = await client.tmf('POST', '/transferBalance', {
      ...allocationRequest(1_000),
      clientReference: 'ref-A',
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
    expect(client.sandbox.stats().actions.TransferBalance).toBe(1);
    expect(await remaining('BKT-WHOLESALE')).toMatchObject({ remaining: 99_000 });
  });

  it('the same reference with other content is refused with CLIENT_REFERENCE_REUSED and creates nothing', async () => {
    await client.tmf('POST', '/transferBalance', allocationRequest(1_000), client.withReference('ref-B'));
    const reused = await client.tmf(
      'POST',
      '/transferBalance',
      allocationRequest(2_000),
      client.withReference('ref-B'),
    );
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ code: 'CLIENT_REFERENCE_REUSED', status: '409' });
    const otherKind = await client.tmf(
      'POST',
      '/topupBalance',
      purchaseRequest(1_000),
      client.withReference('ref-B'),
    );
    expect(otherKind.status).toBe(409);
    const differing = await client.tmf(
      'POST',
      '/topupBalance',
      { ...purchaseRequest(1_000), clientReference: 'ref-C' },
      client.withReference('ref-D'),
    );
    expect(differing.status).toBe(400);
    expect(client.sandbox.stats()).toMatchObject({
      actions: { TransferBalance: 1, TopupBalance: 0 },
      referencesWithMoreThanOneAction: 0,
    });
  });

  it('lists find an action by its reference and by status, with count headers', async () => {
    for (const reference of ['L-1', 'L-2', 'L-3']) {
      await client.tmf('POST', '/topupBalance', purchaseRequest(10), client.withReference(reference));
    }
    const one = await client.tmf('GET', '/topupBalance?clientReference=L-2');
    expect(one.body).toHaveLength(1);
    expect((one.body as { clientReference: string }[])[0]?.clientReference).toBe('L-2');
    expect(one.headers.get('x-total-count')).toBe('1');
    const none = await client.tmf('GET', '/topupBalance?clientReference=nope');
    expect(none.body).toEqual([]);
    const page = await client.tmf('GET', '/topupBalance?status=created&offset=1&limit=1');
    expect(page.headers.get('x-total-count')).toBe('3');
    expect(page.headers.get('x-result-count')).toBe('1');
    expect((await client.tmf('GET', '/topupBalance?limit=5001')).status).toBe(400);
  });
});
