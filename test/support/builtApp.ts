import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './testCore';

export const cliPath = join(repositoryRoot, 'out', 'main', 'cli.js');

/** End-to-end tests drive the build, exactly what `npx airledger` and `npm start` run. */
export function requireBuild(): void {
  for (const file of [cliPath, join(repositoryRoot, 'out', 'renderer', 'index.html')]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests.`);
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI to completion with the given environment (and nothing of ours leaking in). */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the built CLI without blocking this process: needed when something the command talks to
 * (an operator sandbox) runs in this process's event loop.
 */
export function runCliInBackground(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Starts `airledger serve --port 0 --json` and resolves with its URL once it listens. */
export async function startServe(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; process: ChildProcess; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [cliPath, '--json', ...args, 'serve', '--port', '0'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { value: { url: string } }).value.url);
    });
    child.on('exit', (code) => reject(new Error(`airledger serve exited with ${code}: ${stderr}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { url, process: child, stop };
}
