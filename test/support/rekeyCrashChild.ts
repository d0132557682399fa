/*
 * Child process of the rekey crash test: changes a workspace's key from the old passphrase to the
 * new one, and is killed by the test while `PRAGMA rekey` rewrites the pages.
 */
import { databasePath } from '../../src/core/workspace/workspace';
import { rekeyDatabaseFile } from '../../src/core/workspace/workspaceRekey';

async function rekeyUntilKilled(
  dataDir: string,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<void> {
  process.stdout.write('ready\n');
  await rekeyDatabaseFile(
    databasePath(dataDir),
    { kind: 'passphrase', passphrase: oldPassphrase },
    {
      newKey: { kind: 'passphrase', passphrase: newPassphrase },
      keyStorageNote: '',
      commit: async () => undefined,
      abandon: async () => undefined,
    },
    'the crash test',
  );
  process.stdout.write('rekeyed\n');
}

const [dataDir, oldPassphrase, newPassphrase] = process.argv.slice(2);
if (dataDir === undefined || oldPassphrase === undefined || newPassphrase === undefined) {
  throw new Error('usage: rekeyCrashChild DATA_DIR OLD NEW');
}
void rekeyUntilKilled(dataDir, oldPassphrase, newPassphrase);
