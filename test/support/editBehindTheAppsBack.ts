import { join } from 'node:path';
import {
  applyConnectionSettings,
  openEncryptedDatabase,
} from '../../src/core/workspace/openEncryptedDatabase';
import { testPassphrase } from './testCore';

/** Someone with the key edits the workspace file with a SQLite tool, bypassing Airledger. */
export function editBehindTheAppsBack(dataDir: string, sql: string): void {
  const sqlite = openEncryptedDatabase(
    join(dataDir, 'airledger.db'),
    { kind: 'passphrase', passphrase: testPassphrase },
    { create: false, keySource: 'test' },
  );
  applyConnectionSettings(sqlite);
  sqlite.exec(sql);
  sqlite.close();
}
