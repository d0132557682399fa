import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createRotatingLog,
  logFileName,
  logFilesNewestFirst,
} from '../../../src/core/diagnostics/rotatingLog';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const fixedTime = () => new Date('2026-11-23T08:30:00.000Z');

/** A record of exactly 100 bytes once written as a line. */
function recordOf100Bytes(log: ReturnType<typeof createRotatingLog>, text: string) {
  const prefix = '2026-11-23T08:30:00.000Z INFO [sync] ';
  log.write('info', 'sync', text.padEnd(100 - prefix.length - 1, '.'));
}

describe('the rotating log', () => {
  it('writes one line per record with time, level, source and message', () => {
    const folder = newTemporaryFolder();
    const log = createRotatingLog({ folder, now: fixedTime });
    log.write('warn', 'outbox', 'retrying purchase PO-17\nafter a timeout');
    expect(readFileSync(join(folder, logFileName), 'utf8')).toBe(
      '2026-11-23T08:30:00.000Z WARN [outbox] retrying purchase PO-17\\nafter a timeout\n',
    );
  });

  it('rotates when the next record would pass the size, and keeps only the newest rotated files', () => {
    const folder = newTemporaryFolder();
    const log = createRotatingLog({ folder, now: fixedTime, fileSizeMaxBytes: 300, filesRotatedMax: 2 });
    for (let record = 1; record <= 3; record++) recordOf100Bytes(log, `record ${record}`);
    expect(readdirSync(folder)).toEqual([logFileName]);
    expect(statSync(join(folder, logFileName)).size).toBe(300);

    recordOf100Bytes(log, 'record 4');
    expect(readdirSync(folder).sort()).toEqual(['airledger.1.log', 'airledger.log']);
    expect(readFileSync(join(folder, logFileName), 'utf8')).toContain('record 4');

    for (let record = 5; record <= 12; record++) recordOf100Bytes(log, `record ${record}`);
    // Files of 3 records each: 10-12 current, 7-9 in .1, 4-6 in .2; 1-3 dropped.
    expect(readdirSync(folder).sort()).toEqual(['airledger.1.log', 'airledger.2.log', 'airledger.log']);
    expect(readFileSync(join(folder, 'airledger.2.log'), 'utf8')).toContain('record 4');
    expect(readFileSync(join(folder, 'airledger.1.log'), 'utf8')).toContain('record 9');
    expect(logFilesNewestFirst(folder, 2).map((path) => path.slice(folder.length + 1))).toEqual([
      'airledger.log',
      'airledger.1.log',
    ]);
  });

  it('continues an existing file after a restart, counting its size', () => {
    const folder = newTemporaryFolder();
    writeFileSync(join(folder, logFileName), 'x'.repeat(250));
    const log = createRotatingLog({ folder, now: fixedTime, fileSizeMaxBytes: 300 });
    recordOf100Bytes(log, 'after restart');
    expect(readFileSync(join(folder, 'airledger.1.log'), 'utf8')).toBe('x'.repeat(250));
  });

  it('never writes a secret shape: bearer tokens, secret fields and key pragmas are redacted', () => {
    const folder = newTemporaryFolder();
    const log = createRotatingLog({ folder, now: fixedTime });
    log.write('error', 'operator', 'token call failed: Authorization: Bearer eyJ-Quokka-7c41.payload');
    log.write('error', 'operator', 'body {"client_secret":"cs-Pangolin-5e17-operator-secret"}');
    log.write('info', 'workspace', "PRAGMA key='db-key-Narwhal-90d2'");
    const text = readFileSync(join(folder, logFileName), 'utf8');
    for (const secret of ['eyJ-Quokka-7c41', 'cs-Pangolin-5e17', 'db-key-Narwhal-90d2'])
      expect(text).not.toContain(secret);
    expect(text.match(/\[redacted\]/g)).toHaveLength(3);
  });

  it('does not throw when the folder cannot be written, and reports the failure once', () => {
    // A folder path under a regular file fails for every user, root included (a chmod would not).
    const blocker = join(newTemporaryFolder(), 'not-a-folder');
    writeFileSync(blocker, '');
    const errors: unknown[] = [];
    const log = createRotatingLog({ folder: join(blocker, 'logs'), onWriteError: (e) => errors.push(e) });
    expect(() => {
      log.write('info', 'app', 'started');
      log.write('info', 'app', 'still going');
    }).not.toThrow();
    expect(errors).toHaveLength(1);
    expect((errors[0] as NodeJS.ErrnoException).code).toMatch(/ENOTDIR|EEXIST/);
    expect(existsSync(join(blocker, 'logs'))).toBe(false);
  });

  it('does not throw when the failure reporter itself throws', () => {
    const blocker = join(newTemporaryFolder(), 'not-a-folder');
    writeFileSync(blocker, '');
    const log = createRotatingLog({
      folder: join(blocker, 'logs'),
      onWriteError: () => {
        throw new Error('reporter broken');
      },
    });
    expect(() => log.write('info', 'app', 'started')).not.toThrow();
  });
});
