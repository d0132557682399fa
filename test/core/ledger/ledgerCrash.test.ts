import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/core/workspace/workspace';
import { openChartedWorkspace } from '../../support/ledgerFixture';
import { temporaryFolders } from '../../support/temporaryFolder';
import { repositoryRoot, workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const killsCount = 12;
const childScript = join(repositoryRoot, 'test', 'support', 'ledgerCrashChild.ts');

/** Runs the posting child, kills it with SIGKILL after `afterMs`, and returns the ids it reported. */
function runAndKill(dataDir: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      // The clock starts once the child is posting, so the kill lands among the writes.
      if (!before.includes('ready\n') && output.includes('ready\n'))
        setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child stopped by itself: ${errors}`));
      // Only complete lines were reported: a line cut by the kill proves nothing either way.
      const complete = output.slice(0, output.lastIndexOf('\n') + 1);
      resolve(complete.split('\n').filter((line) => line.startsWith('crash-')));
    });
    setTimeout(() => child.kill('SIGKILL'), 30_000);
  });
}

describe('crash safety', () => {
  it('a process killed at random moments leaves the ledger whole and keeps every entry it reported', async () => {
    const folder = newTemporaryFolder();
    const { workspace } = await openChartedWorkspace(folder);
    workspace.close();
    const dataDir = join(folder, 'ws');
    const reported = new Set<string>();
    for (let kill = 0; kill < killsCount; kill += 1) {
      const delayMs = 20 + Math.floor(Math.random() * 300);
      for (const id of await runAndKill(dataDir, delayMs)) reported.add(id);
      const reopened = await Workspace.open(workspaceEnvironment(), dataDir);
      try {
        const report = reopened.ledger.verifier.verify('full');
        expect(report.violations, `after kill ${kill + 1} (${delayMs} ms)`).toEqual([]);
        const missing = [...reported].filter((id) => reopened.ledger.reader.entry(id) === undefined);
        expect(missing, `entries reported committed but missing after kill ${kill + 1}`).toEqual([]);
        expect(report.entriesChecked).toBeGreaterThanOrEqual(reported.size);
      } finally {
        reopened.close();
      }
    }
    expect(reported.size).toBeGreaterThan(killsCount * 10);
  }, 180_000);
});
