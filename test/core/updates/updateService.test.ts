import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/contract/operations';
import { defaultOfficeUpdateSettings } from '../../../src/contract/updateSchemas';
import { AirledgerCore } from '../../../src/core/app/airledgerCore';
import { UpdateService } from '../../../src/core/updates/updateService';
import { feedUpdater } from '../../support/feedUpdater';
import { temporaryFolders } from '../../support/temporaryFolder';
import {
  administrator,
  createTestCore,
  migrationsFolder,
  passphraseKeyProvider,
} from '../../support/testCore';

const installer = Buffer.alloc(300_000, 7);
const feedFor = (version: string, extra = '') => `version: ${version}
files:
  - url: Airledger-Setup-${version}.exe
    sha512: c2hh
    size: ${installer.length}
path: Airledger-Setup-${version}.exe
sha512: c2hh
releaseDate: '2026-11-20T10:15:00.000Z'
releaseNotes: |-
  Settlement exports can be cancelled.
  Faster reseller reports.
${extra}`;

let server: Server;
let baseUrl: string;
let feed: { status: number; body: string } = { status: 200, body: feedFor('1.4.0') };
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requested.push(path);
    if (path.endsWith('.yml')) {
      response.writeHead(feed.status, { 'content-type': 'text/yaml' }).end(feed.body);
    } else if (path.endsWith('.exe')) {
      response.writeHead(200, { 'content-length': String(installer.length) }).end(installer);
    } else response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const newFolder = temporaryFolders();
const cores: AirledgerCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  feed = { status: 200, body: feedFor('1.4.0') };
  requested.length = 0;
});

/** A desktop-like core at version 1.3.0 with an updater reading the test feed, and a workspace open. */
async function desktopCore() {
  const { updater, calls } = feedUpdater(baseUrl, '1.3.0');
  const core = new AirledgerCore({
    defaultDataDir: join(newFolder(), 'workspace'),
    keyProvider: passphraseKeyProvider(),
    migrationsFolder,
    appVersion: '1.3.0',
    platform: 'win32',
    updates: { updater, installId: 'install-in-bucket-0-to-99' },
  });
  cores.push(core);
  const call = async <N extends OperationName>(
    name: N,
    input: OperationInput<N>,
  ): Promise<OperationOutput<N>> => {
    const result = await core.call(name, input, administrator);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result.value as OperationOutput<N>;
  };
  await call('workspace.create', { distributorName: 'Update Test Distribution', baseCurrency: 'XOF' });
  return { core, call, calls };
}

describe('updates in the core, against a feed served over HTTP', () => {
  it('checks, downloads with progress, and restarts to update only after the database has closed', async () => {
    const { core, call, calls } = await desktopCore();
    const before = await call('updates.status', {});
    expect(before).toMatchObject({
      available: true,
      currentVersion: '1.3.0',
      phase: 'idle',
      lastCheckAt: null,
    });
    expect(before.office).toEqual(defaultOfficeUpdateSettings);

    const checked = await call('updates.check', {});
    expect(checked.phase).toBe('ready');
    expect(checked.update).toEqual({
      version: '1.4.0',
      releaseDate: '2026-11-20T10:15:00.000Z',
      releaseNotes: 'Settlement exports can be cancelled.\nFaster reseller reports.',
    });
    expect(checked.progress).toMatchObject({
      transferredBytes: installer.length,
      totalBytes: installer.length,
    });
    expect(checked.lastOutcome?.message).toBe('Airledger 1.4.0 is downloaded and ready to install.');
    expect(requested).toEqual(['/releases/latest.yml', '/releases/Airledger-Setup-1.4.0.exe']);

    const installing = await call('updates.install', {});
    expect(installing.phase).toBe('installing');
    await expect.poll(() => calls.at(-1), { timeout: 5_000 }).toBe('quitAndInstall');
    // The installer only ran once the workspace had closed.
    const status = await core.call('workspace.status', {}, administrator);
    expect(status.ok && status.value).toMatchObject({ state: 'closed' });
    expect(calls).toEqual(['check stable', 'download 1.4.0', 'quitAndInstall']);
  });

  it('honours the office: off means no request at all; a pin takes only that version; beta reads beta.yml', async () => {
    const { call, calls } = await desktopCore();
    await call('settings.save', { updates: { enabled: false, channel: 'stable', pinnedVersion: null } });
    const off = await call('updates.check', {});
    expect(off.lastOutcome).toMatchObject({
      kind: 'skipped',
      message: 'Updates are turned off for this office.',
    });
    expect(requested).toEqual([]);

    await call('settings.save', { updates: { enabled: true, channel: 'stable', pinnedVersion: '1.3.5' } });
    const pinned = await call('updates.check', {});
    expect(pinned.lastOutcome).toMatchObject({
      kind: 'ignored',
      message: 'This office is pinned to 1.3.5; 1.4.0 is not offered.',
    });
    expect(pinned.phase).toBe('idle');

    await call('settings.save', { updates: { enabled: true, channel: 'beta', pinnedVersion: null } });
    feed = { status: 200, body: feedFor('1.5.0-beta.1') };
    const beta = await call('updates.check', {});
    expect(beta.update?.version).toBe('1.5.0-beta.1');
    expect(requested).toContain('/releases/beta.yml');
    expect(calls).toContain('check beta');
  });

  it('refuses a pinned version that is not a release version, naming the field', async () => {
    const { core } = await desktopCore();
    const result = await core.call(
      'settings.save',
      { updates: { enabled: true, channel: 'stable', pinnedVersion: 'latest please' } },
      administrator,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues).toContainEqual({
        path: 'updates.pinnedVersion',
        message: 'must be a release version such as 1.4.0 or 1.5.0-beta.2',
      });
    }
  });

  it('turns a failing feed into an outcome and a backoff, never a thrown error', async () => {
    const { call } = await desktopCore();
    feed = { status: 503, body: 'down for maintenance' };
    const failed = await call('updates.check', {});
    expect(failed.phase).toBe('idle');
    expect(failed.lastOutcome?.kind).toBe('failed');
    expect(failed.lastOutcome?.message).toMatch(
      /^The update server could not be read: .*503.*It will be tried again later\.$/s,
    );
    const install = await (await desktopCore()).core.call('updates.install', {}, administrator);
    expect(install.ok || install.error.message).toBe('No update has been downloaded yet.');
  });

  it('says where the app cannot update itself (browser mode, the CLI)', async () => {
    const core = createTestCore(join(newFolder(), 'workspace'));
    cores.push(core);
    await core.call('workspace.create', { distributorName: 'Browser', baseCurrency: 'XOF' }, administrator);
    const status = await core.call('updates.status', {}, administrator);
    expect(status.ok && status.value).toMatchObject({ available: false, phase: 'idle' });
    const install = await core.call('updates.install', {}, administrator);
    expect(install.ok).toBe(false);
    if (!install.ok) expect(install.error.message).toMatch(/does not update itself/);
  });
});

