import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import {
  distributorPartyAccountId,
  distributorPartyId,
  wholesaleBucketId,
} from '../../../src/core/operator/tmf654';
import { startOperatorSandbox } from '../../../src/core/operatorSandbox/startOperatorSandbox';
import { Workspace } from '../../../src/core/workspace/workspace';
import { seededRandom } from '../../support/seededRandom';
import { temporaryFolders } from '../../support/temporaryFolder';
import { administrator, createTestCore, repositoryRoot, workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const childScript = join(repositoryRoot, 'test', 'support', 'syncWorkerChild.ts');
/** Replays another run with AIRLEDGER_FAULT_SEED=N. */
const seed = Number(process.env.AIRLEDGER_FAULT_SEED ?? 20261122);
const retailersCount = 12;
const allocationsCount = 1600;
const topupsCount = 400;
const killsCount = 8;
const faults = {
  latencyMs: 15,
  latencyProbability: 0.1,
  timeout: 0.03,
  drop: 0.03,
  errorBefore: 0.03,
  errorAfter: 0.03,
  conflict: 0.02,
  duplicateEvent: 0.05,
};

/** Starts sync workers in child processes and kills them all with SIGKILL after `afterMs`. */
function runWorkersAndKill(dataDir: string, workers: number, afterMs: number): Promise<void> {
  const runs = Array.from(
    { length: workers },
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], {
          cwd: repositoryRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let errors = '';
        let started = false;
        child.stdout.on('data', (chunk: Buffer) => {
          if (!started && chunk.toString().includes('ready\n')) {
            started = true;
            setTimeout(() => child.kill('SIGKILL'), afterMs);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => {
          errors += chunk.toString();
        });
        child.on('exit', (_code, signal) =>
          signal === 'SIGKILL' ? resolve() : reject(new Error(`a sync worker stopped by itself: ${errors}`)),
        );
        setTimeout(() => child.kill('SIGKILL'), 60_000);
      }),
  );
  return Promise.all(runs).then(() => undefined);
}

describe('sync under faults and crashes', () => {
  it(`${allocationsCount + topupsCount} actions through dropped answers, timeouts, 5xx, 409s and killed workers: no duplicate at the operator, all resolved, reconciled to the unit`, {
    timeout: 300_000,
  }, async () => {
    const random = seededRandom(seed);
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'workspace');
    const sandbox = await startOperatorSandbox({
      port: 0,
      seed,
      wholesaleInitialBalance: 0,
      purchaseDelayMs: 30,
      transferDelayMs: 30,
      topupDelayMs: 30,
      timeoutHoldMs: 1500,
    });
    try {
      // Setting up: a connected workspace, retailers linked, stock bought, then every action queued.
      const core = createTestCore(dataDir);
      const call = async (name: string, input: unknown) => {
        const result = await core.call(name, input, administrator);
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        return result.value as Record<string, unknown>;
      };
      await call('workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
      await call('operator.connect', {
        id: 'sandbox',
        name: 'Sandbox Telecom',
        baseUrl: sandbox.tmfBaseUrl,
        tokenUrl: sandbox.tokenUrl,
        clientId: sandbox.clientId,
        clientSecret: sandbox.clientSecret,
        requestTimeoutMs: 500,
        distributorPartyId,
        partyAccountId: distributorPartyAccountId,
        wholesaleBucketId,
        units: sandbox.units,
        scale: sandbox.scale,
      });
      const partyIds = Array.from(
        { length: retailersCount },
        (_, index) => `R-${String(index + 1).padStart(4, '0')}`,
      );
      for (const [index, partyId] of partyIds.entries()) {
        const msisdn = `22507${String(index + 1).padStart(8, '0')}`;
        sandbox.addRetailer({ partyId, name: `Retailer ${index + 1}`, msisdn, initialBalance: 0 });
        await call('operator.linkRetailer', { partyId, name: `Retailer ${index + 1}`, msisdn });
        await call('retailers.update', { code: partyId, terms: 'postpaid', creditLimitMinor: 10 ** 13 });
      }
      await call('operator.purchase', { id: uuidv7(), amountMinor: 100_000_000 });
      await call('sync.run', { wait: true, settleWithinMs: 5000 });
      let queuedMinor = 0;
      for (let index = 0; index < allocationsCount + topupsCount; index++) {
        const amountMinor = 100 * (1 + Math.floor(random() * 50));
        queuedMinor += amountMinor;
        if (index < allocationsCount) {
          const partyId = partyIds[Math.floor(random() * partyIds.length)] as string;
          await call('operator.allocate', { id: uuidv7(), partyId, amountMinor });
        } else {
          const msisdn = `2250799${String(Math.floor(random() * 100_000)).padStart(6, '0')}`;
          // Random lines and amounts may repeat: the clerk's double-entry guard is not under test here.
          await call('operator.topup', { id: uuidv7(), msisdn, amountMinor, confirmDuplicate: true });
        }
      }
      expect(queuedMinor).toBeLessThan(100_000_000);
      await core.close();

      // The storm: every fault kind at a few percent, workers (two at a time) killed at random.
      sandbox.setFaults(faults);
      for (let kill = 0; kill < killsCount; kill++) {
        await runWorkersAndKill(dataDir, 2, 300 + Math.floor(random() * 1500));
      }

      // The calm: faults off, one final sync (a few cycles if needed) in this process.
      sandbox.setFaults({});
      const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
      try {
        for (let cycle = 0; cycle < 10; cycle++) {
          const summary = await workspace.sync.start('manual', { settleWithinMs: 5000 });
          // Done when nothing is open and every wallet's balance was read after the last movement.
          if (summary.stillOpen === 0 && summary.balancesPulled === retailersCount + 1) break;
        }
        const actions = workspace.sqlite
          .prepare('SELECT id, state, client_reference, amount_minor FROM operator_actions')
          .all() as Array<{ id: string; state: string; client_reference: string; amount_minor: number }>;
        expect(actions).toHaveLength(allocationsCount + topupsCount + 1);
        const byState = new Map<string, number>();
        for (const action of actions) byState.set(action.state, (byState.get(action.state) ?? 0) + 1);
        // Every local action resolved: the stock was ample, so each one was confirmed.
        expect(Object.fromEntries(byState)).toEqual({ confirmed: allocationsCount + topupsCount + 1 });

        // Zero duplicate operator actions, and every confirmation is one real action at the operator.
        const stats = sandbox.stats();
        expect(stats.referencesWithMoreThanOneAction).toBe(0);
        expect(stats.actions.TransferBalance).toBe(allocationsCount);
        expect(stats.actions.TopupBalance).toBe(topupsCount + 1);
        const confirmedMinor = actions.reduce((sum, action) => sum + action.amount_minor, 0);
        expect(confirmedMinor).toBe(queuedMinor + 100_000_000);

        // The ledger is whole and agrees with the operator to the minor unit, bucket by bucket.
        const verify = workspace.ledger.verifier.verify('full');
        expect(verify.violations).toEqual([]);
        const { reconcileOperator } = await import('../../../src/core/sync/reconciliation');
        const buckets = reconcileOperator(workspace.sqlite, workspace.ledger, 'sandbox');
        expect(buckets).toHaveLength(retailersCount + 1);
        for (const bucket of buckets) {
          expect({ bucket: bucket.bucketId, difference: bucket.differenceMinor }).toEqual({
            bucket: bucket.bucketId,
            difference: 0,
          });
        }
      } finally {
        await workspace.closeGracefully();
      }
    } finally {
      await sandbox.close();
    }
  });
});
