import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/appError';
import { readMigrationJournal } from '../../src/core/workspace/schemaMigrations';
import { databasePath, Workspace } from '../../src/core/workspace/workspace';
import { fingerprint } from '../support/fileFingerprint';
import { temporaryFolders } from '../support/temporaryFolder';
import {
  currentSchemaVersion,
  migrationsFolder,
  passphraseKeyProvider,
  workspaceEnvironment,
} from '../support/testCore';

const newTemporaryFolder = temporaryFolders();
const profile = { distributorName: 'Sahel Airtime Distribution', baseCurrency: 'XOF' };

async function createWorkspace(dataDir: string) {
  const workspace = await Workspace.create(workspaceEnvironment(), { dataDir, ...profile });
  workspace.close();
  return databasePath(dataDir);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('an encrypted workspace', () => {
  it('is written as ciphertext: the file does not start with the SQLite header', async () => {
    const path = await createWorkspace(join(newTemporaryFolder(), 'ws'));
    const header = readFileSync(path).subarray(0, 16);
    expect(header.toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(readFileSync(path).includes(Buffer.from('Sahel Airtime Distribution'))).toBe(false);
  });

  it('cannot be read by plain SQLite without the key', async () => {
    const path = await createWorkspace(join(newTemporaryFolder(), 'ws'));
    const plain = new Database(path, { fileMustExist: true, readonly: true });
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    plain.close();
  });

  it('opens again with the same key and keeps its profile', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await createWorkspace(dataDir);
    const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
    expect(workspace.summary()).toMatchObject({ ...profile, dataDir, schemaVersion: currentSchemaVersion });
    expect(workspace.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workspace.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    workspace.close();
  });

  it('refuses a wrong key with a clear message and leaves the file untouched', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const path = await createWorkspace(dataDir);
    const before = fingerprint(path);
    const error = await refusal(
      Workspace.open(workspaceEnvironment(passphraseKeyProvider('not the right key')), dataDir),
    );
    expect(error.code).toBe('workspace_unavailable');
    expect(error.reason).toBe('wrong_key');
    expect(error.message).toContain('does not open the workspace');
    expect(fingerprint(path)).toEqual(before);
    expect(before).toMatchObject({ wal: false, shm: false });
  });

  it('refuses to open when no key is configured, naming where the key should come from', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await createWorkspace(dataDir);
    const { envKeyProvider } = await import('../../src/core/workspace/envKeyProvider');
    const keyProvider = await envKeyProvider({ env: {} });
    const error = await refusal(Workspace.open(workspaceEnvironment(keyProvider), dataDir));
    expect(error.reason).toBe('key_missing');
    expect(error.message).toContain('AIRLEDGER_DB_KEY');
  });

  it('says a file that is not a database is not one, and leaves it untouched', async () => {
    const dataDir = newTemporaryFolder();
    const path = databasePath(dataDir);
    writeFileSync(path, 'retailer_code,amount\nR-001,5000\n'.repeat(200));
    const before = fingerprint(path);
    const error = await refusal(Workspace.open(workspaceEnvironment(), dataDir));
    expect(error.reason).toBe('not_a_database');
    expect(error.message).toContain('is not an Airledger database');
    expect(fingerprint(path)).toEqual(before);
  });

  it('says a plain SQLite file is not an encrypted workspace', async () => {
    const dataDir = newTemporaryFolder();
    const plain = new Database(databasePath(dataDir));
    plain.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    plain.close();
    const error = await refusal(Workspace.open(workspaceEnvironment(), dataDir));
    expect(error.reason).toBe('not_encrypted');
  });

  it('refuses a workspace from a newer schema without changing it', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const path = await createWorkspace(dataDir);
    // Simulate a newer Airledger: it applied one migration this build does not know.
    const newer = await Workspace.open(workspaceEnvironment(), dataDir);
    newer.sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future-migration', Date.now() + 86_400_000);
    newer.close();
    const before = fingerprint(path);
    const error = await refusal(Workspace.open(workspaceEnvironment(), dataDir));
    expect(error.reason).toBe('newer_schema');
    expect(error.message).toContain('newer Airledger');
    expect(error.message).toContain(
      `schema ${currentSchemaVersion + 1}, this version knows ${currentSchemaVersion}`,
    );
    expect(fingerprint(path)).toEqual(before);
  });

  it('applies migrations once: opening twice records each migration exactly once', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await createWorkspace(dataDir);
    for (let round = 0; round < 2; round += 1) {
      const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
      const { n } = workspace.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
        n: number;
      };
      expect(n).toBe(readMigrationJournal(migrationsFolder).length);
      expect(workspace.summary().distributorName).toBe(profile.distributorName);
      workspace.close();
    }
  });

  it('upgrades a workspace from an older build by applying only the migrations it lacks', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await createWorkspace(dataDir);
    // A newer build: the same migrations plus one more.
    const newerMigrations = join(newTemporaryFolder(), 'migrations');
    cpSync(migrationsFolder, newerMigrations, { recursive: true });
    const journalPath = join(newerMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_upgrade_probe' });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(
      join(newerMigrations, '9999_upgrade_probe.sql'),
      'CREATE TABLE `upgrade_probe` (`id` integer PRIMARY KEY);',
    );

    const workspace = await Workspace.open(
      { ...workspaceEnvironment(), migrationsFolder: newerMigrations },
      dataDir,
    );
    expect(workspace.summary()).toMatchObject({
      schemaVersion: currentSchemaVersion + 1,
      distributorName: profile.distributorName,
    });
    expect(
      workspace.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'upgrade_probe'").get(),
    ).toEqual({
      name: 'upgrade_probe',
    });
    workspace.close();
    // ...and the build that knows only the first migration now refuses it as newer.
    const error = await refusal(Workspace.open(workspaceEnvironment(), dataDir));
    expect(error.reason).toBe('newer_schema');
  });

  it('refuses to create a workspace over an existing one', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const path = await createWorkspace(dataDir);
    const before = fingerprint(path);
    const error = await refusal(Workspace.create(workspaceEnvironment(), { dataDir, ...profile }));
    expect(error.code).toBe('business_rule');
    expect(error.reason).toBe('workspace_exists');
    expect(fingerprint(path)).toEqual(before);
  });

  it('leaves nothing behind when creation fails half-way', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    mkdirSync(dataDir);
    const broken = { ...workspaceEnvironment(), migrationsFolder: join(dataDir, 'no-migrations-here') };
    await expect(Workspace.create(broken, { dataDir, ...profile })).rejects.toThrow(/migrations are missing/);
    expect(existsSync(databasePath(dataDir))).toBe(false);
    expect(existsSync(`${databasePath(dataDir)}-wal`)).toBe(false);
  });

  it('verifies encryption, schema and integrity', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    await createWorkspace(dataDir);
    const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
    const report = workspace.verify();
    workspace.close();
    expect(report).toMatchObject({
      encrypted: true,
      schemaVersion: currentSchemaVersion,
      schemaVersionExpected: currentSchemaVersion,
      integrity: 'ok',
    });
    expect(report.checks.map((check) => [check.name, check.ok])).toEqual([
      ['encryption', true],
      ['schema', true],
      ['integrity', true],
      ['foreign keys', true],
    ]);
  });
});