describe('the update service’s timing', () => {
  function service(busy: { syncRunning: boolean; exportRunning: boolean }, now = { ms: 0 }) {
    const { updater, calls } = feedUpdater(baseUrl, '1.3.0');
    const installs: number[] = [];
    const updates = new UpdateService({
      updater,
      installId: 'x',
      currentVersion: '1.3.0',
      now: () => now.ms,
      office: () => defaultOfficeUpdateSettings,
      busy: () => busy,
      install: async () => {
        installs.push(now.ms);
        return { outcome: 'installing', stepsDone: [] };
      },
    });
    return { updates, calls, installs };
  }

  it('never checks while a sync or an export runs; a manual check waits and runs once it has finished', async () => {
    const busy = { syncRunning: true, exportRunning: false };
    const { updates, calls } = service(busy);
    const waiting = await updates.checkNow();
    expect(waiting.lastOutcome?.message).toBe(
      'A sync with the operator is running: the check waits until it has finished.',
    );
    await updates.tick();
    expect(calls).toEqual([]);
    busy.syncRunning = false;
    busy.exportRunning = true;
    await updates.tick();
    expect(calls).toEqual([]);
    busy.exportRunning = false;
    await updates.tick();
    expect(calls).toEqual(['check stable', 'download 1.4.0']);
    expect(updates.status().phase).toBe('ready');
    // Ready, but an export started meanwhile: restarting would cut it off.
    busy.exportRunning = true;
    expect(updates.requestInstall()).toEqual({
      accepted: false,
      message: 'A settlement export is being written: restart to update once it has finished.',
    });
  });

  it('checks at start, then only when four hours have passed; after a failure it backs off', async () => {
    const now = { ms: Date.parse('2026-11-23T08:00:00Z') };
    const { updates, calls } = service({ syncRunning: false, exportRunning: false }, now);
    feed = { status: 200, body: feedFor('1.3.0') };
    await updates.tick();
    expect(updates.status().lastOutcome?.kind).toBe('up_to_date');
    expect(updates.status().nextCheckAt).toBe('2026-11-23T12:00:00.000Z');
    now.ms += 3 * 60 * 60 * 1000;
    await updates.tick();
    expect(calls).toEqual(['check stable']);
    now.ms += 60 * 60 * 1000;
    feed = { status: 503, body: 'down' };
    await updates.tick();
    expect(calls).toEqual(['check stable', 'check stable']);
    expect(updates.status().lastOutcome?.kind).toBe('failed');
    now.ms += 10 * 60 * 1000; // within the 15-minute backoff
    await updates.tick();
    expect(calls).toHaveLength(2);
  });
});
