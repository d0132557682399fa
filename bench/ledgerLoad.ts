/** The benchmarks' load: a small chart, deterministic entries, the ledger and raw-insert contenders. */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { Ledger } from '../src/core/ledger/ledger';
import type { EntryRequest } from '../src/core/ledger/ledgerRequests';
import { BackgroundCheckpoints } from '../src/core/workspace/backgroundCheckpoints';
import type { DatabaseKey, KeyProvider } from '../src/core/workspace/databaseKey';
import {
  applyConnectionSettings,
  registerPlainTwinSource,
} from '../src/core/workspace/openEncryptedDatabase';
import { applyMigrations, readMigrationJournal } from '../src/core/workspace/schemaMigrations';
import { Workspace } from '../src/core/workspace/workspace';
import { BenchClock, timed } from './benchSupport';

export const repositoryRoot = resolve(__dirname, '..');
export const migrationsFolder = join(repositoryRoot, 'migrations');
export const asset = 'AIRTIME-BENCH';
export const hub = 'bench-hub';
export const issuance = 'bench-issuance';
export const retailers = ['bench-r1', 'bench-r2', 'bench-r3', 'bench-r4'] as const;
export const initialStockMinor = 1_000_000_000_000;

// ---------------------------------------------------------------------------------------------------
// The load: deterministic single-transfer entries, every one moving the hub account.

export interface Movement {
  debit: string;
  credit: string;
  amountMinor: number;
  code: string;
  referenceId: string;
}

/** Entry i: an allocation hub -> retailer, every tenth a small return retailer -> hub. */
export function movement(i: number): Movement {
  const retailer = retailers[i % retailers.length] as string;
  if (i % 10 === 9) {
    return {
      debit: hub,
      credit: retailer,
      amountMinor: 50,
      code: 'allocation_return',
      referenceId: `RT-${i}`,
    };
  }
  return {
    debit: retailer,
    credit: hub,
    amountMinor: 100 + (i % 900),
    code: 'allocation',
    referenceId: `AL-${i}`,
  };
}

/** Change of the hub's posted balance (debit-normal) by entry i. */
export const hubDelta = (i: number): number => {
  const move = movement(i);
  return move.debit === hub ? move.amountMinor : -move.amountMinor;
};

export function entryRequest(i: number): EntryRequest {
  const move = movement(i);
  return {
    id: uuidv7(),
    kind: 'posting',
    code: move.code,
    transfers: [
      {
        debitAccountId: move.debit,
        creditAccountId: move.credit,
        amountMinor: move.amountMinor,
        code: move.code,
        reference: { kind: 'allocation', id: move.referenceId },
      },
    ],
  };
}

export function createBenchChart(ledger: Ledger): void {
  ledger.accounts.createAsset({
    code: asset,
    kind: 'airtime',
    currency: 'XOF',
    scale: 0,
    name: 'Benchmark airtime',
    operatorId: 'bench-op',
  });
  const account = (id: string, type: 'wholesale_stock' | 'operator_issuance' | 'retailer_stock') =>
    ledger.accounts.createAccount({
      id,
      code: id.toUpperCase(),
      name: id,
      assetCode: asset,
      type,
      ownerKind:
        type === 'operator_issuance' ? 'operator' : type === 'retailer_stock' ? 'retailer' : 'distributor',
      ownerId: id,
      creditsMustNotExceedDebits: type !== 'operator_issuance',
    });
  account(hub, 'wholesale_stock');
  account(issuance, 'operator_issuance');
  for (const id of retailers) account(id, 'retailer_stock');
  ledger.writer.record({
    id: uuidv7(),
    kind: 'posting',
    code: 'purchase',
    transfers: [
      {
        debitAccountId: hub,
        creditAccountId: issuance,
        amountMinor: initialStockMinor,
        code: 'purchase_credit',
      },
    ],
  });
}

/** A ledger being filled: posts batch after batch on its own clock (1 ms per entry) and keeps score. */
export class LedgerLoad {
  next = 0;
  /** Entries posted, and the time recordBatch took for them, since the last resetTimer(). */
  timedEntries = 0;
  timedMs = 0;
  /** The hub's balance after each batch, and the instant the ledger recorded that batch at. */
  readonly hubHistory: Array<{ recordedAt: number; balance: number }> = [];
  private hubBalance = initialStockMinor;

  constructor(
    readonly label: string,
    readonly ledger: Ledger,
    readonly clock: BenchClock,
  ) {}

