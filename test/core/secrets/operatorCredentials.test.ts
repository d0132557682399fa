import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { OperatorConnectionView } from '../../../src/contract/operatorSchemas';
import { openEncryptedDatabase } from '../../../src/core/workspace/openEncryptedDatabase';
import { databasePath, Workspace } from '../../../src/core/workspace/workspace';
import {
  everyStoredValue,
  knownEnvironment,
  knownSecrets,
  operatorId,
  startSecretWorld,
} from '../../support/knownSecrets';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const key = { kind: 'passphrase' as const, passphrase: knownSecrets.databaseKey };

function rawConnectionRow(dataDir: string): { client_secret: string; api_key: string | null } {
  const sqlite = openEncryptedDatabase(databasePath(dataDir), key, { create: false, keySource: 'the test' });
  try {
    return sqlite
      .prepare('SELECT client_secret, api_key FROM operator_connections WHERE id = ?')
      .get(operatorId) as {
      client_secret: string;
      api_key: string | null;
    };
  } finally {
    sqlite.close();
  }
}

describe("an operator's credentials inside the workspace", () => {
  it('are sealed in their row: SQL access with the database key reads neither the client secret nor the API key, and sync still signs in', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    try {
      const row = rawConnectionRow(world.dataDir);
      expect(row.client_secret).toMatch(/^sealed:v1:/);
      expect(row.api_key).toMatch(/^sealed:v1:/);
      const everything = everyStoredValue(world.dataDir).join('\n');
      expect(everything).not.toContain(knownSecrets.clientSecret);
      expect(everything).not.toContain(knownSecrets.apiKey);

      // The view says whether they are set, never what they are.
      const view = await world.call('operator.connection', {});
      expect(view).toMatchObject({ hasClientSecret: true, hasApiKey: true });
      expect(Object.keys(view ?? {}).sort()).toEqual(Object.keys(OperatorConnectionView.shape).sort());
      expect(JSON.stringify(await world.call('operator.connections', {}))).not.toContain(
        knownSecrets.clientSecret,
      );

      // The operator client opens them when it signs in: a purchase goes through and is confirmed.
      await world.call('operator.purchase', { id: uuidv7(), amountMinor: 250_000 });
      const summary = await world.call('sync.run', { wait: true, settleWithinMs: 2_000 });
      expect(summary?.outcome).toBe('completed');
      const queue = await world.call('sync.queue', { filter: 'all', limit: 10 });
      expect(queue.counts.confirmed).toBe(1);
    } finally {
      await world.close();
    }
  });

  it('saved in clear by an earlier Airledger are sealed as the workspace opens, once', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    await world.close();
    // As an earlier version stored them: in clear, and no data key yet.
    const sqlite = openEncryptedDatabase(databasePath(world.dataDir), key, {
      create: false,
      keySource: 'the test',
    });
    sqlite
      .prepare('UPDATE operator_connections SET client_secret = ?, api_key = ? WHERE id = ?')
      .run(knownSecrets.clientSecret, knownSecrets.apiKey, operatorId);
    sqlite.exec('DELETE FROM credential_keys');
    sqlite.close();

    const opened = await Workspace.open(await knownEnvironment(), world.dataDir);
    const connection = opened.operators.require(operatorId);
    expect(connection.clientSecret).toBe(knownSecrets.clientSecret);
    expect(connection.apiKey).toBe(knownSecrets.apiKey);
    // Never enumerable: spreading or serialising a connection does not carry them.
    expect(JSON.stringify(connection)).not.toContain(knownSecrets.clientSecret);
    expect({ ...connection }).not.toHaveProperty('apiKey');
    opened.close();
    const sealed = rawConnectionRow(world.dataDir);
    expect(sealed.client_secret).toMatch(/^sealed:v1:/);
    expect(everyStoredValue(world.dataDir).join('\n')).not.toContain(knownSecrets.clientSecret);

    const again = await Workspace.open(await knownEnvironment(), world.dataDir);
    again.close();
    expect(rawConnectionRow(world.dataDir)).toEqual(sealed);
  });

  it('copied from one operator row into another no longer open, and say so', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    await world.close();
    const sqlite = openEncryptedDatabase(databasePath(world.dataDir), key, {
      create: false,
      keySource: 'the test',
    });
    // The API key's sealed value moved into the client secret's column: its context no longer matches.
    sqlite.prepare('UPDATE operator_connections SET client_secret = api_key WHERE id = ?').run(operatorId);
    sqlite.close();
    const opened = await Workspace.open(await knownEnvironment(), world.dataDir);
    try {
      const connection = opened.operators.require(operatorId);
      expect(() => connection.clientSecret).toThrow(/does not decrypt/);
    } finally {
      opened.close();
    }
  });
});
