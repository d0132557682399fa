import type { OperatorSandbox } from '../../src/core/operatorSandbox/startOperatorSandbox';
import { SandboxTestClient } from './operatorSandboxClient';

/**
 * Another system takes `amount` out of the distributor's wholesale bucket at the operator (a
 * transfer to a wallet that is not ours), so the operator is shorter than our ledger believes.
 */
export async function drainWholesaleBehindOurBack(sandbox: OperatorSandbox, amount: number): Promise<void> {
  sandbox.addRetailer({ partyId: 'R-OTHER', name: 'Not ours', msisdn: '22507999999999', initialBalance: 0 });
  const client = await new SandboxTestClient(sandbox).authenticate();
  const transfer = await client.tmf('POST', '/transferBalance', {
    amount: { amount, units: sandbox.units },
    usageType: 'monetary',
    bucket: { id: 'BKT-WHOLESALE' },
    receiverBucket: { id: 'BKT-R-OTHER' },
    receiverBucketUsageType: 'monetary',
    receiverLogicalResource: { id: '22507999999999' },
    logicalResource: [],
    channel: { id: 'elsewhere' },
    reason: 'a transfer made outside Airledger',
  });
  if (transfer.status !== 201) throw new Error(`the drain transfer was refused: ${transfer.status}`);
  sandbox.settle();
}