  /** Posts the next `count` entries as one batch; returns the time `recordBatch` took. */
  postBatch(count: number): number {
    const first = this.next;
    const requests = Array.from({ length: count }, (_, k) => entryRequest(first + k));
    const recordedAt = this.clock.nowMs;
    const { ms, value: results } = timed(() => this.ledger.writer.recordBatch(requests));
    results.forEach((result, k) => {
      if (!result.ok) {
        throw new Error(
          `${this.label}: entry #${first + k} (${requests[k]?.id}) was refused: ${result.error.message}`,
        );
      }
      this.hubBalance += hubDelta(first + k);
    });
    if (results.length !== count)
      throw new Error(`${this.label}: ${count} entries, ${results.length} results`);
    this.hubHistory.push({ recordedAt, balance: this.hubBalance });
    this.clock.advance(count);
    this.next += count;
    this.timedEntries += count;
    this.timedMs += ms;
    return ms;
  }

  resetTimer(): void {
    this.timedEntries = 0;
    this.timedMs = 0;
  }

  /** The hub's balance as the ledger stood at `instantMs` (per the batches posted). */
  expectedHubBalanceAt(instantMs: number): number {
    let low = -1;
    let high = this.hubHistory.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.hubHistory[middle]?.recordedAt ?? 0) <= instantMs) low = middle;
      else high = middle - 1;
    }
    return low < 0 ? initialStockMinor : (this.hubHistory[low]?.balance ?? Number.NaN);
  }

  get currentHubBalance(): number {
    return this.hubBalance;
  }
}

// ---------------------------------------------------------------------------------------------------
// The baseline: raw INSERTs of equivalent rows, into clones of the ledger tables in the same file.

const cloneName = (sql: string) =>
  sql.replaceAll('ledger_entries', 'bench_raw_entries').replaceAll('ledger_transfers', 'bench_raw_transfers');

export class RawInserts {
  next = 0;
  /** Entries inserted, and the time their transactions took, since the last resetTimer(). */
  timedEntries = 0;
  timedMs = 0;
  private entrySeq = 0;
  private transferSeq = 0;
  private recordedAt = Date.parse('2026-01-01T00:00:00.000Z');
  private readonly totals = new Map<string, { debits: number; credits: number }>();
  private readonly hashes = Array.from({ length: 4096 }, () => randomBytes(32).toString('hex'));
  private readonly insertBatch: (rows: Array<[unknown[], unknown[]]>) => void;
  /** Transfers name accounts by their integer seq, as the ledger writes them. */
  private readonly accountSeqs: Map<string, number>;

