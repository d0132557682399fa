import type Database from 'better-sqlite3';
import type { LedgerVerifyReport, LedgerViolation } from '../../contract/ledgerSchemas';
import { type AccountState, applyTransferEffect, ruleDescription, rulesBrokenNow } from './accountState';
import { entryHash, genesisHash } from './entryHash';
import {
  type AccountRow,
  accountStateOf,
  type EntryRow,
  hashedEntryOf,
  type StoredTransferRow,
  transferTuple,
} from './ledgerRows';

/** The report lists this many violations; the rest are counted. */
export const violationsListedMax = 1000;
/** The quick check at start re-hashes this many of the newest entries. */
export const quickChainEntries = 1000;

/** Entries read per query while verifying: bounded memory, few round trips. */
const verifyChunkEntries = 10_000;

/**
 * Entries in chain order from `fromSeq`, each with the transfers its range names, read in chunks
 * of plain rowid ranges (no join). Transfers that no entry names are left for the count check.
 */
function* entriesWithTransfers(
  sqlite: Database.Database,
  fromSeq: number,
): Generator<[EntryRow, StoredTransferRow[]]> {
  const entriesFrom = sqlite.prepare('SELECT * FROM ledger_entries WHERE seq >= ? ORDER BY seq LIMIT ?');
  const transfersBetween = sqlite.prepare(
    'SELECT * FROM ledger_transfers WHERE seq BETWEEN ? AND ? ORDER BY seq',
  );
  let nextSeq = fromSeq;
  for (;;) {
    const entries = entriesFrom.all(nextSeq, verifyChunkEntries) as EntryRow[];
    const last = entries.at(-1);
    if (last === undefined) return;
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (const entry of entries) {
      low = Math.min(low, entry.transfer_seq_first);
      high = Math.max(high, entry.transfer_seq_first + entry.transfer_count - 1);
    }
    const bySeq = new Map<number, StoredTransferRow>();
    for (const row of transfersBetween.all(low, high) as StoredTransferRow[]) bySeq.set(row.seq, row);
    for (const entry of entries) {
      const transfers: StoredTransferRow[] = [];
      for (
        let seq = entry.transfer_seq_first;
        seq < entry.transfer_seq_first + entry.transfer_count;
        seq += 1
      ) {
        const row = bySeq.get(seq);
        if (row !== undefined) transfers.push(row);
      }
      yield [entry, transfers];
    }
    nextSeq = last.seq + 1;
  }
}

/**
 * Re-checks the ledger from its rows, trusting nothing the writer stored: the hash chain, each
 * entry's shape, every account's totals and running balances recomputed from its transfers,
 * debits = credits per asset, every balance rule, and that each pending entry resolved at most once.
 */
export class LedgerVerifier {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  verify(mode: 'full' | 'quick'): LedgerVerifyReport {
    const startedMs = performance.now();
    const violations = new ViolationList();
    const accountRows = this.sqlite.prepare('SELECT * FROM ledger_accounts').all() as AccountRow[];
    const accountIds = new Map(accountRows.map((row) => [row.seq, row.id]));
    let counts = { entries: 0, transfers: 0 };
    if (mode === 'full') {
      counts = this.replayEverything(accountRows, accountIds, violations);
    } else {
      counts = this.checkChainTail(accountIds, violations);
    }
    this.checkStoredTotals(accountRows, violations);
    this.checkReversals(violations);
    return {
      mode,
      checkedAt: new Date(this.clock()).toISOString(),
      durationMs: Math.round(performance.now() - startedMs),
      entriesChecked: counts.entries,
      transfersChecked: counts.transfers,
      accountsChecked: accountRows.length,
      ok: violations.count === 0,
      violations: violations.listed,
      violationsOmitted: violations.count - violations.listed.length,
    };
  }

