import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../../src/core/operatorSandbox/startOperatorSandbox';
import { Workspace } from '../../../src/core/workspace/workspace';
import { sandboxConnectionSettings, startOperatorWorld } from '../../support/operatorWorld';
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

    // Asked for one operator while the other's cycle runs: it waits for that cycle, then runs its own.
    const later = workspace.outbox.enqueue({
      id: uuidv7(),
      operatorId: 'orange-sn',
      kind: 'purchase',
      amountMinor: 1_000,
      requestedBy: 'test',
    });
    const running = workspace.sync.start('manual', { operatorId: 'sandbox', settleWithinMs: 300 });
    const asked = workspace.sync.start('manual', { operatorId: 'orange-sn', settleWithinMs: 2_000 });
    expect((await running).operatorId).toBe('sandbox');
    expect(await asked).toMatchObject({ operatorId: 'orange-sn', sent: 1, confirmed: 1 });
    expect(workspace.outbox.requireAction(later.id).state).toBe('confirmed');
  });
});

describe('a sync run with no operator named', () => {
  it('goes through every connected operator and adds their figures up', async () => {
    const world = await startOperatorWorld(newTemporaryFolder());
    const second = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 0, purchaseDelayMs: 20 });
    try {
      await world.call('operator.connect', {
        ...sandboxConnectionSettings(second),
        apiKey: undefined,
        id: 'orange-sn',
        name: 'Orange SN',
      });
      await world.call('operator.purchase', { id: uuidv7(), amountMinor: 10_000 });
      await world.call('operator.purchase', { id: uuidv7(), operatorId: 'orange-sn', amountMinor: 20_000 });
      const summary = await world.call('sync.run', { wait: true, settleWithinMs: 2_000 });
      expect(summary).toMatchObject({
        operatorId: 'sandbox,orange-sn',
        outcome: 'completed',
        sent: 2,
        confirmed: 2,
      });
      expect(world.sandbox.stats().wholesaleAvailableMinor).toBe(10_000);
      expect(second.stats().wholesaleAvailableMinor).toBe(20_000);
      const one = await world.call('sync.run', { wait: true, operatorId: 'orange-sn' });
      expect(one?.operatorId).toBe('orange-sn');

      // A retailer whose wallet is at the second operator is allocated from that operator's stock.
      second.addRetailer({
        partyId: 'FATOU',
        name: 'Fatou Cellulaire',
        msisdn: '221770000042',
        initialBalance: 0,
      });
      await world.call('operator.linkRetailer', {
        operatorId: 'orange-sn',
        partyId: 'FATOU',
        name: 'Fatou Cellulaire',
        msisdn: '221770000042',
      });
      await world.call('retailers.update', { code: 'FATOU', terms: 'postpaid', creditLimitMinor: 100_000 });
      const allocated = await world.call('allocations.create', {
        id: uuidv7(),
        retailerCode: 'FATOU',
        amountMinor: 5_000,
      });
      expect(allocated.allocation).toMatchObject({ operatorId: 'orange-sn', status: 'queued' });
      await world.call('sync.run', { wait: true, settleWithinMs: 2_000 });
      expect(second.stats().wholesaleAvailableMinor).toBe(15_000);
    } finally {
      await world.close();
      await second.close();
    }
  });
});
