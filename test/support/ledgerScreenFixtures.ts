import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { accountIds, openChartedWorkspace, purchase } from './ledgerFixture';

/** Allocations written per transaction while seeding a busy account. */
const seedBatchSize = 1_000;

/**
 * A retailer with more movements than one statement lists: `allocationCount` allocations of one
 * unit each to Boubacar (STOCK-R002), a minute apart per batch, from 2026-11-02T08:00Z.
 * Returns the workspace folder, closed.
 */
export async function seedBusyRetailer(folder: string, allocationCount: number): Promise<string> {
  const { workspace, ledger, clock } = await openChartedWorkspace(folder);
  purchase(ledger, allocationCount);
  for (let written = 0; written < allocationCount; written += seedBatchSize) {
    clock.advance(60_000);
    const results = ledger.writer.recordBatch(
      Array.from({ length: Math.min(seedBatchSize, allocationCount - written) }, () => ({
        id: uuidv7(),
        kind: 'posting' as const,
        code: 'allocation',
        transfers: [
          {
            debitAccountId: accountIds.retailerBoubacar,
            creditAccountId: accountIds.wholesale,
            amountMinor: 1,
            code: 'allocation',
          },
        ],
      })),
    );
    const refused = results.find((result) => !result.ok);
    if (refused !== undefined && !refused.ok) throw refused.error;
  }
  workspace.close();
  return join(folder, 'ws');
}