  /** Walks every entry in chain order, recomputing hashes and every account's totals. */
  private replayEverything(
    accountRows: AccountRow[],
    accountIds: ReadonlyMap<number, string>,
    violations: ViolationList,
  ) {
    const recomputed = new Map<number, AccountState>();
    for (const row of accountRows) {
      recomputed.set(row.seq, {
        ...accountStateOf(row),
        debitsPending: 0,
        debitsPosted: 0,
        creditsPending: 0,
        creditsPosted: 0,
      });
    }
    const openPending = new Map<string, Array<{ debit: number; credit: number; amount: number }>>();
    const replay = {
      previousHash: genesisHash,
      previousSeq: 0,
      previousRecordedAt: 0,
      nextTransferSeq: 1,
      entries: 0,
      transfers: 0,
    };

    const finishEntry = (entry: EntryRow, transfers: StoredTransferRow[]) => {
      replay.entries += 1;
      replay.transfers += transfers.length;
      if (entry.seq !== replay.previousSeq + 1) {
        violations.add(
          'hash_chain',
          entry.id,
          null,
          `entries ${replay.previousSeq + 1} to ${entry.seq - 1} are missing before entry ${entry.id}`,
        );
      }
      const expected = entryHash(
        replay.previousHash,
        hashedEntryOf(entry),
        transfers.map((transfer) => transferTuple(transfer, accountIds)),
      );
      if (expected !== entry.hash) {
        violations.add(
          'hash_chain',
          entry.id,
          null,
          `entry ${entry.id} was changed after it was written (its hash does not match its content)`,
        );
      }
      if (entry.recorded_at < replay.previousRecordedAt) {
        violations.add(
          'entry_shape',
          entry.id,
          null,
          `entry ${entry.id} is recorded before the entry preceding it`,
        );
      }
      if (transfers.length !== entry.transfer_count || entry.transfer_seq_first !== replay.nextTransferSeq) {
        violations.add(
          'entry_shape',
          entry.id,
          null,
          `entry ${entry.id} lists ${entry.transfer_count} transfers from #${entry.transfer_seq_first}; found ${transfers.length} from #${transfers[0]?.seq ?? '-'}`,
        );
      }
      replay.previousHash = entry.hash;
      replay.previousSeq = entry.seq;
      replay.previousRecordedAt = entry.recorded_at;
      replay.nextTransferSeq = entry.transfer_seq_first + entry.transfer_count;

      const released = this.resolution(entry, transfers, openPending, violations);
      transfers.forEach((transfer, index) => {
        const debit = recomputed.get(transfer.debit_account_seq);
        const credit = recomputed.get(transfer.credit_account_seq);
        if (debit === undefined || credit === undefined) {
          violations.add(
            'entry_shape',
            entry.id,
            null,
            `entry ${entry.id} moves account #${debit === undefined ? transfer.debit_account_seq : transfer.credit_account_seq}, which is not an account`,
          );
          return;
        }
        if (
          transfer.entry_seq !== entry.seq ||
          transfer.kind !== entry.kind ||
          transfer.recorded_at !== entry.recorded_at
        ) {
          violations.add(
            'entry_shape',
            entry.id,
            null,
            `transfer #${transfer.seq} does not belong to entry ${entry.id} as stored`,
          );
        }
        if (debit.assetCode !== transfer.asset_code || credit.assetCode !== transfer.asset_code) {
          violations.add(
            'debits_equal_credits',
            entry.id,
            null,
            `transfer #${transfer.seq} of entry ${entry.id} moves ${transfer.asset_code} between accounts of other assets`,
          );
        }
        if (!Number.isSafeInteger(transfer.amount_minor) || transfer.amount_minor <= 0) {
          violations.add(
            'entry_shape',
            entry.id,
            null,
            `transfer #${transfer.seq} of entry ${entry.id} has an impossible amount`,
          );
        }
        applyTransferEffect(entry.kind, transfer.amount_minor, released[index] ?? 0, debit, credit);
        // Compared field by field: this runs for every transfer of the ledger, so it allocates nothing.
        if (
          debit.debitsPosted !== transfer.debit_account_debits_posted_after ||
          debit.creditsPosted !== transfer.debit_account_credits_posted_after ||
          credit.debitsPosted !== transfer.credit_account_debits_posted_after ||
          credit.creditsPosted !== transfer.credit_account_credits_posted_after
        ) {
          violations.add(
            'running_balances',
            entry.id,
            null,
            `transfer #${transfer.seq} of entry ${entry.id} records balances after it that its account history does not add up to`,
          );
          // Continue from what was stored, so one bad row is reported once, not on every later line.
          debit.debitsPosted = transfer.debit_account_debits_posted_after;
          debit.creditsPosted = transfer.debit_account_credits_posted_after;
          credit.debitsPosted = transfer.credit_account_debits_posted_after;
          credit.creditsPosted = transfer.credit_account_credits_posted_after;
        }
      });
    };

    for (const [entry, transfers] of entriesWithTransfers(this.sqlite, 1)) finishEntry(entry, transfers);

    const transferTotal =
      (this.sqlite.prepare('SELECT count(*) FROM ledger_transfers').pluck().get() as number) ?? 0;
    if (transferTotal !== replay.transfers) {
      violations.add(
        'entry_shape',
        null,
        null,
        `${transferTotal - replay.transfers} transfer rows belong to no entry`,
      );
    }
    for (const row of accountRows) {
      const expected = recomputed.get(row.seq);
      if (expected === undefined) continue;
      const stored = accountStateOf(row);
      const fields = ['debitsPending', 'debitsPosted', 'creditsPending', 'creditsPosted'] as const;
      const wrong = fields.filter((field) => stored[field] !== expected[field]);
      if (wrong.length > 0) {
        violations.add(
          'account_balances',
          null,
          row.id,
          `account ${row.code} stores ${wrong.map((f) => `${f} ${stored[f]}`).join(', ')} but its transfers add up to ${wrong.map((f) => expected[f]).join(', ')}`,
        );
      }
    }
    const openStored = new Set(
      this.sqlite.prepare('SELECT entry_id FROM ledger_pending_open').pluck().all() as string[],
    );
    for (const id of openPending.keys()) {
      if (!openStored.has(id))
        violations.add(
          'pending_resolution',
          id,
          null,
          `pending entry ${id} is open but missing from the expiry list`,
        );
    }
    for (const id of openStored) {
      if (!openPending.has(id))
        violations.add(
          'pending_resolution',
          id,
          null,
          `entry ${id} is on the expiry list but is not an open pending entry`,
        );
    }
    return { entries: replay.entries, transfers: replay.transfers };
  }

