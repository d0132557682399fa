import type { EntryKind } from '../../contract/ledgerSchemas';
import type { HashedTransfer } from './entryHash';

/** Rows as SQLite returns them (snake_case columns), for the ledger's raw, prepared statements. */
export interface EntryRow {
  seq: number;
  id: string;
  kind: EntryKind;
  code: string;
  description: string | null;
  effective_at: number;
  recorded_at: number;
  pending_expires_at: number | null;
  resolves_entry_id: string | null;
  reverses_entry_id: string | null;
  transfer_seq_first: number;
  transfer_count: number;
  request_hash: string;
  hash: string;
}

/** A stored transfer row: accounts by their integer seq. */
export interface StoredTransferRow {
  seq: number;
  entry_seq: number;
  kind: EntryKind;
  debit_account_seq: number;
  credit_account_seq: number;
  asset_code: string;
  amount_minor: number;
  code: string;
  reference_kind: string | null;
  reference_id: string | null;
  operator_reference: string | null;
  recorded_at: number;
  effective_at: number;
  debit_account_debits_posted_after: number;
  debit_account_credits_posted_after: number;
  credit_account_debits_posted_after: number;
  credit_account_credits_posted_after: number;
}

/** A transfer row with its accounts' string ids joined in (`transfersWithAccountIds`). */
export interface TransferRow extends StoredTransferRow {
  debit_account_id: string;
  credit_account_id: string;
}

/** Transfers with both accounts' ids: add a WHERE on `t.` columns. */
export const transfersWithAccountIds = `SELECT t.*, d.id AS debit_account_id, c.id AS credit_account_id
  FROM ledger_transfers t
  JOIN ledger_accounts d ON d.seq = t.debit_account_seq
  JOIN ledger_accounts c ON c.seq = t.credit_account_seq`;

export interface AccountRow {
  seq: number;
  id: string;
  code: string;
  name: string;
  asset_code: string;
  type: string;
  normal_side: 'debit' | 'credit';
  owner_kind: 'distributor' | 'operator' | 'retailer';
  owner_id: string;
  debits_must_not_exceed_credits: number;
  credits_must_not_exceed_debits: number;
  balance_upper_bound_minor: number | null;
  closed: number;
  debits_pending_minor: number;
  debits_posted_minor: number;
  credits_pending_minor: number;
  credits_posted_minor: number;
  created_at: number;
}

export interface AssetRow {
  code: string;
  kind: 'money' | 'airtime';
  currency: string;
  scale: number;
  name: string;
  operator_id: string | null;
  created_at: number;
}

/** Entry kinds whose transfers change posted balances (and so appear on statements). */
export const postedKinds: readonly EntryKind[] = ['posting', 'post_pending', 'reversal'];

/**
 * The columns the hash chain covers, with the accounts' string ids (as the writer hashed them).
 * An account seq that names no account hashes as `#seq`, which no writer produces.
 */
export function transferTuple(
  row: StoredTransferRow,
  accountIds: ReadonlyMap<number, string>,
): HashedTransfer {
  return [
    row.seq,
    row.kind,
    accountIds.get(row.debit_account_seq) ?? `#${row.debit_account_seq}`,
    accountIds.get(row.credit_account_seq) ?? `#${row.credit_account_seq}`,
    row.asset_code,
    row.amount_minor,
    row.code,
    row.reference_kind,
    row.reference_id,
    row.operator_reference,
    row.recorded_at,
    row.effective_at,
    row.debit_account_debits_posted_after,
    row.debit_account_credits_posted_after,
    row.credit_account_debits_posted_after,
    row.credit_account_credits_posted_after,
  ];
}

export function hashedEntryOf(row: EntryRow) {
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind,
    code: row.code,
    description: row.description,
    effectiveAt: row.effective_at,
    recordedAt: row.recorded_at,
    pendingExpiresAt: row.pending_expires_at,
    resolvesEntryId: row.resolves_entry_id,
    reversesEntryId: row.reverses_entry_id,
    transferSeqFirst: row.transfer_seq_first,
    transferCount: row.transfer_count,
    requestHash: row.request_hash,
  };
}

export function accountStateOf(row: AccountRow) {
  return {
    seq: row.seq,
    id: row.id,
    code: row.code,
    assetCode: row.asset_code,
    normalSide: row.normal_side,
    debitsMustNotExceedCredits: row.debits_must_not_exceed_credits === 1,
    creditsMustNotExceedDebits: row.credits_must_not_exceed_debits === 1,
    balanceUpperBoundMinor: row.balance_upper_bound_minor,
    closed: row.closed === 1,
    debitsPending: row.debits_pending_minor,
    debitsPosted: row.debits_posted_minor,
    creditsPending: row.credits_pending_minor,
    creditsPosted: row.credits_posted_minor,
  };
}
