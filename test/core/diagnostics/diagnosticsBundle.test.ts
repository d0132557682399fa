import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildDiagnosticsBundle,
  type DiagnosticsInput,
  saveDiagnosticsBundle,
} from '../../../src/core/diagnostics/diagnosticsBundle';
import { createRotatingLog } from '../../../src/core/diagnostics/rotatingLog';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();

/** Secrets unlike any other text, put where a careless bundle would copy them. */
const secrets = {
  bearer: 'eyJ-Quokka-7c41-access',
  clientSecret: 'cs-Pangolin-5e17-operator-secret',
  apiKey: 'ak-Axolotl-3b88-operator-api-key',
  databaseKey: 'db-key-Narwhal-90d2-passphrase',
  refreshToken: 'rt-Dugong-8123-refresh',
};

function inputFor(logFolder: string): DiagnosticsInput {
  return {
    createdAt: new Date('2026-11-23T09:15:00.000Z'),
    appVersion: '1.4.2',
    platform: { os: 'win32', release: '10.0.22631', arch: 'x64' },
    runtimeVersions: { node: '22.20.0', electron: '45.4.1', chrome: '142.0.7444.52' },
    workspace: { schemaVersion: '0007_settlement_versions', migrationsApplied: 7 },
    lastSyncState: {
      finishedAt: '2026-11-23T09:00:00.000Z',
      outcome: 'failed',
      message: `token request refused: Authorization: Bearer ${secrets.bearer}`,
      operator: { url: `https://api.operator.example/tmf654?api_key=${secrets.apiKey}` },
      credentials: { clientSecret: secrets.clientSecret, refreshToken: secrets.refreshToken },
      queued: 3,
    },
    logFolder,
  };
}

function recordsOf(text: string): Array<Record<string, unknown>> {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the diagnostics bundle', () => {
  it('holds versions, platform, schema state, last sync and the logs, listed in a manifest', async () => {
    const logFolder = newTemporaryFolder();
    const log = createRotatingLog({ folder: logFolder, fileSizeMaxBytes: 200 });
    for (let record = 1; record <= 8; record++) log.write('info', 'sync', `pulled sales page ${record}`);

    const bundle = await buildDiagnosticsBundle({ ...inputFor(logFolder), logFilesMax: 2 });
    expect(bundle.suggestedFileName).toBe('airledger-diagnostics-2026-11-23T09-15-00-000Z.txt');
    const records = recordsOf(bundle.text);
    const [manifest] = records;
    expect(manifest).toMatchObject({
      kind: 'manifest',
      format: 'airledger-diagnostics/1',
      contents: ['versions', 'platform', 'workspace', 'lastSync', 'log'],
    });
    expect(manifest?.logFiles).toMatchObject([{ file: 'airledger.1.log' }, { file: 'airledger.log' }]);
    expect(records.find((record) => record.kind === 'versions')).toEqual({
      kind: 'versions',
      appVersion: '1.4.2',
      node: '22.20.0',
      electron: '45.4.1',
      chrome: '142.0.7444.52',
    });
    expect(records.find((record) => record.kind === 'workspace')).toEqual({
      kind: 'workspace',
      open: true,
      schemaVersion: '0007_settlement_versions',
      migrationsApplied: 7,
    });
    const logLines = records.filter((record) => record.kind === 'log').map((record) => record.line);
    expect(logLines[0]).toContain('pulled sales page 4');
    expect(logLines.at(-1)).toContain('pulled sales page 8');
    expect(logLines.some((line) => String(line).includes('pulled sales page 1'))).toBe(false);
  });

  it('carries no secret from the logs or the inputs', async () => {
    const logFolder = newTemporaryFolder();
    createRotatingLog({ folder: logFolder }).write('error', 'operator', `Bearer ${secrets.bearer}`);
    // A line written by an older version, before a redaction rule existed.
    writeFileSync(
      join(logFolder, 'airledger.1.log'),
      `2026-11-22T10:00:00.000Z INFO [workspace] PRAGMA key='${secrets.databaseKey}'\n` +
        `2026-11-22T10:00:01.000Z INFO [operator] {"apiKey":"${secrets.apiKey}"}\n`,
    );

    const target = join(newTemporaryFolder(), 'bundle.txt');
    await saveDiagnosticsBundle(target, inputFor(logFolder));
    const text = readFileSync(target, 'utf8');
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    const lastSync = recordsOf(text).find((record) => record.kind === 'lastSync');
    expect(lastSync?.state).toMatchObject({ outcome: 'failed', queued: 3 });
    expect(text).toContain('[redacted]');
  });

  it('says so when no workspace is open and no log exists yet', async () => {
    const bundle = await buildDiagnosticsBundle({
      ...inputFor(newTemporaryFolder()),
      workspace: null,
      lastSyncState: null,
    });
    const records = recordsOf(bundle.text);
    expect(records.find((record) => record.kind === 'workspace')).toEqual({ kind: 'workspace', open: false });
    expect(records.find((record) => record.kind === 'lastSync')).toEqual({ kind: 'lastSync', state: null });
    expect(records.filter((record) => record.kind === 'log')).toEqual([]);
  });
});