  /** For post/void/expire entries: the pending amounts each transfer releases, checked against the pending entry. */
  private resolution(
    entry: EntryRow,
    transfers: StoredTransferRow[],
    openPending: Map<string, Array<{ debit: number; credit: number; amount: number }>>,
    violations: ViolationList,
  ): number[] {
    if (entry.kind === 'pending') {
      openPending.set(
        entry.id,
        transfers.map((t) => ({
          debit: t.debit_account_seq,
          credit: t.credit_account_seq,
          amount: t.amount_minor,
        })),
      );
      return [];
    }
    if (entry.kind !== 'post_pending' && entry.kind !== 'void_pending' && entry.kind !== 'expire_pending')
      return [];
    const pending = entry.resolves_entry_id === null ? undefined : openPending.get(entry.resolves_entry_id);
    if (pending === undefined) {
      violations.add(
        'pending_resolution',
        entry.id,
        null,
        `entry ${entry.id} resolves ${entry.resolves_entry_id ?? 'nothing'}, which is not an open pending entry`,
      );
      return transfers.map(() => 0);
    }
    openPending.delete(entry.resolves_entry_id as string);
    return transfers.map((transfer, index) => {
      const original = pending[index];
      if (
        original === undefined ||
        original.debit !== transfer.debit_account_seq ||
        original.credit !== transfer.credit_account_seq ||
        transfer.amount_minor > original.amount
      ) {
        violations.add(
          'pending_resolution',
          entry.id,
          null,
          `transfer #${transfer.seq} of entry ${entry.id} does not match the pending transfer it resolves`,
        );
        return 0;
      }
      return original.amount;
    });
  }

