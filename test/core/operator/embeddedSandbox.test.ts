import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/contract/operations';
import type { AirledgerCore } from '../../../src/core/app/airledgerCore';
import { embeddedSandboxStateFile } from '../../../src/core/operator/embeddedSandbox';
import { operatorAccountIds } from '../../../src/core/operator/operatorLedgerAccounts';
import { newActionId } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';
import { administrator, createTestCore } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();
const cores: AirledgerCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

function caller(core: AirledgerCore) {
  return async <N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> => {
    const result = await core.call(name, input, administrator);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as OperationOutput<N>;
  };
}

async function posted(call: ReturnType<typeof caller>, accountId: string): Promise<number> {
  const account = (await call('ledger.accounts', {})).find((candidate) => candidate.id === accountId);
  return account?.balances.balancePostedMinor ?? Number.NaN;
}

describe('the demo operator inside the app', () => {
  it('connects a first run to a stocked sandbox, and the same sandbox comes back when the workspace reopens', async () => {
    const dataDir = join(newTemporaryFolder(), 'workspace');
    const first = createTestCore(dataDir);
    cores.push(first);
    const call = caller(first);
    await call('workspace.create', { distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
    const connected = await call('operator.connectSandbox', {});
    expect(connected.connection).toMatchObject({ id: 'sandbox', units: 'XOF', scale: 0 });
    expect(connected.test?.wholesaleBalanceMinor).toBe(5_000_000);
    const wholesale = operatorAccountIds.wholesale('sandbox');
    expect(await posted(call, wholesale)).toBe(5_000_000);
    const wallets = await call('operator.wallets', {});
    expect(wallets.filter((wallet) => wallet.role === 'retailer').map((wallet) => wallet.partyId)).toEqual([
      'R-0001',
      'R-0002',
      'R-0003',
    ]);
    expect(await posted(call, operatorAccountIds.retailerStock('sandbox', 'R-0002'))).toBe(200_000);

    await call('operator.purchase', { id: newActionId(), amountMinor: 1_000_000 });
    const firstSync = await call('sync.run', { wait: true, settleWithinMs: 10_000 });
    expect(firstSync).toMatchObject({ outcome: 'completed', confirmed: 1, stillOpen: 0 });
    const before = (await call('operator.connection', {}))?.baseUrl;
    await first.close();
    expect(existsSync(join(dataDir, embeddedSandboxStateFile))).toBe(true); // saved as the app closed

    const second = createTestCore(dataDir);
    cores.push(second);
    const again = caller(second);
    await again('workspace.open', {});
    const after = (await again('operator.connection', {}))?.baseUrl;
    expect(after).not.toBe(before); // a new port, the connection follows it
    await again('operator.allocate', { id: newActionId(), partyId: 'R-0001', amountMinor: 300_000 });
    const secondSync = await again('sync.run', { wait: true, settleWithinMs: 10_000 });
    expect(secondSync).toMatchObject({ outcome: 'completed', confirmed: 1, stillOpen: 0 });
    expect(await posted(again, wholesale)).toBe(5_700_000);
    // The sandbox kept its state: its wholesale bucket holds what the books say.
    const report = await again('reconciliation.report', {});
    expect(report.buckets.find((bucket) => bucket.role === 'wholesale')).toMatchObject({
      operatorTotalMinor: 5_700_000,
      differenceMinor: 0,
    });
  });

  it('counts the demo airtime in the workspace currency, at its scale', async () => {
    const first = createTestCore(join(newTemporaryFolder(), 'workspace'));
    cores.push(first);
    const call = caller(first);
    await call('workspace.create', { distributorName: 'Lagos Airtime', baseCurrency: 'NGN' });
    const connected = await call('operator.connectSandbox', {});
    expect(connected.connection).toMatchObject({ units: 'NGN', scale: 2 });
    expect(connected.test?.wholesaleBalanceMinor).toBe(500_000_000); // 5,000,000.00 NGN
    await call('operator.allocate', { id: newActionId(), partyId: 'R-0001', amountMinor: 12_345 });
    const summary = await call('sync.run', { wait: true, settleWithinMs: 10_000 });
    expect(summary).toMatchObject({ outcome: 'completed', confirmed: 1 });
    expect(await posted(call, operatorAccountIds.wholesale('sandbox'))).toBe(500_000_000 - 12_345);
  });
});
