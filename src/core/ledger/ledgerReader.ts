import type Database from 'better-sqlite3';
import type {
  AccountStatement,
  AccountView,
  AssetView,
  EntryKind,
  EntryView,
  StatementLine,
} from '../../contract/ledgerSchemas';
import { postedBalance } from './accountState';
import type { NormalSide } from './chartOfAccounts';
import {
  type AccountRow,
  type AssetRow,
  type EntryRow,
  type TransferRow,
  transfersWithAccountIds,
} from './ledgerRows';
import { accountViewOf, assetViewOf, isoOf, transferViewOf } from './ledgerViews';

/** A statement returns at most this many lines; the UI says when a range holds more. */
export const statementLinesMax = 50_000;
export const accountsListedMax = 10_000;

/** Reads balances, statements and entries. Never writes. */
export class LedgerReader {
  private readonly statements;

  constructor(private readonly sqlite: Database.Database) {
    const prepare = (sql: string) => sqlite.prepare(sql);
    this.statements = {
      assets: prepare('SELECT * FROM ledger_assets ORDER BY kind DESC, code'),
      asset: prepare('SELECT * FROM ledger_assets WHERE code = ?'),
      account: prepare('SELECT * FROM ledger_accounts WHERE id = ?'),
      entryById: prepare('SELECT * FROM ledger_entries WHERE id = ?'),
      resolutionOf: prepare('SELECT id, kind FROM ledger_entries WHERE resolves_entry_id = ?'),
      reversalOf: prepare('SELECT id FROM ledger_entries WHERE reverses_entry_id = ?'),
      transfersInRange: prepare(`${transfersWithAccountIds} WHERE t.seq BETWEEN ? AND ? ORDER BY t.seq`),
      lastTransferSeq: prepare('SELECT max(seq) AS seq FROM ledger_transfers'),
      transferRecordedAt: prepare('SELECT recorded_at FROM ledger_transfers WHERE seq = ?').pluck(),
      lastSeqAtScan: prepare('SELECT max(seq) FROM ledger_transfers WHERE recorded_at <= ?').pluck(),
      lastDebitBefore:
        prepare(`SELECT seq, debit_account_debits_posted_after AS debits, debit_account_credits_posted_after AS credits
        FROM ledger_transfers WHERE debit_account_seq = (SELECT seq FROM ledger_accounts WHERE id = ?) AND seq <= ?
        ORDER BY seq DESC LIMIT 1`),
      lastCreditBefore:
        prepare(`SELECT seq, credit_account_debits_posted_after AS debits, credit_account_credits_posted_after AS credits
        FROM ledger_transfers WHERE credit_account_seq = (SELECT seq FROM ledger_accounts WHERE id = ?) AND seq <= ?
        ORDER BY seq DESC LIMIT 1`),
      statementLines:
        prepare(`SELECT t.*, e.id AS entry_id, d.id AS debit_account_id, c.id AS credit_account_id
        FROM (
          SELECT * FROM ledger_transfers WHERE debit_account_seq = ? AND seq > ? AND seq <= ?
            AND kind IN ('posting', 'post_pending', 'reversal')
          UNION ALL
          SELECT * FROM ledger_transfers WHERE credit_account_seq = ? AND seq > ? AND seq <= ?
            AND kind IN ('posting', 'post_pending', 'reversal')
        ) AS t JOIN ledger_entries e ON e.seq = t.entry_seq
        JOIN ledger_accounts d ON d.seq = t.debit_account_seq
        JOIN ledger_accounts c ON c.seq = t.credit_account_seq
        ORDER BY t.seq LIMIT ?`),
    };
  }

  assets(): AssetView[] {
    return (this.statements.assets.all() as AssetRow[]).map(assetViewOf);
  }

  asset(code: string): AssetView | undefined {
    const row = this.statements.asset.get(code) as AssetRow | undefined;
    return row === undefined ? undefined : assetViewOf(row);
  }

  account(id: string): AccountView | undefined {
    const row = this.statements.account.get(id) as AccountRow | undefined;
    return row === undefined ? undefined : accountViewOf(row);
  }

