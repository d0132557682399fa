import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyEnvironmentVariable } from '../core/workspace/envKeyProvider';
import { userDataFolder } from '../core/workspace/userDataFolder';
import { findElectronBinary } from './electronBinary';

/**
 * `npm start`: the desktop app where Electron's binary exists, otherwise the same UI in the browser.
 * Browser mode has no OS keychain to hold the database key, so unless AIRLEDGER_DB_KEY is set it
 * keeps a random key in a file only this user can read, in the user-data folder.
 */
function browserModeKeyFile(): string {
  const folder = userDataFolder();
  const keyFile = join(folder, 'browser-mode.key');
  if (!existsSync(keyFile)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(keyFile, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  }
  return keyFile;
}

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

const appRoot = join(__dirname, '..', '..');
const electronBinary = findElectronBinary();
if (electronBinary !== null) {
  run(electronBinary, [appRoot]);
} else {
  const keyArgs = process.env[keyEnvironmentVariable] ? [] : ['--key-file', browserModeKeyFile()];
  process.stdout.write(
    "Electron's binary is not installed on this machine and could not be downloaded, so Airledger starts in browser mode instead.\n",
  );
  if (keyArgs.length > 0)
    process.stdout.write(`The database key for browser mode is kept in ${keyArgs[1]}.\n`);
  run(process.execPath, [join(__dirname, 'cli.js'), ...keyArgs, 'serve', ...process.argv.slice(2)]);
}
