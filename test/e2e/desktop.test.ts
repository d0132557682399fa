import { existsSync } from 'node:fs';
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
