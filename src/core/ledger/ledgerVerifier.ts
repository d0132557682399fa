import type Database from 'better-sqlite3';
import type { LedgerVerifyReport, LedgerViolation } from '../../contract/ledgerSchemas';
import { type AccountState, applyTransferEffect, ruleDescription, rulesBrokenNow } from './accountState';
import { ChainHashWorker, spareCoreLikely } from './chainHashing';
import {
  checkChainRange,
  entriesWithTransfers,
  expectedEntryHash,
  lastEntrySeq,
  type ReplayEntryRow,
  type ReplayTransferRow,
  storedHashBefore,
} from './chainRows';
import { genesisHash } from './entryHash';
import { type AccountRow, accountStateOf, type EntryRow, type StoredTransferRow } from './ledgerRows';

/** The report lists this many violations; the rest are counted. */
export const violationsListedMax = 1000;
/** The quick check at start re-hashes this many of the newest entries. */
export const quickChainEntries = 1000;

/** Below this many entries a full verify hashes the chain itself: starting a worker costs more. */
export const workerHashingEntriesMin = 50_000;

/**
 * Where a full verify re-hashes the chain: `inline` on the calling thread; `worker` all of it on a
 * worker thread over a read-only twin of the database, in parallel with the balance replay;
 * `shared` the same, the calling thread taking the chunks the worker has not reached once its
 * replay is done; `auto` (the default) `shared` for large ledgers whose connection has a twin when
 * a core looks free, else `inline`. The report is the same whichever it is.
 */
export type ChainHashing = 'auto' | 'inline' | 'worker' | 'shared';

/** Sort positions of an entry's violations: a gap before it, its hash, then everything else. */
const positionOf = (entrySeq: number, slot: 'gap' | 'hash' | 'rest') =>
  entrySeq * 3 + (slot === 'gap' ? 0 : slot === 'hash' ? 1 : 2);
/** Violations that concern no entry of the chain walk come after those that do. */
const positionAfterChain = Number.MAX_SAFE_INTEGER;

/**
 * Re-checks the ledger from its rows, trusting nothing the writer stored: the hash chain, each
 * entry's shape, every account's totals and running balances recomputed from its transfers,
 * debits = credits per asset, every balance rule, and that each pending entry resolved at most once.
 */
