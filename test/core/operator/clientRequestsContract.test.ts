import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperatorConnection } from '../../../src/core/operator/operatorConnectionStore';
import { OperatorGateway } from '../../../src/core/operator/operatorGateway';
import { clientReferenceHeader, wholesaleBucketId } from '../../../src/core/operator/tmf654';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../../src/core/operatorSandbox/startOperatorSandbox';
import type { OperatorActionRow } from '../../../src/core/sync/operatorActionRows';
import { sandboxConnectionSettings } from '../../support/operatorWorld';
import { repositoryRoot } from '../../support/testCore';

// The spec lives beside the clone (../shared/specs), never copied into the repository.
const specPath = join(repositoryRoot, '..', 'shared', 'specs', 'TMF654-PrepayBalance-v4.0.0.swagger.json');
const specId = 'tmf654-v4.json';
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
ajv.addSchema({ ...JSON.parse(readFileSync(specPath, 'utf8')), id: specId });

function swaggerProblems(definition: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${specId}#/definitions/${definition}`);
  if (validate === undefined) throw new Error(`no definition ${definition}`);
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

interface Captured {
  method: string;
  path: string;
  reference: string | null;
  body: unknown;
}

let sandbox: OperatorSandbox;
const captured: Captured[] = [];
let gateway: OperatorGateway;

/** Our real client, with a fetch that records every request on its way to the sandbox. */
beforeAll(async () => {
  sandbox = await startOperatorSandbox({
    port: 0,
    wholesaleInitialBalance: 1_000_000,
    purchaseDelayMs: 60_000,
    transferDelayMs: 60_000,
  });
  sandbox.addRetailer({ partyId: 'R-0001', name: 'Awa Boutique', msisdn: '22507000001', initialBalance: 0 });
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    if (url.pathname.startsWith('/tmf-api/')) {
      captured.push({
        method: init?.method ?? 'GET',
        path: url.pathname.replace(/^.*\/v4/, ''),
        reference: headers.get(clientReferenceHeader),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : null,
      });
    }
    return fetch(input, init);
  };
  const connection: OperatorConnection = {
    ...sandboxConnectionSettings(sandbox),
    assetCode: 'AIRTIME-SANDBOX',
    wholesaleMsisdn: null,
    embeddedSandbox: false,
  };
  gateway = new OperatorGateway(connection, recordingFetch);
});
afterAll(async () => {
  await sandbox.close();
});

function action(overrides: Partial<OperatorActionRow>): OperatorActionRow {
  return {
    id: '01a20000-0000-7000-8000-000000000001',
    operator_id: 'sandbox',
    kind: 'purchase',
    state: 'sending',
    client_reference: '01a20000-0000-7000-8000-000000000001.1',
    attempt: 1,
    amount_minor: 250_000,
    source_bucket_id: null,
    target_bucket_id: wholesaleBucketId,
    party_id: null,
    msisdn: null,
    note: null,
    reverses_action_id: null,
    pending_entry_id: 'p',
    resolution_entry_id: null,
    operator_action_id: null,
    operator_status: null,
    status_reason: null,
    checks: 0,
    next_check_at: 0,
    requested_by: 'test',
    created_at: 0,
    updated_at: 0,
    final_at: null,
    ...overrides,
  };
}

describe('what Airledger puts on the wire', () => {
  it('purchases, direct top-ups, allocations and cancellations are valid TMF654 requests carrying our reference', async () => {
    const purchase = await gateway.send(action({}));
    expect(purchase.kind).toBe('ok');
    const topup = await gateway.send(
      action({
        id: '01a20000-0000-7000-8000-000000000002',
        kind: 'direct_topup',
        client_reference: '01a20000-0000-7000-8000-000000000002.1',
        amount_minor: 1_000,
        target_bucket_id: 'SUB-2250799000001',
        msisdn: '2250799000001',
      }),
    );
    expect(topup.kind).toBe('ok');
    const allocation = await gateway.send(
      action({
        id: '01a20000-0000-7000-8000-000000000003',
        kind: 'allocation',
        client_reference: '01a20000-0000-7000-8000-000000000003.1',
        amount_minor: 30_000,
        source_bucket_id: wholesaleBucketId,
        target_bucket_id: 'BKT-R-0001',
        party_id: 'R-0001',
        msisdn: '22507000001',
      }),
    );
    expect(allocation.kind).toBe('ok');
    if (allocation.kind !== 'ok') return;
    const cancelled = await gateway.cancel(
      action({
        id: '01a20000-0000-7000-8000-000000000003',
        kind: 'allocation',
        client_reference: '01a20000-0000-7000-8000-000000000003.1',
        operator_action_id: allocation.value.operatorActionId,
        target_bucket_id: 'BKT-R-0001',
        party_id: 'R-0001',
        msisdn: '22507000001',
      }),
    );
    expect(cancelled.kind === 'ok' && cancelled.value.status).toBe('cancelled');
    const lookedUp = await gateway.findByReference('allocation', '01a20000-0000-7000-8000-000000000003.1');
    expect(lookedUp.kind === 'ok' && lookedUp.value.map((found) => found.status)).toEqual(['cancelled']);

    const posts = captured.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual([
      '/topupBalance',
      '/topupBalance',
      '/transferBalance',
    ]);
    for (const request of posts) {
      const definition =
        request.path === '/transferBalance' ? 'TransferBalance_Create' : 'TopupBalance_Create';
      expect(swaggerProblems(definition, request.body), request.path).toEqual([]);
      // The reference travels twice, header and body, and they agree.
      expect(request.reference).toMatch(/^01a20000-.*\.1$/);
      expect((request.body as { clientReference: string }).clientReference).toBe(request.reference);
    }
    expect(posts.map((request) => (request.body as { amount: unknown }).amount)).toEqual([
      { amount: 250_000, units: 'XOF' },
      { amount: 1_000, units: 'XOF' },
      { amount: 30_000, units: 'XOF' },
    ]);
    const patch = captured.find((request) => request.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      status: 'cancelled',
      receiverLogicalResource: { id: '22507000001' },
    });
    expect(swaggerProblems('TransferBalance_Update', patch?.body)).toEqual([]);
  });
});
