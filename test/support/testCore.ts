import { join } from 'node:path';
import type { CallContext } from '../../src/core/access/callContext';
import { AirledgerCore } from '../../src/core/app/airledgerCore';
import type { DatabaseKey, KeyProvider } from '../../src/core/workspace/databaseKey';

export const repositoryRoot = join(__dirname, '..', '..');
export const migrationsFolder = join(repositoryRoot, 'migrations');

import { readMigrationJournal } from '../../src/core/workspace/schemaMigrations';

/** The schema version a new workspace has: one per migration this build ships. */
export const currentSchemaVersion = readMigrationJournal(join(__dirname, '..', '..', 'migrations')).length;
export const testPassphrase = 'correct horse battery staple';

export function passphraseKeyProvider(passphrase: string = testPassphrase): KeyProvider {
  const key: DatabaseKey = { kind: 'passphrase', passphrase };
  return {
    source: 'the test passphrase',
    keyForNewWorkspace: async () => key,
    keyForExistingWorkspace: async () => key,
  };
}

export function workspaceEnvironment(keyProvider: KeyProvider = passphraseKeyProvider()) {
  return { keyProvider, migrationsFolder, appVersion: '0.0.0-test' };
}

export function createTestCore(
  defaultDataDir: string,
  keyProvider: KeyProvider = passphraseKeyProvider(),
  options: { now?: () => Date } = {},
): AirledgerCore {
  const core = new AirledgerCore({
    defaultDataDir,
    keyProvider,
    migrationsFolder,
    appVersion: '0.0.0-test',
    platform: process.platform,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  core.onInternalError = (operation, error) => {
    throw new Error(`unexpected internal error in ${operation}: ${String(error)}`);
  };
  return core;
}

export const administrator: CallContext = {
  transport: 'test',
  actor: { userId: 'admin', displayName: 'Ada Admin', roles: ['administrator'] },
};

export const auditor: CallContext = {
  transport: 'test',
  actor: { userId: 'audit', displayName: 'Aude Auditor', roles: ['auditor'] },
};
