import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operatorAccountIds } from '../../../src/core/operator/operatorLedgerAccounts';
import { reconcileOperator } from '../../../src/core/sync/reconciliation';
import { Workspace } from '../../../src/core/workspace/workspace';
import { SandboxTestClient } from '../../support/operatorSandboxClient';
import {
  newActionId,
  onboardRetailers,
  operatorId,
  startOperatorWorld,
  syncNow,
} from '../../support/operatorWorld';
import { seededRandom } from '../../support/seededRandom';
import { temporaryFolders } from '../../support/temporaryFolder';
import { workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
/** Replays another run with AIRLEDGER_CANCEL_SEED=N. */
const seed = Number(process.env.AIRLEDGER_CANCEL_SEED ?? 20261123);
const retailersCount = 6;
const allocationsCount = 300;
const cancelsCount = 3;
const purchaseMinor = 50_000_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface LocalAction {
  id: string;
  kind: string;
  state: string;
  client_reference: string;
  operator_action_id: string | null;
  amount_minor: number;
}

interface OperatorAction {
  id: string;
  status: string;
  clientReference?: string;
}

/** Every action the sandbox holds (transfers and top-ups), read over its own TMF API. */
async function operatorActions(client: SandboxTestClient): Promise<OperatorAction[]> {
  const all: OperatorAction[] = [];
  for (const resource of ['transferBalance', 'topupBalance']) {
    for (let offset = 0; ; offset += 5000) {
      const page = await client.tmf('GET', `/${resource}?offset=${offset}&limit=5000`);
      expect(page.status).toBe(200);
      const items = page.body as OperatorAction[];
      all.push(...items);
      if (items.length < 5000) break;
    }
  }
  return all;
}

describe('cancelling a sync cycle', () => {
  it(`cancelled ${cancelsCount} times at a random moment while ${allocationsCount} allocations drain: nothing lost, nothing sent twice, the ledger whole and reconciled`, {
    timeout: 120_000,
  }, async () => {
    const random = seededRandom(seed);
    const folder = newTemporaryFolder();
    const world = await startOperatorWorld(folder, {
      seed,
      purchaseDelayMs: 30,
      // Transfers complete well after they are sent, so a cycle that sent anything in its first 200 ms
      // is still settling when it is cancelled, whichever round it is.
      transferDelayMs: 400,
      topupDelayMs: 30,
    });
    try {
      // Through the core: retailers linked, stock bought and confirmed, then the allocations queued.
      const partyIds = await onboardRetailers(world, retailersCount);
      await world.call('operator.purchase', { id: newActionId(), amountMinor: purchaseMinor });
      expect(await syncNow(world, 5000)).toMatchObject({ outcome: 'completed', confirmed: 1, stillOpen: 0 });
      let allocatedMinor = 0;
      for (let index = 0; index < allocationsCount; index++) {
        const amountMinor = 100 * (1 + Math.floor(random() * 50));
        allocatedMinor += amountMinor;
        const partyId = partyIds[Math.floor(random() * partyIds.length)] as string;
        await world.call('operator.allocate', { id: newActionId(), partyId, amountMinor });
      }
      expect(allocatedMinor).toBeLessThan(purchaseMinor);
      await world.core.close();

      const client = await new SandboxTestClient(world.sandbox).authenticate();
      const workspace = await Workspace.open(workspaceEnvironment(), join(folder, 'workspace'));
      try {
        const localActions = () =>
          workspace.sqlite
            .prepare(
              'SELECT id, kind, state, client_reference, operator_action_id, amount_minor FROM operator_actions',
            )
            .all() as LocalAction[];

        for (let round = 0; round < cancelsCount; round++) {
          const cancelAfterMs = 20 + Math.floor(random() * 181);
          const run = workspace.sync.start('manual', { settleWithinMs: 5000 });
          await sleep(cancelAfterMs);
          await workspace.sync.cancel();
          const summary = await run;
          const context = `round ${round + 1}, cancelled after ${cancelAfterMs} ms (seed ${seed})`;
          expect(summary.outcome, context).toBe('cancelled');
          expect(summary.stillOpen, `${context}: cancelled mid-way, with work left`).toBeGreaterThan(0);
          expect(workspace.sync.running, context).toBeNull();

          const actions = localActions();
          expect(actions, context).toHaveLength(allocationsCount + 1);
          const byReference = new Map<string, OperatorAction[]>();
          for (const action of await operatorActions(client)) {
            const reference = action.clientReference ?? '';
            byReference.set(reference, [...(byReference.get(reference) ?? []), action]);
          }
          // Every action the operator holds is one of ours, under our current reference, exactly once.
          const ourReferences = new Set(actions.map((action) => action.client_reference));
          expect(
            [...byReference.keys()].filter((reference) => !ourReferences.has(reference)),
            context,
          ).toEqual([]);
          expect(world.sandbox.stats().referencesWithMoreThanOneAction, context).toBe(0);

          const states = new Map<string, number>();
          for (const action of actions) {
            states.set(action.state, (states.get(action.state) ?? 0) + 1);
            const atOperator = byReference.get(action.client_reference) ?? [];
            const where = `${context}: action ${action.id} (${action.state})`;
            switch (action.state) {
              // Claims not sent went back to the queue; every request that left had its answer applied.
              case 'sending':
                throw new Error(`${where} is still "sending" after the cycle stopped`);
              // Queued means its request never left (or a look-up found nothing): the operator has none.
              case 'queued':
                expect(atOperator, where).toEqual([]);
                break;
              // Cut off on the wire: the operator may or may not have it; the next cycle looks it up.
              case 'unknown':
                expect(atOperator.length, where).toBeLessThanOrEqual(1);
                break;
              // The operator said it has it: exactly that action.
              case 'awaiting':
              case 'confirmed':
                expect(
                  atOperator.map((found) => found.id),
                  where,
                ).toEqual([action.operator_action_id]);
                break;
              default:
                throw new Error(`${where}: unexpected state after a cancelled cycle`);
            }
          }
          expect(summary.stillOpen, context).toBe(allocationsCount + 1 - (states.get('confirmed') ?? 0));
          // Every reservation is held exactly once (none lost, none doubled), and what the ledger has
          // posted is exactly what was confirmed.
          const wholesale = workspace.ledger.reader.account(operatorAccountIds.wholesale(operatorId));
          const confirmedAllocationsMinor = actions
            .filter((action) => action.kind === 'allocation' && action.state === 'confirmed')
            .reduce((sum, action) => sum + action.amount_minor, 0);
          expect(wholesale?.balances, context).toMatchObject({
            balancePostedMinor: purchaseMinor - confirmedAllocationsMinor,
            balanceAvailableMinor: purchaseMinor - allocatedMinor,
          });
          // Whatever was cut off, the books still hold together.
          expect(workspace.ledger.verifier.verify('full').violations, context).toEqual([]);
        }

        // A full sync (a few cycles at most) without cancelling finishes everything.
        for (let cycle = 0; cycle < 10; cycle++) {
          const summary = await workspace.sync.start('manual', { settleWithinMs: 5000 });
          expect(summary.outcome).toBe('completed');
          if (summary.stillOpen === 0 && summary.balancesPulled === retailersCount + 1) break;
        }
        const actions = localActions();
        expect(actions.filter((action) => action.state !== 'confirmed')).toEqual([]);
        expect(actions).toHaveLength(allocationsCount + 1);
        const stats = world.sandbox.stats();
        expect(stats.referencesWithMoreThanOneAction).toBe(0);
        expect(stats.actions).toMatchObject({ TransferBalance: allocationsCount, TopupBalance: 1 });
        expect(stats.wholesaleAvailableMinor).toBe(purchaseMinor - allocatedMinor);
        expect(actions.reduce((sum, action) => sum + action.amount_minor, 0)).toBe(
          purchaseMinor + allocatedMinor,
        );
        for (const action of await operatorActions(client)) expect(action.status).toBe('completed');

        expect(workspace.ledger.verifier.verify('full').violations).toEqual([]);
        const buckets = reconcileOperator(workspace.sqlite, workspace.ledger, operatorId);
        expect(buckets).toHaveLength(retailersCount + 1);
        for (const bucket of buckets) {
          expect({
            bucket: bucket.bucketId,
            status: bucket.status,
            difference: bucket.differenceMinor,
          }).toEqual({
            bucket: bucket.bucketId,
            status: 'matched',
            difference: 0,
          });
        }
      } finally {
        await workspace.closeGracefully();
      }
    } finally {
      await world.close();
    }
  });
});
