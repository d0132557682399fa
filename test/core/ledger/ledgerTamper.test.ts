import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/core/workspace/workspace';
import { editBehindTheAppsBack } from '../../support/editBehindTheAppsBack';
import { accountIds, allocate, openChartedWorkspace, purchase } from '../../support/ledgerFixture';
import { temporaryFolders } from '../../support/temporaryFolder';
import { workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();

/** Books with ten entries; returns the ids in order and the workspace folder, closed. */
async function closedBooks() {
  const folder = newTemporaryFolder();
  const { workspace, ledger, clock } = await openChartedWorkspace(folder);
  const ids = [purchase(ledger, 100_000).id];
  for (let i = 0; i < 9; i += 1) {
    clock.advance(1_000);
    ids.push(
      allocate(ledger, i % 2 === 0 ? accountIds.retailerAwa : accountIds.retailerBoubacar, 1_000 + i).id,
    );
  }
  expect(ledger.verifier.verify('full')).toMatchObject({
    ok: true,
    entriesChecked: 10,
    transfersChecked: 10,
  });
  workspace.close();
  return { dataDir: join(folder, 'ws'), ids };
}

/**
 * Verifies the workspace again. A full verify runs three times: the chain hashed on the calling
 * thread, on a worker thread over a read-only twin of the file, and shared between the two (on
 * small books the calling thread often takes every chunk before the worker starts); all three
 * must report exactly the same.
 */
async function verifyAgain(dataDir: string, mode: 'full' | 'quick' = 'full') {
  const workspace = await Workspace.open(workspaceEnvironment(), dataDir);
  const { verifier } = workspace.ledger;
  const report = verifier.verify(mode, { chainHashing: 'inline' });
  if (mode === 'full') {
    const { checkedAt: _a, durationMs: _b, ...inline } = report;
    for (const chainHashing of ['worker', 'shared'] as const) {
      const { checkedAt: _c, durationMs: _d, ...other } = verifier.verify(mode, { chainHashing });
      if (chainHashing === 'worker') expect(verifier.chainHashedOn).toBe('worker');
      expect(other, chainHashing).toEqual(inline);
    }
  }
  workspace.close();
  return report;
}

describe('verify catches edits made behind the application', () => {
  it('an amount edited after dropping the trigger: verify names the entry', async () => {
    const { dataDir, ids } = await closedBooks();
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER ledger_transfers_refuse_update;
       UPDATE ledger_transfers SET amount_minor = amount_minor + 1 WHERE seq = 5;`,
    );
    const report = await verifyAgain(dataDir);
    expect(report.ok).toBe(false);
    const chain = report.violations.filter((violation) => violation.check === 'hash_chain');
    expect(chain).toEqual([
      expect.objectContaining({
        entryId: ids[4],
        message: expect.stringContaining(`entry ${ids[4]} was changed`),
      }),
    ]);
    expect(
      report.violations.some(
        (violation) => violation.check === 'running_balances' && violation.entryId === ids[4],
      ),
    ).toBe(true);
    // The quick check at start sees it too: the edit is among the newest entries.
    expect((await verifyAgain(dataDir, 'quick')).violations.map((violation) => violation.entryId)).toContain(
      ids[4],
    );
  });

  it('a stored account balance edited directly: verify names the account and the broken totals', async () => {
    const { dataDir } = await closedBooks();
    editBehindTheAppsBack(
      dataDir,
      `UPDATE ledger_accounts SET debits_posted_minor = debits_posted_minor + 50000 WHERE id = '${accountIds.retailerAwa}';`,
    );
    const report = await verifyAgain(dataDir);
    expect(report.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'account_balances', accountId: accountIds.retailerAwa }),
        expect.objectContaining({
          check: 'debits_equal_credits',
          message: expect.stringContaining('AIRTIME-MTN-CI'),
        }),
      ]),
    );
  });

  it('the newest entry deleted: its effect is still in the account totals, and verify says so', async () => {
    const { dataDir, ids } = await closedBooks();
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER ledger_entries_refuse_delete; DROP TRIGGER ledger_transfers_refuse_delete;
       DELETE FROM ledger_transfers WHERE seq = 10; DELETE FROM ledger_entries WHERE seq = 10;`,
    );
    const report = await verifyAgain(dataDir);
    expect(report.entriesChecked).toBe(9);
    expect(report.violations.map((violation) => violation.check)).toContain('account_balances');
    expect(ids).toHaveLength(10);
  });

  it('an entry removed from the middle breaks the chain at the next one', async () => {
    const { dataDir, ids } = await closedBooks();
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER ledger_entries_refuse_delete; DROP TRIGGER ledger_transfers_refuse_delete;
       DELETE FROM ledger_transfers WHERE seq = 3; DELETE FROM ledger_entries WHERE seq = 3;`,
    );
    const report = await verifyAgain(dataDir);
    expect(report.violations).toEqual(
      expect.arrayContaining([expect.objectContaining({ check: 'hash_chain', entryId: ids[3] })]),
    );
  });

  it('a ledger left alone verifies clean, in both modes', async () => {
    const { dataDir } = await closedBooks();
    expect(await verifyAgain(dataDir, 'full')).toMatchObject({
      ok: true,
      violations: [],
      violationsOmitted: 0,
    });
    expect(await verifyAgain(dataDir, 'quick')).toMatchObject({ ok: true, entriesChecked: 10 });
  });

  it('on books of many chunks, the chain hashed on a worker or shared with it names the same entries, in order', async () => {
    const folder = newTemporaryFolder();
    const { workspace, ledger } = await openChartedWorkspace(folder);
    purchase(ledger, 100_000_000);
    const entries = 12_000; // more than two chunks of 5,000 entries
    for (let done = 0; done < entries; done += 1000) {
      const results = ledger.writer.recordBatch(
        Array.from({ length: 1000 }, (_, k) => ({
          id: uuidv7(),
          kind: 'posting' as const,
          code: 'allocation',
          description: k % 7 === 0 ? 'allocation "quoted", \\ and \u0001 and é' : undefined,
          transfers: [
            {
              debitAccountId: accountIds.retailerAwa,
              creditAccountId: accountIds.wholesale,
              amountMinor: 1 + ((done + k) % 50),
              code: 'allocation',
              reference: { kind: 'allocation', id: `AL-${done + k}` },
            },
          ],
        })),
      );
      expect(results.every((result) => result.ok)).toBe(true);
    }
    workspace.close();
    const dataDir = join(folder, 'ws');
    // Edits in the first, a middle and the last chunk.
    editBehindTheAppsBack(
      dataDir,
      `DROP TRIGGER ledger_transfers_refuse_update; DROP TRIGGER ledger_entries_refuse_update;
       UPDATE ledger_transfers SET amount_minor = amount_minor + 1 WHERE seq IN (3, 7001);
       UPDATE ledger_entries SET description = 'edited' WHERE seq = 11999;`,
    );
    const report = await verifyAgain(dataDir);
    const changed = report.violations.filter((violation) => violation.check === 'hash_chain');
    expect(changed).toHaveLength(3);
    expect(report.entriesChecked).toBe(entries + 1);
  });
});
