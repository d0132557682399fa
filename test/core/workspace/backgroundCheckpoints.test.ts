import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { databasePath, Workspace } from '../../../src/core/workspace/workspace';
import { accountIds, createChart, purchase } from '../../support/ledgerFixture';
import { temporaryFolders } from '../../support/temporaryFolder';
import { workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const profile = { distributorName: 'Sahel Airtime Distribution', baseCurrency: 'XOF' };

/** Posts `count` allocations of 100 from wholesale stock to a retailer, in batches of 500. */
function allocateMany(workspace: Workspace, count: number): void {
  for (let done = 0; done < count; done += 500) {
    const results = workspace.ledger.writer.recordBatch(
      Array.from({ length: Math.min(500, count - done) }, () => ({
        id: uuidv7(),
        kind: 'posting' as const,
        code: 'allocation',
        description: 'Allocation to Awa Boutique, a long enough description to fill pages quickly',
        transfers: [
          {
            debitAccountId: accountIds.retailerAwa,
            creditAccountId: accountIds.wholesale,
            amountMinor: 100,
            code: 'allocation',
            reference: { kind: 'allocation', id: uuidv7() },
          },
        ],
      })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('WAL checkpoints on a worker thread', () => {
  it('fold the log back into the encrypted file while the writer keeps writing, and stop cleanly at close', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const workspace = await Workspace.create(workspaceEnvironment(), { dataDir, ...profile });
    createChart(workspace.ledger);
    purchase(workspace.ledger, 10_000_000);
    workspace.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const fileBytesBefore = statSync(databasePath(dataDir)).size;

    expect(workspace.checkpointInBackground()).toBe(true);
    // The writer's own checkpoints are now only a safety valve far above what this test writes.
    expect(workspace.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(8192);
    await waitFor(() => workspace.checkpoints?.running() === true);

    // About 1,000 pages: fewer than SQLite's inline threshold, so only the worker can move them.
    allocateMany(workspace, 6_000);
    const roundsAfterWriting = workspace.checkpoints?.checkpointsRun() ?? 0;
    await waitFor(() => (workspace.checkpoints?.checkpointsRun() ?? 0) >= roundsAfterWriting + 2);
    const fileBytesAfter = statSync(databasePath(dataDir)).size;
    expect(fileBytesAfter - fileBytesBefore).toBeGreaterThan(1_500_000);

    const checkpoints = workspace.checkpoints;
    workspace.close();
    expect(checkpoints?.running()).toBe(false);
    expect(checkpoints?.failure).toBeNull();
    // Closed cleanly: one self-contained file, every entry in it.
    expect(existsSync(`${databasePath(dataDir)}-wal`)).toBe(false);
    const reopened = await Workspace.open(workspaceEnvironment(), dataDir);
    expect(reopened.ledger.reader.account(accountIds.retailerAwa)?.balances.balancePostedMinor).toBe(600_000);
    expect(reopened.ledger.verifier.verify('full').ok).toBe(true);
    reopened.close();
  });

  it('hands checkpoints back to the writer when stopped, so the log stays bounded', async () => {
    const dataDir = join(newTemporaryFolder(), 'ws');
    const workspace = await Workspace.create(workspaceEnvironment(), { dataDir, ...profile });
    expect(workspace.checkpointInBackground()).toBe(true);
    const checkpoints = workspace.checkpoints;
    checkpoints?.stop();
    expect(checkpoints?.running()).toBe(false);
    expect(workspace.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    workspace.close();
  });
});
