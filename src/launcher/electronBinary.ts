import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const downloadTimeoutMs = 180_000;

/**
 * Where Electron's binary is, or null when it is missing and cannot be fetched. Electron's npm
 * package downloads the binary on first use; we try that once, quietly, instead of letting
 * `require('electron')` print a stack trace.
 */
export function findElectronBinary(options: { download: boolean } = { download: true }): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const installed = () => {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  };
  if (installed() !== null || !options.download) return installed();
  const attempt = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: 'pipe',
    timeout: downloadTimeoutMs,
  });
  return attempt.status === 0 ? installed() : null;
}
