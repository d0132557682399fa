import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import type { OperationInput, OperationName, OperationOutput } from '../../src/contract/operations';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';
import type { OperatorConnectionSettings } from '../../src/core/operator/operatorConnectionStore';
import {
  distributorPartyAccountId,
  distributorPartyId,
  wholesaleBucketId,
} from '../../src/core/operator/tmf654';
import type { OperatorSandboxOptions } from '../../src/core/operatorSandbox/sandboxOptions';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import { administrator, createTestCore } from './testCore';

export const operatorId = 'sandbox';

/** A core with an open workspace, connected to a fresh sandbox over real HTTP on 127.0.0.1. */
export interface OperatorWorld {
  sandbox: OperatorSandbox;
  core: AirledgerCore;
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
  /** Calls that must fail: the error body. */
  refusal(name: OperationName, input: unknown): Promise<{ code: string; message: string; reason?: string }>;
  close(): Promise<void>;
}

export async function startOperatorWorld(
  folder: string,
  sandboxOptions: OperatorSandboxOptions = {},
  connection: { requestTimeoutMs?: number } = {},
  /** The workspace's clock, when a test moves it (the sandbox keeps real time). */
  now?: () => Date,
): Promise<OperatorWorld> {
  const sandbox = await startOperatorSandbox({
    port: 0,
    wholesaleInitialBalance: 0,
    purchaseDelayMs: 20,
    topupDelayMs: 20,
    transferDelayMs: 20,
    ...sandboxOptions,
  });
  const core = createTestCore(join(folder, 'workspace'), undefined, now === undefined ? {} : { now });
  const call = async <N extends OperationName>(name: N, input: OperationInput<N>) => {
    const result = await core.call(name, input, administrator);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as OperationOutput<N>;
  };
  const refusal = async (name: OperationName, input: unknown) => {
    const result = await core.call(name, input, administrator);
    if (result.ok) throw new Error(`${name} was expected to fail`);
    return result.error;
  };
  await call('workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
  await call('operator.connect', {
    id: operatorId,
    name: 'Sandbox Telecom',
    baseUrl: sandbox.tmfBaseUrl,
    tokenUrl: sandbox.tokenUrl,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    requestTimeoutMs: connection.requestTimeoutMs ?? 5000,
    distributorPartyId,
    partyAccountId: distributorPartyAccountId,
    wholesaleBucketId,
    units: sandbox.units,
    scale: sandbox.scale,
  });
  return {
    sandbox,
    core,
    call,
    refusal,
    close: async () => {
      await core.close();
      await sandbox.close();
    },
  };
}

/** Adds retailers at the operator and links their wallets in the workspace. */
export async function onboardRetailers(world: OperatorWorld, count: number): Promise<string[]> {
  const partyIds: string[] = [];
  for (let index = 1; index <= count; index++) {
    const partyId = `R-${String(index).padStart(4, '0')}`;
    const msisdn = `22507${String(index).padStart(8, '0')}`;
    world.sandbox.addRetailer({ partyId, name: `Retailer ${index}`, msisdn, initialBalance: 0 });
    await world.call('operator.linkRetailer', { partyId, name: `Retailer ${index}`, msisdn });
    // On credit, with room for anything a test allocates: the airtime rules are under test here.
    await world.call('retailers.update', { code: partyId, terms: 'postpaid', creditLimitMinor: 10 ** 13 });
    partyIds.push(partyId);
  }
  return partyIds;
}

/**
 * A connected world with `wholesaleMinor` of wholesale stock confirmed and Awa Boutique's wallet
 * linked (retailer code AWA), postpaid when a credit limit is given, else on the default terms.
 */
export async function stockedWorldWithAwa(
  folder: string,
  options: { wholesaleMinor: number; creditLimitMinor?: number },
): Promise<OperatorWorld> {
  const world = await startOperatorWorld(folder);
  const awa = { partyId: 'AWA', name: 'Awa Boutique', msisdn: '2250700000001' };
  world.sandbox.addRetailer({ ...awa, initialBalance: 0 });
  await world.call('operator.linkRetailer', awa);
  if (options.creditLimitMinor !== undefined) {
    await world.call('retailers.update', {
      code: 'AWA',
      terms: 'postpaid',
      creditLimitMinor: options.creditLimitMinor,
    });
  }
  await world.call('operator.purchase', { id: newActionId(), amountMinor: options.wholesaleMinor });
  await syncNow(world, 2_000);
  return world;
}

export const newActionId = (): string => uuidv7();

/** A ledger account's posted balance on its normal side. */
export async function postedBalance(world: OperatorWorld, accountId: string): Promise<number> {
  const accounts = await world.call('ledger.accounts', {});
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (account === undefined) throw new Error(`no account ${accountId}`);
  return account.balances.balancePostedMinor;
}

export async function availableBalance(world: OperatorWorld, accountId: string): Promise<number> {
  const accounts = await world.call('ledger.accounts', {});
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (account === undefined) throw new Error(`no account ${accountId}`);
  return account.balances.balanceAvailableMinor;
}

/** One sync cycle, waited for; `settleWithinMs` lets just-sent actions become final first. */
export async function syncNow(
  world: OperatorWorld,
  settleWithinMs = 0,
): Promise<NonNullable<OperationOutput<'sync.run'>>> {
  const summary = await world.call('sync.run', { wait: true, settleWithinMs });
  if (summary === null) throw new Error('a waited sync returns its summary');
  return summary;
}

/** Connection settings for a sandbox, as a test saves them straight into a workspace's store. */
export function sandboxConnectionSettings(sandbox: OperatorSandbox): OperatorConnectionSettings {
  return {
    id: operatorId,
    name: 'Sandbox',
    baseUrl: sandbox.tmfBaseUrl,
    tokenUrl: sandbox.tokenUrl,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    apiKey: null,
    requestTimeoutMs: 5000,
    distributorPartyId,
    partyAccountId: distributorPartyAccountId,
    wholesaleBucketId,
    units: sandbox.units,
    scale: sandbox.scale,
  };
}