  constructor(sqlite: Database.Database) {
    this.accountSeqs = new Map(
      (sqlite.prepare('SELECT id, seq FROM ledger_accounts').all() as Array<{ id: string; seq: number }>).map(
        (row) => [row.id, row.seq],
      ),
    );
    const objects = sqlite
      .prepare(
        `SELECT type, sql FROM sqlite_master WHERE tbl_name IN ('ledger_entries', 'ledger_transfers')
         AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC`,
      )
      .all() as Array<{ type: string; sql: string }>;
    if (objects.filter((object) => object.type === 'table').length !== 2) {
      throw new Error('raw baseline: the ledger tables were not found to clone');
    }
    for (const object of objects) sqlite.exec(cloneName(object.sql));
    const insertEntry = sqlite.prepare(
      cloneName(`INSERT INTO ledger_entries (seq, id, kind, code, description, effective_at, recorded_at,
      pending_expires_at, resolves_entry_id, reverses_entry_id, transfer_seq_first, transfer_count, request_hash,
      hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    );
    const insertTransfer = sqlite.prepare(
      cloneName(`INSERT INTO ledger_transfers (seq, entry_seq, kind, debit_account_seq, credit_account_seq,
      asset_code, amount_minor, code, reference_kind, reference_id, operator_reference, recorded_at, effective_at,
      debit_account_debits_posted_after, debit_account_credits_posted_after, credit_account_debits_posted_after,
      credit_account_credits_posted_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    );
    const transaction = sqlite.transaction((rows: Array<[unknown[], unknown[]]>) => {
      for (const [entry, transfer] of rows) {
        insertEntry.run(entry);
        insertTransfer.run(transfer);
      }
    });
    this.insertBatch = (rows) => transaction.immediate(rows);
  }

  private hash(n: number): string {
    return this.hashes[n % this.hashes.length] as string;
  }

  private total(account: string) {
    let total = this.totals.get(account);
    if (total === undefined) {
      total = { debits: 0, credits: 0 };
      this.totals.set(account, total);
    }
    return total;
  }

  /** Inserts the rows of the next `count` entries in one transaction; returns the time it took. */
  postBatch(count: number): number {
    const rows: Array<[unknown[], unknown[]]> = [];
    for (let k = 0; k < count; k += 1) {
      const i = this.next + k;
      const move = movement(i);
      this.entrySeq += 1;
      this.transferSeq += 1;
      const debit = this.total(move.debit);
      const credit = this.total(move.credit);
      debit.debits += move.amountMinor;
      credit.credits += move.amountMinor;
      rows.push([
        [
          this.entrySeq,
          uuidv7(),
          'posting',
          move.code,
          null,
          this.recordedAt,
          this.recordedAt,
          null,
          null,
          null,
          this.transferSeq,
          1,
          this.hash(2 * i),
          this.hash(2 * i + 1),
        ],
        [
          this.transferSeq,
          this.entrySeq,
          'posting',
          this.accountSeqs.get(move.debit),
          this.accountSeqs.get(move.credit),
          asset,
          move.amountMinor,
          move.code,
          'allocation',
          move.referenceId,
          null,
          this.recordedAt,
          this.recordedAt,
          debit.debits,
          debit.credits,
          credit.debits,
          credit.credits,
        ],
      ]);
    }
    const { ms } = timed(() => this.insertBatch(rows));
    this.recordedAt += count;
    this.next += count;
    this.timedEntries += count;
    this.timedMs += ms;
    return ms;
  }

  resetTimer(): void {
    this.timedEntries = 0;
    this.timedMs = 0;
  }
}

// ---------------------------------------------------------------------------------------------------
// The two files.

export function benchKeyProvider(): KeyProvider {
  const key: DatabaseKey = { kind: 'raw', keyHex: randomBytes(32).toString('hex') };
  return {
    source: 'the benchmark',
    keyForNewWorkspace: async () => key,
    keyForExistingWorkspace: async () => key,
  };
}

export async function openEncrypted(folder: string): Promise<{ workspace: Workspace; clock: BenchClock }> {
  const clock = new BenchClock();
  const workspace = await Workspace.create(
    { keyProvider: benchKeyProvider(), migrationsFolder, appVersion: '0.0.0-bench', now: clock.date },
    { dataDir: join(folder, 'ws'), distributorName: 'Benchmark', baseCurrency: 'XOF' },
  );
  // As the desktop and browser mode run it: WAL checkpoints on a worker thread.
  if (!workspace.checkpointInBackground()) throw new Error('bench: background checkpoints did not start');
  return { workspace, clock };
}

export function openPlain(folder: string): {
  sqlite: Database.Database;
  ledger: Ledger;
  clock: BenchClock;
  checkpoints: BackgroundCheckpoints;
} {
  const clock = new BenchClock();
  const path = join(folder, 'plain.db');
  const sqlite = new Database(path);
  applyConnectionSettings(sqlite); // WAL, foreign keys, synchronous NORMAL, busy timeout: as a workspace
  applyMigrations(sqlite, migrationsFolder, readMigrationJournal(migrationsFolder));
  // The same checkpoint thread as the encrypted workspace, so the comparison measures encryption only.
  registerPlainTwinSource(sqlite, path);
  const checkpoints = BackgroundCheckpoints.start(sqlite);
  if (checkpoints === undefined) throw new Error('bench: background checkpoints did not start');
  return { sqlite, ledger: new Ledger(sqlite, clock.millis), clock, checkpoints };
}

/** The verifier's own read (ledgerVerifier.ts), to tell reading the rows from checking them. */
export const joinedEntriesSql = `SELECT e.seq AS e_seq, e.id AS e_id, e.kind AS e_kind, e.code AS e_code,
  e.description AS e_description, e.effective_at AS e_effective_at, e.recorded_at AS e_recorded_at,
  e.pending_expires_at AS e_pending_expires_at, e.resolves_entry_id AS e_resolves_entry_id,
  e.reverses_entry_id AS e_reverses_entry_id, e.transfer_seq_first AS e_transfer_seq_first,
  e.transfer_count AS e_transfer_count, e.request_hash AS e_request_hash,
  e.hash AS e_hash, t.*
  FROM ledger_entries e
  LEFT JOIN ledger_transfers t ON t.seq BETWEEN e.transfer_seq_first AND e.transfer_seq_first + e.transfer_count - 1
  WHERE e.seq >= ?
  ORDER BY e.seq, t.seq`;
