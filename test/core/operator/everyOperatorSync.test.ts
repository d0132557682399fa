import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../../src/core/operatorSandbox/startOperatorSandbox';
import { Workspace } from '../../../src/core/workspace/workspace';
import { sandboxConnectionSettings } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import { workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const opened: Array<{ workspace: Workspace; sandboxes: OperatorSandbox[] }> = [];
afterEach(async () => {
  for (const { workspace, sandboxes } of opened.splice(0)) {
    await workspace.closeGracefully();
    for (const sandbox of sandboxes) await sandbox.close();
  }
});

describe('the scheduled sync', () => {
  it("sends every connected operator's queue, not only the first operator's", async () => {
    const first = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 0, purchaseDelayMs: 20 });
    const second = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 0, purchaseDelayMs: 20 });
    const workspace = await Workspace.create(workspaceEnvironment(), {
      dataDir: join(newTemporaryFolder(), 'ws'),
      distributorName: 'Sahel Airtime',
      baseCurrency: 'XOF',
    });
    opened.push({ workspace, sandboxes: [first, second] });
    workspace.operators.save(sandboxConnectionSettings(first));
    workspace.operators.save({ ...sandboxConnectionSettings(second), id: 'orange-sn', name: 'Orange SN' });
    expect(workspace.operators.all().map((connection) => connection.id)).toEqual(['sandbox', 'orange-sn']);
    const purchases = ['sandbox', 'orange-sn'].map((operatorId) =>
      workspace.outbox.enqueue({
        id: uuidv7(),
        operatorId,
        kind: 'purchase',
        amountMinor: 50_000,
        requestedBy: 'test',
      }),
    );

    workspace.sync.schedule(100);
    await expect
      .poll(() => purchases.map((purchase) => workspace.outbox.requireAction(purchase.id).state), {
        timeout: 15_000,
        interval: 100,
      })
      .toEqual(['confirmed', 'confirmed']);
    workspace.sync.schedule(null);
    expect(first.stats().actions.TopupBalance).toBe(1);
    expect(second.stats().actions.TopupBalance).toBe(1);
  });
});
