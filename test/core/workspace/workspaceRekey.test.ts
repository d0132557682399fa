import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envKeyProvider } from '../../../src/core/workspace/envKeyProvider';
import { openEncryptedDatabase } from '../../../src/core/workspace/openEncryptedDatabase';
import { databasePath, Workspace } from '../../../src/core/workspace/workspace';
import { rekeyDatabaseFile } from '../../../src/core/workspace/workspaceRekey';
import {
  addFillerPages,
  buyAndSync,
  knownEnvironment,
  knownSecrets,
  operatorId,
  startSecretWorld,
} from '../../support/knownSecrets';
import { refusalOf } from '../../support/refusalOf';
import { temporaryFolders } from '../../support/temporaryFolder';
import { administrator, migrationsFolder, repositoryRoot } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const newPassphrase = 'the-new-key-Ocelot-2290';
const plainHeader = 'SQLite format 3';

function credentialWrappings(dataDir: string, passphrase: string): number {
  const sqlite = openEncryptedDatabase(
    databasePath(dataDir),
    { kind: 'passphrase', passphrase },
    { create: false, keySource: 'the test' },
  );
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM credential_keys').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe("changing a workspace's database key", () => {
  it('leaves the old key unable to open it and the new one opening every entry, the ledger verifying and the credentials opening', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    let accountsBefore: unknown;
    try {
      await buyAndSync(world, 400_000);
      accountsBefore = await world.call('ledger.accounts', {});
      const changed = await world.call('workspace.rekey', {
        newPassphrase,
        newPassphraseRepeated: newPassphrase,
      });
      expect(changed.keyStorage).toContain('AIRLEDGER_DB_KEY');
      // Reopened with the new key at once, and the operator's credentials (re-wrapped) still open.
      expect(await world.call('ledger.accounts', {})).toEqual(accountsBefore);
      await buyAndSync(world, 100_000);
      expect(await world.call('ledger.verify', { mode: 'full' })).toMatchObject({ ok: true, violations: [] });
      accountsBefore = await world.call('ledger.accounts', {});
    } finally {
      await world.close();
    }

    const refused = await refusalOf(
      Workspace.open(await knownEnvironment(knownSecrets.databaseKey), world.dataDir),
    );
    expect(refused.code).toBe('workspace_unavailable');
    expect(refused.reason).toBe('wrong_key');
    expect(refused.message).toContain('does not open the workspace');

    const reopened = await Workspace.open(await knownEnvironment(newPassphrase), world.dataDir);
    try {
      expect(reopened.ledger.verifier.verify('full')).toMatchObject({ ok: true, violations: [] });
      expect(reopened.ledger.reader.accounts({})).toEqual(accountsBefore);
      expect(reopened.operators.require(operatorId).clientSecret).toBe(knownSecrets.clientSecret);
      expect(reopened.operators.require(operatorId).apiKey).toBe(knownSecrets.apiKey);
    } finally {
      reopened.close();
    }
    expect(credentialWrappings(world.dataDir, newPassphrase)).toBe(1);
    expect(readFileSync(databasePath(world.dataDir)).subarray(0, 16).toString('latin1')).not.toContain(
      plainHeader,
    );
  });

  it('refuses a new passphrase that is too short or not repeated exactly, and keeps the old key', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    try {
      const short = await world.core.call(
        'workspace.rekey',
        { newPassphrase: 'short', newPassphraseRepeated: 'short' },
        administrator,
      );
      expect(short).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      const mismatched = await world.core.call(
        'workspace.rekey',
        { newPassphrase, newPassphraseRepeated: `${newPassphrase}x` },
        administrator,
      );
      expect(mismatched).toMatchObject({
        ok: false,
        error: {
          code: 'bad_input',
          issues: [{ path: 'newPassphraseRepeated', message: 'must repeat the passphrase exactly' }],
        },
      });
      const none = await world.core.call('workspace.rekey', {}, administrator);
      expect(none).toMatchObject({
        ok: false,
        error: { code: 'bad_input', reason: 'new_passphrase_missing' },
      });
    } finally {
      await world.close();
    }
    const reopened = await Workspace.open(await knownEnvironment(knownSecrets.databaseKey), world.dataDir);
    reopened.close();
  });

  it('refuses while another program has the file open, and goes on working with the old key', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    const other = openEncryptedDatabase(
      databasePath(world.dataDir),
      { kind: 'passphrase', passphrase: knownSecrets.databaseKey },
      { create: false, keySource: 'another program' },
    );
    try {
      other.prepare('SELECT count(*) FROM ledger_accounts').get();
      const refused = await world.core.call(
        'workspace.rekey',
        { newPassphrase, newPassphraseRepeated: newPassphrase },
        administrator,
      );
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'business_rule', reason: 'workspace_in_use' },
      });
      other.close();
      await buyAndSync(world, 50_000);
    } finally {
      if (other.open) other.close();
      await world.close();
    }
    const reopened = await Workspace.open(await knownEnvironment(knownSecrets.databaseKey), world.dataDir);
    expect(reopened.ledger.verifier.verify('full').ok).toBe(true);
    reopened.close();
  });

  it('killed while it rewrites the pages, leaves the old key opening an intact workspace', async () => {
    const world = await startSecretWorld(newTemporaryFolder());
    await buyAndSync(world, 300_000);
    await world.close();
    // Enough pages that the kill lands while they are rewritten.
    addFillerPages(world.dataDir, 40);

    const journal = `${databasePath(world.dataDir)}-journal`;
    const killedMidway = await new Promise<boolean>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(repositoryRoot, 'test', 'support', 'rekeyCrashChild.ts'),
          world.dataDir,
          knownSecrets.databaseKey,
          newPassphrase,
        ],
        { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      let killed = false;
      const watch = setInterval(() => {
        if (existsSync(journal) && statSync(journal).size > 2 ** 20) {
          killed = child.kill('SIGKILL');
          clearInterval(watch);
        }
      }, 1);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on('exit', () => {
        clearInterval(watch);
        if (output.includes('rekeyed')) return reject(new Error('the rekey finished before the kill'));
        resolve(killed);
      });
    });
    expect(killedMidway).toBe(true);

    const refused = await refusalOf(Workspace.open(await knownEnvironment(newPassphrase), world.dataDir));
    expect(refused.reason).toBe('wrong_key');
    const reopened = await Workspace.open(await knownEnvironment(knownSecrets.databaseKey), world.dataDir);
    try {
      expect(reopened.ledger.verifier.verify('full')).toMatchObject({ ok: true, violations: [] });
      expect(reopened.operators.require(operatorId).clientSecret).toBe(knownSecrets.clientSecret);
    } finally {
      reopened.close();
    }
  });

  it('cut off between the rekey and storing the new key, opens next time with the pending key and makes it current', async () => {
    const folder = newTemporaryFolder();
    const world = await startSecretWorld(folder);
    await world.close();
    // Browser mode keeps its passphrase in a key file, which a change of key updates.
    const keyFile = join(folder, 'browser-mode.key');
    writeFileSync(keyFile, `${knownSecrets.databaseKey}\n`, { mode: 0o600 });
    const provider = await envKeyProvider({ keyFile, keyFileFollowsRotation: true });
    const rotation = await provider.beginRotation?.(world.dataDir, newPassphrase);
    if (rotation === undefined) throw new Error('the passphrase host changes keys');
    expect(readFileSync(`${keyFile}.next`, 'utf8')).toBe(`${newPassphrase}\n`);
    const powerCut = new Error('power cut before the key file was renamed');
    await expect(
      rekeyDatabaseFile(
        databasePath(world.dataDir),
        { kind: 'passphrase', passphrase: knownSecrets.databaseKey },
        {
          ...rotation,
          commit: async () => {
            throw powerCut;
          },
        },
        provider.source,
      ),
    ).rejects.toBe(powerCut);
    expect(readFileSync(keyFile, 'utf8')).toBe(`${knownSecrets.databaseKey}\n`);

    const restarted = await envKeyProvider({ keyFile, keyFileFollowsRotation: true });
    const reopened = await Workspace.open(
      { keyProvider: restarted, migrationsFolder, appVersion: '0.0.0-test' },
      world.dataDir,
    );
    try {
      expect(reopened.ledger.verifier.verify('full').ok).toBe(true);
      expect(reopened.operators.require(operatorId).apiKey).toBe(knownSecrets.apiKey);
    } finally {
      reopened.close();
    }
    expect(readFileSync(keyFile, 'utf8')).toBe(`${newPassphrase}\n`);
    expect(existsSync(`${keyFile}.next`)).toBe(false);
    expect(credentialWrappings(world.dataDir, newPassphrase)).toBe(1);
  });
});
