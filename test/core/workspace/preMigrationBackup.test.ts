import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preMigrationBackupFolder } from '../../../src/core/workspace/preMigrationBackup';
import { databasePath, Workspace } from '../../../src/core/workspace/workspace';
import { fingerprint } from '../../support/fileFingerprint';
import { refusalOf } from '../../support/refusalOf';
import { temporaryFolders } from '../../support/temporaryFolder';
import { currentSchemaVersion, migrationsFolder, workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const profile = { distributorName: 'Sahel Airtime Distribution', baseCurrency: 'XOF' };

async function createWorkspace(): Promise<string> {
  const dataDir = join(newTemporaryFolder(), 'ws');
  const workspace = await Workspace.create(workspaceEnvironment(), { dataDir, ...profile });
  workspace.close();
  return dataDir;
}

/** A newer build's migrations: this build's, plus `extra` SQL files appended to the journal. */
function newerMigrations(extra: string[]): string {
  const folder = join(newTemporaryFolder(), 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  extra.forEach((sql, n) => {
    const last = journal.entries.at(-1);
    const tag = `${9990 + n}_probe_${n}`;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
    writeFileSync(join(folder, `${tag}.sql`), sql);
  });
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const probe = (n: number) => `CREATE TABLE \`upgrade_probe_${n}\` (\`id\` integer PRIMARY KEY);`;

function backupsOf(dataDir: string): string[] {
  const folder = preMigrationBackupFolder(dataDir);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

async function openWith(dataDir: string, migrations: string = migrationsFolder): Promise<Workspace> {
  return Workspace.open({ ...workspaceEnvironment(), migrationsFolder: migrations }, dataDir);
}

/** Opens the workspace with this build's migrations: it is at this build's schema, without the probe. */
async function expectAtOldSchema(dataDir: string): Promise<void> {
  const workspace = await openWith(dataDir);
  expect(workspace.summary().schemaVersion).toBe(currentSchemaVersion);
  expect(
    workspace.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'upgrade_probe_1'").get(),
  ).toBe(undefined);
  workspace.close();
}

/** Opens a copy of `backup` as a workspace of its own, with the test key, and reads its schema version. */
async function schemaVersionOfCopy(backup: string): Promise<number> {
  const dataDir = join(newTemporaryFolder(), 'restored');
  mkdirSync(dataDir);
  cpSync(backup, databasePath(dataDir));
  const workspace = await openWith(dataDir);
  const { schemaVersion, distributorName } = workspace.summary();
  workspace.close();
  expect(distributorName).toBe(profile.distributorName);
  return schemaVersion;
}

describe('the backup taken before a schema upgrade', () => {
  it('is one encrypted copy of the old schema, taken when migrations are pending', async () => {
    const dataDir = await createWorkspace();
    expect(backupsOf(dataDir)).toEqual([]); // a new workspace has none

    const workspace = await openWith(dataDir, newerMigrations([probe(1)]));
    expect(workspace.summary().schemaVersion).toBe(currentSchemaVersion + 1);
    workspace.close();

    const names = backupsOf(dataDir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(
      new RegExp(
        `^airledger-before-${currentSchemaVersion}-to-${currentSchemaVersion + 1}-\\d{8}T\\d{9}Z\\.db$`,
      ),
    );
    const backup = join(preMigrationBackupFolder(dataDir), names[0] ?? '');
    const bytes = readFileSync(backup);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from(profile.distributorName))).toBe(false);
    expect(await schemaVersionOfCopy(backup)).toBe(currentSchemaVersion);
  });

  it('is not taken when nothing is pending', async () => {
    const dataDir = await createWorkspace();
    for (let n = 0; n < 2; n += 1) (await openWith(dataDir)).close();
    expect(backupsOf(dataDir)).toEqual([]);
  });

  it('keeps only the last three', async () => {
    const dataDir = await createWorkspace();
    const probes: string[] = [];
    for (let n = 1; n <= 4; n += 1) {
      probes.push(probe(n));
      (await openWith(dataDir, newerMigrations(probes))).close();
    }
    const froms = backupsOf(dataDir).map((name) => Number(/^airledger-before-(\d+)-/.exec(name)?.[1]));
    expect(froms.sort((a, b) => a - b)).toEqual([1, 2, 3].map((n) => currentSchemaVersion + n));
  });

  it('leaves the workspace at its old version when a migration fails, and names the copy', async () => {
    const dataDir = await createWorkspace();
    const error = await refusalOf(
      openWith(
        dataDir,
        newerMigrations([`${probe(1)}\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);`]),
      ),
    );
    expect(error.code).toBe('workspace_unavailable');
    expect(error.reason).toBe('migration_failed');
    expect(error.message).toContain('no such table');
    const [name] = backupsOf(dataDir);
    expect(name).toBeDefined();
    expect(error.message).toContain(join(preMigrationBackupFolder(dataDir), name ?? ''));

    await expectAtOldSchema(dataDir);
  });

  it('puts the copy back when a failed migration escaped its transaction', async () => {
    const dataDir = await createWorkspace();
    // A migration that commits half of itself, then fails: the rollback cannot undo it.
    const escaping = `${probe(1)}\n--> statement-breakpoint\nCOMMIT;\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);`;
    const error = await refusalOf(openWith(dataDir, newerMigrations([escaping])));
    expect(error.reason).toBe('migration_failed');
    expect(error.message).toContain('was put back');
    const [name] = backupsOf(dataDir);
    expect(error.message).toContain(join(preMigrationBackupFolder(dataDir), name ?? ''));
    expect(existsSync(`${databasePath(dataDir)}.restoring`)).toBe(false);

    await expectAtOldSchema(dataDir);
  });

  it('refuses to upgrade when the copy cannot be written, naming the folder, and changes nothing', async () => {
    const dataDir = await createWorkspace();
    const folder = preMigrationBackupFolder(dataDir);
    writeFileSync(folder, 'not a folder'); // stands in for a full or read-only disk
    const before = fingerprint(databasePath(dataDir));
    const error = await refusalOf(openWith(dataDir, newerMigrations([probe(1)])));
    expect(error.code).toBe('workspace_unavailable');
    expect(error.reason).toBe('backup_failed');
    expect(error.message).toContain(folder);
    expect(error.message).toContain('Nothing was changed');
    expect(fingerprint(databasePath(dataDir))).toEqual(before);
    expect(readdirSync(dataDir).filter((entry) => entry.includes('partial'))).toEqual([]);

    const workspace = await openWith(dataDir);
    expect(workspace.summary().schemaVersion).toBe(currentSchemaVersion);
    workspace.close();
  });
});
