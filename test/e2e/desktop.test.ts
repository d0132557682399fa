import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../src/launcher/electronBinary';
import { saveScreenshot } from '../support/browser';
import { requireBuild } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';
import { repositoryRoot } from '../support/testCore';

const newTemporaryFolder = temporaryFolders();
const electronBinary = findElectronBinary({ download: false });
if (electronBinary === null) {
  console.warn(
    "Skipping the desktop (Electron) tests: Electron's binary is not installed on this machine. The same UI is tested in browser mode.",
  );
}

// Runs where Electron's binary exists (developers' Windows and macOS machines); browser-mode tests cover
// the same screens everywhere.
describe.skipIf(electronBinary === null)('the desktop app', () => {
  it('opens a sandboxed window from app:// that reaches the core only through the preload', async () => {
    requireBuild();
    const userData = newTemporaryFolder();
    const app = await _electron.launch({
      executablePath: electronBinary ?? '',
      args: [repositoryRoot, `--user-data-dir=${userData}`],
      env: { ...process.env, AIRLEDGER_ALLOW_BASIC_TEXT_KEYSTORE: '1' },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('heading', { name: 'Welcome to Airledger' }).waitFor();
      expect(window.url()).toMatch(/^app:\/\/airledger\//);
      const exposure = await window.evaluate(() => ({
        bridge: typeof (window as unknown as { airledger?: { call?: unknown } }).airledger?.call,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposure).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
      await window.getByLabel('Distributor name').fill('Desktop Distribution');
      await window.getByRole('button', { name: 'Create workspace' }).click();
      await window.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await saveScreenshot(window, 'desktop-dashboard');
    } finally {
      await app.close();
    }
    // The workspace is in the user-data folder, its key wrapped beside it.
    expect(existsSync(join(userData, 'workspace', 'airledger.db'))).toBe(true);
    expect(existsSync(join(userData, 'workspace', 'airledger.key'))).toBe(true);
  });
});

/** electron-updater's feed file for this platform, as electron-builder names it. */
const platformFeed = { win32: 'latest.yml', darwin: 'latest-mac.yml', linux: 'latest-linux.yml' } as const;

describe.skipIf(electronBinary === null)('the desktop shell', () => {
  async function launch(userData: string, env: Record<string, string> = {}) {
    return _electron.launch({
      executablePath: electronBinary ?? '',
      args: [repositoryRoot, `--user-data-dir=${userData}`],
      env: { ...process.env, AIRLEDGER_ALLOW_BASIC_TEXT_KEYSTORE: '1', ...env },
    });
  }

  it('keeps one instance: a second launch exits and brings the first window forward', async () => {
    requireBuild();
    const userData = newTemporaryFolder();
    const first = await launch(userData);
    try {
      const window = await first.firstWindow();
      await window.getByRole('heading', { name: 'Welcome to Airledger' }).waitFor();
      await window.evaluate(() => undefined);
      await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
      const second = spawnSync(electronBinary ?? '', [repositoryRoot, `--user-data-dir=${userData}`], {
        timeout: 30_000,
        env: { ...process.env, AIRLEDGER_ALLOW_BASIC_TEXT_KEYSTORE: '1' },
      });
      expect(second.status).toBe(0);
      await expect
        .poll(() =>
          first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isMinimized())),
        )
        .toEqual([false]);
    } finally {
      await first.close();
    }
  });

  it('has the standard menus with their shortcuts and the support items', async () => {
    requireBuild();
    const app = await launch(newTemporaryFolder());
    try {
      await app.firstWindow();
      const menu = await app.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
          label: item.label,
          items: (item.submenu?.items ?? []).map((inner) => ({
            role: inner.role ?? null,
            label: inner.label,
          })),
        })),
      );
      const edit = menu.find((item) => item.label === 'Edit');
      expect(edit?.items.map((item) => item.role)).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall']),
      );
      const help = menu.find((item) => item.label === 'Help');
      expect(help?.items.map((item) => item.label)).toContain('Save Diagnostics Bundle…');
    } finally {
      await app.close();
    }
  });

  it('finds an update on a feed, downloads it and says it is ready, with its notes', async () => {
    requireBuild();
    const installer = Buffer.alloc(64 * 1024, 1);
    const sha512 = createHash('sha512').update(installer).digest('base64');
    const fileName =
      process.platform === 'darwin' ? 'Airledger-99.0.0-mac.zip' : 'Airledger-Setup-99.0.0.exe';
    const feed = `version: 99.0.0\nfiles:\n  - url: ${fileName}\n    sha512: ${sha512}\n    size: ${installer.length}\npath: ${fileName}\nsha512: ${sha512}\nreleaseDate: '2026-11-20T10:15:00.000Z'\nreleaseNotes: Faster reseller reports.\n`;
    const server = createServer((request, response) => {
      if (request.url?.endsWith('.yml')) response.writeHead(200).end(feed);
      else if (request.url?.endsWith(fileName)) response.writeHead(200).end(installer);
      else response.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const app = await launch(newTemporaryFolder(), { AIRLEDGER_UPDATE_URL: url });
    try {
      const window = await app.firstWindow();
      await window.getByLabel('Distributor name').fill('Update Distribution');
      await window.getByRole('button', { name: 'Create workspace' }).click();
      await window
        .getByText(/Airledger 99\.0\.0 is ready to install/)
        .first()
        .waitFor({ timeout: 60_000 });
      await window.getByText('Faster reseller reports.').first().waitFor();
      expect(platformFeed[process.platform as keyof typeof platformFeed]).toBeDefined();
      await saveScreenshot(window, 'desktop-update-ready');
    } finally {
      await app.close();
      server.close();
    }
  });
});
