import type Database from 'better-sqlite3';
import { chainHash, entryHash, genesisHash, type HashedTransfer } from './entryHash';
import { type EntryRow, hashedEntryOf, type StoredTransferRow, transferTuple } from './ledgerRows';

/** Entries read per query while verifying: bounded memory, few round trips. */
const chunkEntries = 10_000;

/** What the replay reads of an entry when another thread checks the hashes. */
export type ReplayEntryRow = Pick<
  EntryRow,
  'seq' | 'id' | 'kind' | 'recorded_at' | 'resolves_entry_id' | 'transfer_seq_first' | 'transfer_count'
>;
/** What the replay reads of a transfer when another thread checks the hashes. */
export type ReplayTransferRow = Omit<
  StoredTransferRow,
  'code' | 'reference_kind' | 'reference_id' | 'operator_reference' | 'effective_at'
>;

/** Every column (the hash covers them all), or only those the balance replay looks at. */
export type ChainColumns = 'all' | 'replay';

const entryColumns: Record<ChainColumns, string> = {
  all: '*',
  replay: 'seq, id, kind, recorded_at, resolves_entry_id, transfer_seq_first, transfer_count',
};
const transferColumns: Record<ChainColumns, string> = {
  all: '*',
  replay: `seq, entry_seq, kind, debit_account_seq, credit_account_seq, asset_code, amount_minor, recorded_at,
    debit_account_debits_posted_after, debit_account_credits_posted_after, credit_account_debits_posted_after,
    credit_account_credits_posted_after`,
};

/**
 * Entries in chain order from `fromSeq` to `toSeq`, each with the transfers its range names, read in
 * chunks of plain rowid ranges (no join). Transfers that no entry names are left for the count check.
 */
