import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** sha-256 of a file and which SQLite companions exist: proves a refused open left everything as it was. */
export function fingerprint(databasePath: string) {
  return {
    sha256: createHash('sha256').update(readFileSync(databasePath)).digest('hex'),
    wal: existsSync(`${databasePath}-wal`),
    shm: existsSync(`${databasePath}-shm`),
  };
}
