import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../src/launcher/electronBinary';
import { requireBuild } from '../support/builtApp';
import { temporaryFolders } from '../support/temporaryFolder';
import { repositoryRoot } from '../support/testCore';

const newTemporaryFolder = temporaryFolders();

// What `npm start` does after building, on a machine without Electron's binary.
describe.skipIf(findElectronBinary({ download: false }) !== null)('npm start without Electron', () => {
  it('says so in one sentence, then serves browser mode with a private key file', async () => {
    requireBuild();
    const configHome = newTemporaryFolder();
    const child = spawn(process.execPath, [join(repositoryRoot, 'out', 'main', 'launch.js'), '--port', '0'], {
      env: { PATH: process.env.PATH ?? '', HOME: configHome, XDG_CONFIG_HOME: configHome },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/\?secret=\S+/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
      });
      expect(output).toContain("Electron's binary is not installed on this machine");
      expect(output).toContain('starts in browser mode instead');
      const keyFile = join(configHome, 'Airledger', 'browser-mode.key');
      expect(existsSync(keyFile)).toBe(true);
      expect(statSync(keyFile).mode & 0o077).toBe(0);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
