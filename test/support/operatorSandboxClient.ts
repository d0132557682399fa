import {
  clientReferenceHeader,
  distributorWalletMsisdn,
  msisdnResource,
  type TopupBalanceCreate,
  type TransferBalanceCreate,
} from '../../src/core/operator/tmf654';
import type { OperatorSandboxOptions } from '../../src/core/operatorSandbox/sandboxOptions';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';

/** A bare HTTP client for sandbox tests: a token, JSON in and out, headers kept. */
export interface SandboxCall {
  status: number;
  body: unknown;
  headers: Headers;
}

export class SandboxTestClient {
  token = '';

  constructor(readonly sandbox: OperatorSandbox) {}

  async authenticate(): Promise<this> {
    const response = await fetch(this.sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.sandbox.clientId,
        client_secret: this.sandbox.clientSecret,
      }),
    });
    this.token = ((await response.json()) as { access_token: string }).access_token;
    return this;
  }

  async tmf(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<SandboxCall> {
    return this.call(`${this.sandbox.tmfBaseUrl}${path}`, method, body, {
      authorization: `Bearer ${this.token}`,
      ...(this.sandbox.apiKey === undefined ? {} : { 'x-api-key': this.sandbox.apiKey }),
      ...headers,
    });
  }

  async admin(method: string, path: string, body?: unknown): Promise<SandboxCall> {
    return this.call(`${this.sandbox.adminUrl}${path}`, method, body, {});
  }

  async call(
    url: string,
    method: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<SandboxCall> {
    const response = await fetch(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? undefined : JSON.parse(text),
      headers: response.headers,
    };
  }

  withReference(reference: string): Record<string, string> {
    return { [clientReferenceHeader]: reference };
  }
}

/** A sandbox with fast delays, the client authenticated, and two retailers with stock. */
export async function startTestSandbox(options: OperatorSandboxOptions = {}): Promise<SandboxTestClient> {
  const sandbox = await startOperatorSandbox({
    purchaseDelayMs: 30,
    topupDelayMs: 20,
    transferDelayMs: 20,
    wholesaleInitialBalance: 100_000,
    ...options,
  });
  sandbox.addRetailer({
    partyId: 'R-0001',
    name: 'Boutique Diallo',
    msisdn: '221770000001',
    initialBalance: 5_000,
  });
  sandbox.addRetailer({
    partyId: 'R-0002',
    name: 'Kiosque Ndiaye',
    msisdn: '221770000002',
    initialBalance: 0,
  });
  return new SandboxTestClient(sandbox).authenticate();
}

export function purchaseRequest(amount: number): TopupBalanceCreate {
  return {
    amount: { amount, units: 'XOF' },
    usageType: 'monetary',
    bucket: { id: 'BKT-WHOLESALE' },
    partyAccount: { id: 'PA-DIST-001' },
    requestor: { id: 'DIST-001', '@referredType': 'Organization' },
    channel: { id: 'airledger' },
    reason: 'Bulk airtime purchase',
  };
}

export function allocationRequest(
  amount: number,
  retailer = 'R-0002',
  wallet = '221770000002',
): TransferBalanceCreate {
  return {
    reason: 'Allocation to retailer',
    channel: { id: 'airledger', name: 'Airledger back office' },
    logicalResource: [msisdnResource(distributorWalletMsisdn)],
    amount: { amount, units: 'XOF' },
    usageType: 'monetary',
    bucket: { id: 'BKT-WHOLESALE' },
    receiverBucket: { id: `BKT-${retailer}` },
    receiverBucketUsageType: 'monetary',
    receiverLogicalResource: msisdnResource(wallet),
    requestor: { id: 'DIST-001', '@referredType': 'Organization' },
  };
}

export function endUserTopupRequest(
  amount: number,
  msisdn: string,
  requestorId = 'DIST-001',
): TopupBalanceCreate {
  return {
    amount: { amount, units: 'XOF' },
    usageType: 'monetary',
    bucket: { id: `SUB-${msisdn}` },
    partyAccount: { id: 'PA-DIST-001' },
    logicalResource: [msisdnResource(msisdn)],
    requestor: { id: requestorId, '@referredType': 'Organization' },
    channel: { id: 'airledger' },
  };
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
