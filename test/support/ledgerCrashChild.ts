/*
 * Child process of the crash test: posts entries in a loop on an existing workspace and prints
 * each committed entry id on its own line, until it is killed.
 */
import { Workspace } from '../../src/core/workspace/workspace';
import { accountIds, reserveAllocation } from './ledgerFixture';
import { workspaceEnvironment } from './testCore';

async function postUntilKilled(dataDir: string): Promise<never> {
  const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
  const { writer } = workspace.ledger;
  let counter = 0;
  const id = () => `crash-${process.pid}-${counter++}`;
  process.stdout.write('ready\n');

  // Rounds cycle by their own count (not the id counter, which a batch moves by 50), so a
  // purchase batch comes every fourth round and wholesale stock never runs dry however long
  // the child lives before the kill.
  for (let rounds = 0; ; rounds += 1) {
    const round = rounds % 4;
    if (round === 0) {
      // A batch: killed mid-way, all of it or none of it must be there.
      const requests = Array.from({ length: 50 }, () => ({
        id: id(),
        kind: 'posting' as const,
        code: 'purchase',
        transfers: [
          {
            debitAccountId: accountIds.wholesale,
            creditAccountId: accountIds.issuance,
            amountMinor: 100,
            code: 'purchase',
          },
        ],
      }));
      const results = writer.recordBatch(requests);
      process.stdout.write(
        `${requests
          .filter((_, index) => results[index]?.ok)
          .map((request) => request.id)
          .join('\n')}\n`,
      );
    } else if (round === 1) {
      const pending = reserveAllocation(workspace.ledger, accountIds.retailerAwa, 30, 600_000, id());
      process.stdout.write(`${pending.id}\n`);
      const posted = writer.record({
        id: id(),
        kind: 'post_pending',
        pendingEntryId: pending.id,
        amountsMinor: [20],
      });
      process.stdout.write(`${posted.id}\n`);
    } else {
      const allocation = writer.record({
        id: id(),
        kind: 'posting',
        code: 'allocation',
        transfers: [
          {
            debitAccountId: accountIds.retailerBoubacar,
            creditAccountId: accountIds.wholesale,
            amountMinor: 10,
            code: 'allocation',
          },
        ],
      });
      process.stdout.write(`${allocation.id}\n`);
      if (round === 3) {
        const reversal = writer.record({ id: id(), kind: 'reversal', reversesEntryId: allocation.id });
        process.stdout.write(`${reversal.id}\n`);
      }
    }
  }
}

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: ledgerCrashChild <dataDir>');
void postUntilKilled(dataDir);
