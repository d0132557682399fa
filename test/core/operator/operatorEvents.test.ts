import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../../src/core/operatorSandbox/startOperatorSandbox';
import { Workspace } from '../../../src/core/workspace/workspace';
import { SandboxTestClient } from '../../support/operatorSandboxClient';
import { sandboxConnectionSettings } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import { workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const opened: Array<{ workspace: Workspace; sandbox: OperatorSandbox }> = [];
afterEach(async () => {
  for (const { workspace, sandbox } of opened.splice(0)) {
    await workspace.closeGracefully();
    await sandbox.close();
  }
});

describe("the operator's events", () => {
  it('an action cancelled at the operator is seen here at once through its event, without waiting for a sync', async () => {
    const sandbox = await startOperatorSandbox({
      port: 0,
      wholesaleInitialBalance: 0,
      purchaseDelayMs: 60_000,
    });
    const workspace = await Workspace.create(workspaceEnvironment(), {
      dataDir: join(newTemporaryFolder(), 'ws'),
      distributorName: 'Sahel Airtime',
      baseCurrency: 'XOF',
    });
    opened.push({ workspace, sandbox });
    workspace.operators.save(sandboxConnectionSettings(sandbox));
    const purchase = workspace.outbox.enqueue({
      id: uuidv7(),
      operatorId: 'sandbox',
      kind: 'purchase',
      amountMinor: 75_000,
      requestedBy: 'test',
    });
    await workspace.sync.start('manual');
    const sent = workspace.outbox.requireAction(purchase.id);
    expect(sent.state).toBe('awaiting');
    const callback = await workspace.sync.listenForEvents();
    expect(callback).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/operator-events\/[0-9a-f]{32}$/);

    // Someone cancels the purchase at the operator. No sync is scheduled: only the event can tell us.
    const operator = await new SandboxTestClient(sandbox).authenticate();
    const cancelled = await operator.tmf('PATCH', `/topupBalance/${sent.operator_action_id}`, {
      status: 'cancelled',
    });
    expect(cancelled.status).toBe(200);
    await expect
      .poll(() => workspace.outbox.requireAction(purchase.id).state, { timeout: 5_000, interval: 50 })
      .toBe('cancelled');
    const final = workspace.outbox.requireAction(purchase.id);
    expect(final.operator_status).toBe('cancelled');
    expect(workspace.ledger.reader.entry(final.pending_entry_id)?.resolvedBy?.kind).toBe('void_pending');

    // A forged or unknown event only makes the sync look: it changes nothing by itself.
    const forged = await fetch(callback, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        eventId: 'forged',
        eventTime: new Date().toISOString(),
        eventType: 'TopupBalanceCreateEvent',
        event: { topupBalance: { id: 'TB-999', status: 'completed' } },
      }),
    });
    expect(forged.status).toBe(204);
    expect(workspace.outbox.requireAction(purchase.id).state).toBe('cancelled');
    const wrongPath = await fetch(callback.replace(/[0-9a-f]{32}$/, '0'.repeat(32)), {
      method: 'POST',
      body: '{}',
    });
    expect(wrongPath.status).toBe(404);
  });
});