  accounts(filter: { ownerKind?: string; ownerId?: string; assetCode?: string } = {}): AccountView[] {
    const conditions: string[] = [];
    const values: string[] = [];
    for (const [column, value] of [
      ['owner_kind', filter.ownerKind],
      ['owner_id', filter.ownerId],
      ['asset_code', filter.assetCode],
    ] as const) {
      if (value !== undefined) {
        conditions.push(`${column} = ?`);
        values.push(value);
      }
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = this.sqlite
      .prepare(
        `SELECT * FROM ledger_accounts ${where} ORDER BY owner_kind, owner_id, asset_code, code LIMIT ?`,
      )
      .all(...values, accountsListedMax) as AccountRow[];
    return rows.map(accountViewOf);
  }

  entry(id: string): EntryView | undefined {
    const row = this.statements.entryById.get(id) as EntryRow | undefined;
    if (row === undefined) return undefined;
    const transfers = this.statements.transfersInRange.all(
      row.transfer_seq_first,
      row.transfer_seq_first + row.transfer_count - 1,
    ) as TransferRow[];
    const resolution = this.statements.resolutionOf.get(row.id) as
      | { id: string; kind: EntryKind }
      | undefined;
    const reversal = this.statements.reversalOf.get(row.id) as { id: string } | undefined;
    return {
      id: row.id,
      seq: row.seq,
      kind: row.kind,
      code: row.code,
      description: row.description,
      effectiveAt: isoOf(row.effective_at),
      recordedAt: isoOf(row.recorded_at),
      pendingExpiresAt: row.pending_expires_at === null ? null : isoOf(row.pending_expires_at),
      resolvesEntryId: row.resolves_entry_id,
      reversesEntryId: row.reverses_entry_id,
      resolvedBy: resolution === undefined ? null : { entryId: resolution.id, kind: resolution.kind },
      reversedByEntryId: reversal?.id ?? null,
      hash: row.hash,
      transfers: transfers.map(transferViewOf),
    };
  }

  /**
   * The last transfer seq recorded at or before `instantMs`. The chain's recorded time never runs
   * backwards, so this is a binary search over the rowid: a few lookups, whatever the size.
   */
  lastTransferSeqAt(instantMs: number): number {
    const last = (this.statements.lastTransferSeq.get() as { seq: number | null }).seq ?? 0;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      const recordedAt = this.statements.transferRecordedAt.get(middle) as number | undefined;
      if (recordedAt === undefined)
        return (this.statements.lastSeqAtScan.get(instantMs) as number | null) ?? 0;
      if (recordedAt <= instantMs) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Posted balance of an account (on its normal side) as the ledger stood at `instantMs`. */
  balanceAsAt(account: { id: string; normalSide: NormalSide }, instantMs: number): number {
    return this.balanceAtSeq(account, this.lastTransferSeqAt(instantMs));
  }

  /** Posted balances of several accounts as the ledger stood at `instantMs` (one search for the instant). */
  balancesAsAt(
    accounts: ReadonlyArray<{ id: string; normalSide: NormalSide }>,
    instantMs: number,
  ): Map<string, number> {
    const seq = this.lastTransferSeqAt(instantMs);
    return new Map(accounts.map((account) => [account.id, this.balanceAtSeq(account, seq)]));
  }

  private balanceAtSeq(account: { id: string; normalSide: NormalSide }, seq: number): number {
    type Totals = { seq: number; debits: number; credits: number } | undefined;
    const asDebit = this.statements.lastDebitBefore.get(account.id, seq) as Totals;
    const asCredit = this.statements.lastCreditBefore.get(account.id, seq) as Totals;
    const latest = (asDebit?.seq ?? 0) >= (asCredit?.seq ?? 0) ? asDebit : asCredit;
    if (latest === undefined) return 0;
    return postedBalance(account.normalSide, latest.debits, latest.credits);
  }

  /**
   * Opening balance just before `fromMs`, every posted movement recorded in [fromMs, toMs] with the
   * balance after it, and the closing balance at `toMs`. Times are when the ledger recorded each
   * movement; each line also carries its effective (business) time.
   */
  statement(accountId: string, fromMs: number, toMs: number): AccountStatement | undefined {
    const row = this.statements.account.get(accountId) as AccountRow | undefined;
    if (row === undefined) return undefined;
    const account = accountViewOf(row);
    const asset = this.asset(account.assetCode);
    if (asset === undefined) return undefined;
    const openingSeq = this.lastTransferSeqAt(fromMs - 1);
    const closingSeq = this.lastTransferSeqAt(toMs);
    const rows = this.statements.statementLines.all(
      row.seq,
      openingSeq,
      closingSeq,
      row.seq,
      openingSeq,
      closingSeq,
      statementLinesMax + 1,
    ) as Array<TransferRow & { entry_id: string }>;
    const sign = account.normalSide === 'debit' ? 1 : -1;
    const lines: StatementLine[] = rows.slice(0, statementLinesMax).map((line) => {
      const isDebit = line.debit_account_seq === row.seq;
      const debits = isDebit
        ? line.debit_account_debits_posted_after
        : line.credit_account_debits_posted_after;
      const credits = isDebit
        ? line.debit_account_credits_posted_after
        : line.credit_account_credits_posted_after;
      return {
        transferSeq: line.seq,
        entryId: line.entry_id,
        entryKind: line.kind,
        code: line.code,
        recordedAt: isoOf(line.recorded_at),
        effectiveAt: isoOf(line.effective_at),
        counterpartyAccountId: isDebit ? line.credit_account_id : line.debit_account_id,
        amountMinor: (isDebit ? 1 : -1) * sign * line.amount_minor,
        balanceAfterMinor: postedBalance(account.normalSide, debits, credits),
        referenceKind: line.reference_kind,
        referenceId: line.reference_id,
        operatorReference: line.operator_reference,
      };
    });
    return {
      account,
      asset,
      from: isoOf(fromMs),
      to: isoOf(toMs),
      openingBalanceMinor: this.balanceAtSeq(account, openingSeq),
      closingBalanceMinor: this.balanceAtSeq(account, closingSeq),
      lines,
      truncated: rows.length > statementLinesMax,
    };
  }
}
