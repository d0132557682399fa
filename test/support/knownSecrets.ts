import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../src/contract/operations';
import { AirledgerCore } from '../../src/core/app/airledgerCore';
import {
  distributorPartyAccountId,
  distributorPartyId,
  wholesaleBucketId,
} from '../../src/core/operator/tmf654';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../src/core/operatorSandbox/startOperatorSandbox';
import type { KeyProvider } from '../../src/core/workspace/databaseKey';
import { envKeyProvider } from '../../src/core/workspace/envKeyProvider';
import { openEncryptedDatabase, openReadOnlyTwin } from '../../src/core/workspace/openEncryptedDatabase';
import { databasePath } from '../../src/core/workspace/workspace';
import { administrator, migrationsFolder } from './testCore';

/** Secrets a test gives Airledger, then looks for where they must never be. Each is unlike any other text. */
export const knownSecrets = {
  databaseKey: 'db-key-Quokka-7c41-passphrase',
  password: 'pw-Narwhal-90d2-long-enough',
  clientSecret: 'cs-Pangolin-5e17-operator-secret',
  apiKey: 'ak-Axolotl-3b88-operator-api-key',
} as const;

export const operatorId = 'sandbox';

/** A retailer name the tests look for in files that must be ciphertext. */
export const knownRetailerName = 'Boutique Kalimba Quatre-Vingt';

export interface SecretWorld {
  sandbox: OperatorSandbox;
  core: AirledgerCore;
  dataDir: string;
  call: Call;
  close(): Promise<void>;
}

/** The CLI's key provider, keyed by the known database key (or another passphrase). */
export function knownKeyProvider(passphrase: string = knownSecrets.databaseKey): Promise<KeyProvider> {
  return envKeyProvider({ env: { AIRLEDGER_DB_KEY: passphrase } });
}

export function coreWith(dataDir: string, keyProvider: KeyProvider): AirledgerCore {
  const core = new AirledgerCore({
    defaultDataDir: dataDir,
    keyProvider,
    migrationsFolder,
    appVersion: '0.0.0-test',
    platform: process.platform,
  });
  core.onInternalError = (operation, error) => {
    throw new Error(`unexpected internal error in ${operation}: ${String(error)}`);
  };
  return core;
}

/**
 * A workspace keyed by the known database key, connected to a sandbox that wants the known client
 * secret and API key, with one linked retailer (the known name).
 */
export async function startSecretWorld(folder: string): Promise<SecretWorld> {
  const sandbox = await startOperatorSandbox({
    port: 0,
    clientSecret: knownSecrets.clientSecret,
    apiKey: knownSecrets.apiKey,
    wholesaleInitialBalance: 0,
    purchaseDelayMs: 20,
    topupDelayMs: 20,
    transferDelayMs: 20,
  });
  const dataDir = join(folder, 'workspace');
  const core = coreWith(dataDir, await knownKeyProvider());
  const call = async <N extends OperationName>(name: N, input: OperationInput<N>) => {
    const result = await core.call(name, input, administrator);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as OperationOutput<N>;
  };
  await call('workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
  await connectKnownOperator(call, sandbox);
  return {
    sandbox,
    core,
    dataDir,
    call,
    close: async () => {
      await core.close();
      await sandbox.close();
    },
  };
}

type Call = <N extends OperationName>(name: N, input: OperationInput<N>) => Promise<OperationOutput<N>>;

/** Connects the sandbox with the known client secret and API key, and links the known retailer's wallet. */
export async function connectKnownOperator(call: Call, sandbox: OperatorSandbox): Promise<void> {
  await call('operator.connect', sandboxConnectInput(sandbox, knownSecrets.clientSecret));
  const retailer = { partyId: 'KAL', name: knownRetailerName, msisdn: '2250700000042' };
  sandbox.addRetailer({ ...retailer, initialBalance: 0 });
  await call('operator.linkRetailer', retailer);
}

/** What connecting to the sandbox takes, with the known API key and the client secret given. */
export function sandboxConnectInput(
  sandbox: OperatorSandbox,
  clientSecret: string,
): OperationInput<'operator.connect'> {
  return {
    id: operatorId,
    name: 'Sandbox Telecom',
    baseUrl: sandbox.tmfBaseUrl,
    tokenUrl: sandbox.tokenUrl,
    clientId: sandbox.clientId,
    clientSecret,
    apiKey: knownSecrets.apiKey,
    requestTimeoutMs: 5000,
    distributorPartyId,
    partyAccountId: distributorPartyAccountId,
    wholesaleBucketId,
    units: sandbox.units,
    scale: sandbox.scale,
  };
}

/** What Workspace.open needs, keyed by the known database key (or another passphrase). */
export async function knownEnvironment(passphrase: string = knownSecrets.databaseKey) {
  return { keyProvider: await knownKeyProvider(passphrase), migrationsFolder, appVersion: '0.0.0-test' };
}

/** A purchase confirmed at the operator: ledger entries, and proof the sealed credentials open. */
export async function buyAndSync(world: SecretWorld, amountMinor: number): Promise<void> {
  await world.call('operator.purchase', { id: uuidv7(), amountMinor });
  const summary = await world.call('sync.run', { wait: true, settleWithinMs: 2_000 });
  expect(summary?.outcome).toBe('completed');
}

/** Makes a closed workspace about `megabytes` larger (a table of random blobs), so long work takes a while. */
export function addFillerPages(dataDir: string, megabytes: number): void {
  const sqlite = openEncryptedDatabase(
    databasePath(dataDir),
    { kind: 'passphrase', passphrase: knownSecrets.databaseKey },
    { create: false, keySource: 'the test' },
  );
  try {
    sqlite.exec('CREATE TABLE test_filler (x BLOB)');
    const insert = sqlite.prepare('INSERT INTO test_filler VALUES (randomblob(4000))');
    sqlite.transaction(() => {
      for (let row = 0; row < megabytes * 250; row++) insert.run();
    })();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

/** Every value of every row of every table, as SQL access with the key would read them. */
export function everyStoredValue(dataDir: string, passphrase: string = knownSecrets.databaseKey): string[] {
  const sqlite = openReadOnlyTwin({
    path: databasePath(dataDir),
    key: { kind: 'passphrase', passphrase },
    keySource: 'the test',
  });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return tables.flatMap((table) =>
      (sqlite.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>).flatMap((row) =>
        Object.values(row).map((value) =>
          Buffer.isBuffer(value) ? value.toString('latin1') : String(value),
        ),
      ),
    );
  } finally {
    sqlite.close();
  }
}
