import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { AccountStatement, AccountView, EntryView } from '../../../src/contract/ledgerSchemas';
import { Workspace } from '../../../src/core/workspace/workspace';
import { accountIds } from '../../support/ledgerFixture';
import { temporaryFolders } from '../../support/temporaryFolder';
import { workspaceEnvironment } from '../../support/testCore';

const newTemporaryFolder = temporaryFolders();

/**
 * A workspace written before migration 0004 (transfers naming accounts by text id), with what the
 * ledger said about it then: every account, every entry, a statement and an as-at balance. It holds
 * postings, a reversal, posted (for less), voided and expired pending entries, and a two-transfer entry.
 */
const fixtureFolder = join(__dirname, 'fixtures');
const before = JSON.parse(readFileSync(join(fixtureFolder, 'workspace-text-account-ids.json'), 'utf8')) as {
  nowMs: number;
  entriesChecked: number;
  transfersChecked: number;
  accounts: AccountView[];
  entries: EntryView[];
  statement: AccountStatement;
  wholesaleAsAt20261110: number;
};

async function openMigratedCopy() {
  const dataDir = newTemporaryFolder();
  copyFileSync(join(fixtureFolder, 'workspace-text-account-ids.db'), join(dataDir, 'airledger.db'));
  const now = { ms: before.nowMs };
  const workspace = await Workspace.open({ ...workspaceEnvironment(), now: () => new Date(now.ms) }, dataDir);
  return { workspace, now };
}

describe('migrating an existing ledger to integer account references', () => {
  it('keeps every account, entry, hash, statement and balance, and verifies clean', async () => {
    const { workspace } = await openMigratedCopy();
    const { ledger } = workspace;
    expect(ledger.verifier.verify('full')).toMatchObject({
      ok: true,
      entriesChecked: before.entriesChecked,
      transfersChecked: before.transfersChecked,
      violations: [],
    });
    // The same with the chain hashed on a worker thread over a read-only twin of the migrated file.
    expect(ledger.verifier.verify('full', { chainHashing: 'worker' })).toMatchObject({
      ok: true,
      entriesChecked: before.entriesChecked,
      violations: [],
    });
    expect(ledger.verifier.chainHashedOn).toBe('worker');
    expect(ledger.reader.accounts()).toEqual(before.accounts);
    for (const entry of before.entries) expect(ledger.reader.entry(entry.id)).toEqual(entry);
    const { account, from, to } = before.statement;
    expect(ledger.reader.statement(account.id, Date.parse(from), Date.parse(to))).toEqual(before.statement);
    expect(
      ledger.reader.balanceAsAt(
        { id: accountIds.wholesale, normalSide: 'debit' },
        Date.parse('2026-11-10T00:00:00Z'),
      ),
    ).toBe(before.wholesaleAsAt20261110);
    workspace.close();
  });

  it('takes new entries on the migrated chain, replays old ids, and keeps the triggers', async () => {
    const { workspace, now } = await openMigratedCopy();
    const { ledger } = workspace;
    const first = before.entries[0] as EntryView;
    now.ms += 60_000;
    const posted = ledger.writer.record({
      id: uuidv7(),
      kind: 'posting',
      code: 'allocation',
      transfers: [
        {
          debitAccountId: accountIds.retailerAwa,
          creditAccountId: accountIds.wholesale,
          amountMinor: 12_345,
          code: 'allocation',
        },
      ],
    });
    expect(posted.seq).toBe(before.entriesChecked + 1);
    const awaBefore = before.accounts.find((account) => account.id === accountIds.retailerAwa);
    expect(ledger.reader.account(accountIds.retailerAwa)?.balances.balancePostedMinor).toBe(
      (awaBefore?.balances.balancePostedMinor ?? 0) + 12_345,
    );
    expect(
      ledger.writer.record({
        id: first.id,
        kind: 'posting',
        code: 'purchase',
        transfers: [
          {
            debitAccountId: accountIds.wholesale,
            creditAccountId: accountIds.issuance,
            amountMinor: 10_000_000,
            code: 'purchase_credit',
            reference: { kind: 'purchase', id: 'PO-000001' },
          },
        ],
      }),
    ).toEqual({ id: first.id, seq: first.seq, replayed: true });
    expect(() => workspace.sqlite.prepare('UPDATE ledger_transfers SET amount_minor = 1').run()).toThrow(
      /immutable/,
    );
    expect(() => workspace.sqlite.prepare('DELETE FROM ledger_accounts').run()).toThrow(/never deleted/);
    expect(ledger.verifier.verify('full')).toMatchObject({
      ok: true,
      entriesChecked: before.entriesChecked + 1,
    });
    workspace.close();
  });
});