export class LedgerVerifier {
  /** Where the last full verify hashed the chain (a fallback to the calling thread shows here). */
  chainHashedOn: 'worker' | 'calling thread' | 'worker and calling thread' | undefined;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: () => number,
  ) {}

  verify(mode: 'full' | 'quick', options: { chainHashing?: ChainHashing } = {}): LedgerVerifyReport {
    const startedMs = performance.now();
    // One read transaction: everything verify reads on this connection is one state of the ledger.
    const violations = this.sqlite.transaction(() => this.check(mode, options.chainHashing ?? 'auto'))();
    return {
      mode,
      checkedAt: new Date(this.clock()).toISOString(),
      durationMs: Math.round(performance.now() - startedMs),
      ...violations,
    };
  }

  private check(mode: 'full' | 'quick', chainHashing: ChainHashing) {
    const violations = new ViolationList();
    const accountRows = this.sqlite.prepare('SELECT * FROM ledger_accounts').all() as AccountRow[];
    const accountIds = new Map(accountRows.map((row) => [row.seq, row.id]));
    let counts = { entries: 0, transfers: 0 };
    if (mode === 'full') {
      counts = this.replayEverything(accountRows, accountIds, violations, chainHashing);
    } else {
      counts = this.checkChainTail(accountIds, violations);
    }
    this.checkStoredTotals(accountRows, violations);
    this.checkReversals(violations);
    const listed = violations.inOrder();
    return {
      entriesChecked: counts.entries,
      transfersChecked: counts.transfers,
      accountsChecked: accountRows.length,
      ok: violations.count === 0,
      violations: listed,
      violationsOmitted: violations.count - listed.length,
    };
  }

  /** Walks every entry in chain order, recomputing hashes and every account's totals. */
  private replayEverything(
    accountRows: AccountRow[],
    accountIds: ReadonlyMap<number, string>,
    violations: ViolationList,
    chainHashing: ChainHashing,
  ) {
    const lastSeq = lastEntrySeq(this.sqlite);
    const useWorker =
      chainHashing === 'worker' ||
      chainHashing === 'shared' ||
      (chainHashing === 'auto' && lastSeq >= workerHashingEntriesMin && spareCoreLikely());
    const hashWorker = useWorker
      ? ChainHashWorker.start(this.sqlite, lastSeq, violationsListedMax)
      : undefined;
    const hashInline = hashWorker === undefined;
    this.chainHashedOn = hashInline ? 'calling thread' : 'worker';
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

    const finishEntry = (entry: ReplayEntryRow, transfers: ReplayTransferRow[]) => {
      replay.entries += 1;
      replay.transfers += transfers.length;
      if (entry.seq !== replay.previousSeq + 1) {
        violations.add(
          'hash_chain',
          entry.id,
          null,
          `entries ${replay.previousSeq + 1} to ${entry.seq - 1} are missing before entry ${entry.id}`,
          positionOf(entry.seq, 'gap'),
        );
      }
      if (hashInline) {
        // Read with every column (see below): the hash covers them all.
        const stored = entry as EntryRow;
        if (
          expectedEntryHash(replay.previousHash, stored, transfers as StoredTransferRow[], accountIds) !==
          stored.hash
        ) {
          addChangedEntry(violations, entry);
        }
        replay.previousHash = stored.hash;
      }
      violations.position = positionOf(entry.seq, 'rest');
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

    const columns = hashInline ? 'all' : 'replay';
    for (const [entry, transfers] of entriesWithTransfers(this.sqlite, 1, lastSeq, columns)) {
      finishEntry(entry, transfers);
    }
    violations.position = positionAfterChain;

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
    if (hashWorker !== undefined) {
      const onCaller = new ViolationList();
      const hashed = hashWorker.finish(
        chainHashing === 'worker'
          ? undefined
          : (fromSeq, toSeq) => {
              const found = new ViolationList();
              const previousHash = storedHashBefore(this.sqlite, fromSeq);
              checkChainRange(this.sqlite, fromSeq, toSeq, previousHash, accountIds, (seq, id) =>
                addChangedEntry(found, { seq, id }),
              );
              onCaller.merge(found);
            },
      );
      violations.merge(onCaller);
      if (hashed === undefined) {
        // The worker failed or fell silent: hash its part of the chain here, as a second pass.
        this.chainHashedOn = 'calling thread';
        this.hashChain(1, hashWorker.workerSeqEnd(), genesisHash, accountIds, violations, false);
      } else {
        const found = new ViolationList();
        for (const [seq, id] of hashed.mismatches) addChangedEntry(found, { seq, id });
        found.count = hashed.mismatchCount;
        violations.merge(found);
        this.chainHashedOn =
          hashWorker.chunksOnCaller === 0
            ? 'worker'
            : hashWorker.chunksOnWorker() === 0
              ? 'calling thread'
              : 'worker and calling thread';
      }
    }
    return { entries: replay.entries, transfers: replay.transfers };
  }

  /**
   * Re-hashes entries fromSeq..toSeq, each after the stored hash of the one read before it. With
   * `withTransferCount`, an entry missing some of its transfers is reported as changed too.
   */
  private hashChain(
    fromSeq: number,
    toSeq: number,
    previousHashFirst: string,
    accountIds: ReadonlyMap<number, string>,
    violations: ViolationList,
    withTransferCount: boolean,
  ) {
    const found = new ViolationList();
    let previousHash = previousHashFirst;
    let entries = 0;
    let transferCount = 0;
    for (const [entry, transfers] of entriesWithTransfers(this.sqlite, fromSeq, toSeq, 'all')) {
      entries += 1;
      transferCount += transfers.length;
      if (
        expectedEntryHash(previousHash, entry, transfers, accountIds) !== entry.hash ||
        (withTransferCount && transfers.length !== entry.transfer_count)
      ) {
        addChangedEntry(found, entry);
      }
      previousHash = entry.hash;
    }
    violations.merge(found);
    return { entries, transfers: transferCount };
  }

  /** For post/void/expire entries: the pending amounts each transfer releases, checked against the pending entry. */
  private resolution(
    entry: ReplayEntryRow,
    transfers: ReplayTransferRow[],
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
    const last = lastEntrySeq(this.sqlite);
    const fromSeq = Math.max(1, last - quickChainEntries + 1);
    const previousHash =
      fromSeq === 1
        ? genesisHash
        : ((this.sqlite
            .prepare('SELECT hash FROM ledger_entries WHERE seq = ?')
            .pluck()
            .get(fromSeq - 1) as string | undefined) ?? '');
    const counts = this.hashChain(fromSeq, last, previousHash, accountIds, violations, true);
    violations.position = positionAfterChain;
    return counts;
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

function addChangedEntry(violations: ViolationList, entry: { seq: number; id: string }): void {
  violations.add(
    'hash_chain',
    entry.id,
    null,
    `entry ${entry.id} was changed after it was written (its hash does not match its content)`,
    positionOf(entry.seq, 'hash'),
  );
}

/**
 * The violations found, each with its position in the report (chain order, then the rest), so that
 * checks run apart (the chain hashed on a worker) still list them as one walk would.
 */
class ViolationList {
  private listed: Array<{ position: number; violation: LedgerViolation }> = [];
  count = 0;
  /** Where violations added without a position go (set as the walk moves on). */
  position = 0;

  add(
    check: LedgerViolation['check'],
    entryId: string | null,
    accountId: string | null,
    message: string,
    position: number = this.position,
  ): void {
    this.count += 1;
    if (this.listed.length < violationsListedMax)
      this.listed.push({ position, violation: { check, entryId, accountId, message } });
  }

  /** Adds another list's violations; each list holds its first ones in order, so the merge does too. */
  merge(other: ViolationList): void {
    this.count += other.count;
    this.listed = [...this.listed, ...other.listed]
      .sort((a, b) => a.position - b.position)
      .slice(0, violationsListedMax);
  }

  inOrder(): LedgerViolation[] {
    return [...this.listed].sort((a, b) => a.position - b.position).map((item) => item.violation);
  }
}