  /** Re-hashes the newest entries only: the quick check the app runs when it opens a workspace. */
  private checkChainTail(accountIds: ReadonlyMap<number, string>, violations: ViolationList) {
    const last =
      (this.sqlite.prepare('SELECT max(seq) FROM ledger_entries').pluck().get() as number | null) ?? 0;
    const fromSeq = Math.max(1, last - quickChainEntries + 1);
    let previousHash =
      fromSeq === 1
        ? genesisHash
        : ((this.sqlite
            .prepare('SELECT hash FROM ledger_entries WHERE seq = ?')
            .pluck()
            .get(fromSeq - 1) as string | undefined) ?? '');
    let entries = 0;
    let transferCount = 0;
    for (const [entry, transfers] of entriesWithTransfers(this.sqlite, fromSeq)) {
      entries += 1;
      transferCount += transfers.length;
      const expected = entryHash(
        previousHash,
        hashedEntryOf(entry),
        transfers.map((transfer) => transferTuple(transfer, accountIds)),
      );
      if (expected !== entry.hash || transfers.length !== entry.transfer_count) {
        violations.add(
          'hash_chain',
          entry.id,
          null,
          `entry ${entry.id} was changed after it was written (its hash does not match its content)`,
        );
      }
      previousHash = entry.hash;
    }
    return { entries, transfers: transferCount };
  }

  /** On the stored account totals: debits = credits per asset, and every balance rule holds. */
  private checkStoredTotals(accountRows: AccountRow[], violations: ViolationList): void {
    const perAsset = new Map<
      string,
      { debitsPosted: number; creditsPosted: number; debitsPending: number; creditsPending: number }
    >();
    for (const row of accountRows) {
      const state = accountStateOf(row);
      const sums = perAsset.get(state.assetCode) ?? {
        debitsPosted: 0,
        creditsPosted: 0,
        debitsPending: 0,
        creditsPending: 0,
      };
      sums.debitsPosted += state.debitsPosted;
      sums.creditsPosted += state.creditsPosted;
      sums.debitsPending += state.debitsPending;
      sums.creditsPending += state.creditsPending;
      perAsset.set(state.assetCode, sums);
      for (const broken of rulesBrokenNow(state)) {
        violations.add(
          'balance_rules',
          null,
          row.id,
          `${ruleDescription(broken.rule, row.code, broken.limit)}: it stands ${broken.measure - broken.limit} minor units beyond`.replace(
            ' would ',
            ' does ',
          ),
        );
      }
    }
    for (const [assetCode, sums] of perAsset) {
      if (sums.debitsPosted !== sums.creditsPosted || sums.debitsPending !== sums.creditsPending) {
        violations.add(
          'debits_equal_credits',
          null,
          null,
          `asset ${assetCode}: posted debits ${sums.debitsPosted} vs credits ${sums.creditsPosted}, pending debits ${sums.debitsPending} vs credits ${sums.creditsPending}`,
        );
      }
    }
  }

  /** A reversal points back to an earlier posted entry that is not itself a reversal. */
  private checkReversals(violations: ViolationList): void {
    const bad = this.sqlite
      .prepare(
        `SELECT r.id FROM ledger_entries r INDEXED BY ledger_entries_reverses_entry
         LEFT JOIN ledger_entries o ON o.id = r.reverses_entry_id
         WHERE r.reverses_entry_id IS NOT NULL
           AND (r.kind <> 'reversal' OR o.id IS NULL OR o.kind NOT IN ('posting', 'post_pending') OR o.seq >= r.seq)`,
      )
      .pluck()
      .all() as string[];
    for (const id of bad)
      violations.add(
        'entry_shape',
        id,
        null,
        `entry ${id} reverses something that is not an earlier posted entry`,
      );
  }
}

class ViolationList {
  readonly listed: LedgerViolation[] = [];
  count = 0;

  add(
    check: LedgerViolation['check'],
    entryId: string | null,
    accountId: string | null,
    message: string,
  ): void {
    this.count += 1;
    if (this.listed.length < violationsListedMax) this.listed.push({ check, entryId, accountId, message });
  }
}