export function entriesWithTransfers(
  sqlite: Database.Database,
  fromSeq: number,
  toSeq: number,
  columns: 'all',
): Generator<[EntryRow, StoredTransferRow[]]>;
export function entriesWithTransfers(
  sqlite: Database.Database,
  fromSeq: number,
  toSeq: number,
  columns: ChainColumns,
): Generator<[ReplayEntryRow, ReplayTransferRow[]]>;
export function* entriesWithTransfers(
  sqlite: Database.Database,
  fromSeq: number,
  toSeq: number,
  columns: ChainColumns,
): Generator<[ReplayEntryRow, ReplayTransferRow[]]> {
  const entriesFrom = sqlite.prepare(
    `SELECT ${entryColumns[columns]} FROM ledger_entries WHERE seq BETWEEN ? AND ? ORDER BY seq LIMIT ?`,
  );
  const transfersBetween = sqlite.prepare(
    `SELECT ${transferColumns[columns]} FROM ledger_transfers WHERE seq BETWEEN ? AND ? ORDER BY seq`,
  );
  let nextSeq = fromSeq;
  for (;;) {
    const entries = entriesFrom.all(nextSeq, toSeq, chunkEntries) as ReplayEntryRow[];
    const last = entries.at(-1);
    if (last === undefined) return;
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (const entry of entries) {
      low = Math.min(low, entry.transfer_seq_first);
      high = Math.max(high, entry.transfer_seq_first + entry.transfer_count - 1);
    }
    const bySeq = new Map<number, ReplayTransferRow>();
    for (const row of transfersBetween.all(low, high) as ReplayTransferRow[]) bySeq.set(row.seq, row);
    for (const entry of entries) {
      const transfers: ReplayTransferRow[] = [];
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

/** Account seq -> string id: the chain hashes the accounts' string ids. */
export function readAccountIds(sqlite: Database.Database): Map<number, string> {
  const rows = sqlite.prepare('SELECT seq, id FROM ledger_accounts').raw().all() as Array<[number, string]>;
  return new Map(rows);
}

/** The newest entry's seq (0 when the ledger is empty). */
export function lastEntrySeq(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT max(seq) FROM ledger_entries').pluck().get() as number | null) ?? 0;
}

/** The hash an entry's stored content chains to, after `previousHash` (the stored hash before it). */
export function expectedEntryHash(
  previousHash: string,
  entry: EntryRow,
  transfers: readonly StoredTransferRow[],
  accountIds: ReadonlyMap<number, string>,
): string {
  const tuples: HashedTransfer[] = new Array(transfers.length);
  for (let index = 0; index < transfers.length; index += 1) {
    tuples[index] = transferTuple(transfers[index] as StoredTransferRow, accountIds);
  }
  return entryHash(previousHash, hashedEntryOf(entry), tuples);
}

/**
 * The chain's hash inputs as SQLite renders them: per entry its seq, id, stored hash, and the JSON
 * arrays of its hashed columns and of its transfers' (the layout of `entryHash`). One string per
 * array instead of thirty values makes this read several times cheaper than the rows. SQLite's JSON
 * text is the same as JSON.stringify's for what the writer stores, and the rowid range yields the
 * transfers in seq order; where either is not so (an odd character escaped another way), the hash
 * differs and the caller re-checks that entry from its rows, so the verdict is always the rows'.
 */
const hashInputsSql = `SELECT e.seq, e.id, e.hash,
    json_array(e.seq, e.id, e.kind, e.code, e.description, e.effective_at, e.recorded_at,
      e.pending_expires_at, e.resolves_entry_id, e.reverses_entry_id, e.transfer_seq_first,
      e.transfer_count, e.request_hash),
    (SELECT json_group_array(json_array(t.seq, t.kind, coalesce(d.id, '#' || t.debit_account_seq),
        coalesce(c.id, '#' || t.credit_account_seq), t.asset_code, t.amount_minor, t.code,
        t.reference_kind, t.reference_id, t.operator_reference, t.recorded_at, t.effective_at,
        t.debit_account_debits_posted_after, t.debit_account_credits_posted_after,
        t.credit_account_debits_posted_after, t.credit_account_credits_posted_after))
      FROM ledger_transfers t
      LEFT JOIN ledger_accounts d ON d.seq = t.debit_account_seq
      LEFT JOIN ledger_accounts c ON c.seq = t.credit_account_seq
      WHERE t.seq BETWEEN e.transfer_seq_first AND e.transfer_seq_first + e.transfer_count - 1)
  FROM ledger_entries e WHERE e.seq BETWEEN ? AND ? ORDER BY e.seq`;

export type HashInputs = [seq: number, id: string, hash: string, entryJson: string, transfersJson: string];

/** Every entry's hash inputs from `fromSeq` to `toSeq`, in chain order. */
export function entryHashInputs(
  sqlite: Database.Database,
  fromSeq: number,
  toSeq: number,
): IterableIterator<HashInputs> {
  return sqlite.prepare(hashInputsSql).raw().iterate(fromSeq, toSeq) as IterableIterator<HashInputs>;
}

/**
 * Re-hashes entries fromSeq..toSeq from SQLite's rendering of their hash inputs, the first after
 * `previousHash`, each next one after the stored hash of the entry before it. An entry whose text
 * does not hash to its stored hash is re-checked from its rows as the calling thread would, and
 * reported (`onChanged`) only if that fails too. Returns the stored hash of the last entry read.
 */
export function checkChainRange(
  sqlite: Database.Database,
  fromSeq: number,
  toSeq: number,
  previousHashFirst: string,
  accountIds: ReadonlyMap<number, string>,
  onChanged: (seq: number, id: string) => void,
): string {
  let previousHash = previousHashFirst;
  const changed: Array<[number, string, string]> = [];
  for (const [seq, id, hash, entryJson, transfersJson] of entryHashInputs(sqlite, fromSeq, toSeq)) {
    if (chainHash(previousHash, entryJson, transfersJson) !== hash) changed.push([seq, id, previousHash]);
    previousHash = hash;
  }
  // After the scan: a second statement is not run while the first is still iterating.
  for (const [seq, id, previousHashOfEntry] of changed) {
    let matches = false;
    for (const [entry, transfers] of entriesWithTransfers(sqlite, seq, seq, 'all')) {
      matches = expectedEntryHash(previousHashOfEntry, entry, transfers, accountIds) === entry.hash;
    }
    if (!matches) onChanged(seq, id);
  }
  return previousHash;
}

/** The stored hash of the newest entry before `seq`: what the entry at `seq` chains to. */
export function storedHashBefore(sqlite: Database.Database, seq: number): string {
  return (
    (sqlite
      .prepare('SELECT hash FROM ledger_entries WHERE seq < ? ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get(seq) as string | undefined) ?? genesisHash
  );
}
