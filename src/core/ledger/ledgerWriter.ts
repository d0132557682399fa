import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import type { EntryKind } from '../../contract/ledgerSchemas';
import { AppError } from '../appError';
import { type AccountState, applyTransferEffect, firstBrokenRule, ruleDescription } from './accountState';
import { canonicalJson, entryHash, genesisHash, type HashedTransfer, sha256Hex } from './entryHash';
import { assertLedger, assertMinor } from './ledgerAssert';
import type { EntryRequest, RecordedEntry, TransferRequest } from './ledgerRequests';
import {
  codeLengthMax,
  descriptionLengthMax,
  pendingTimeoutMsMax,
  transfersPerEntryMax,
} from './ledgerRequests';
import {
  type AccountRow,
  accountStateOf,
  type EntryRow,
  type TransferRow,
  transfersWithAccountIds,
} from './ledgerRows';
import { requestHash } from './requestHash';

/** A transfer about to be written: its accounts, amount and effect on pending and posted totals. */
interface PlannedTransfer {
  debitAccountId: string;
  creditAccountId: string;
  amountMinor: number;
  /** For post/void/expire: the pending amount this transfer releases. */
  releasedPendingMinor: number;
  code: string;
  referenceKind: string | null;
  referenceId: string | null;
  operatorReference: string | null;
}

interface PlannedEntry {
  id: string;
  kind: EntryKind;
  code: string;
  description: string | null;
  effectiveAt: number | null;
  timeoutMs: number | null;
  resolvesEntryId: string | null;
  reversesEntryId: string | null;
  requestHash: string;
  transfers: PlannedTransfer[];
}

interface ChainHead {
  entrySeq: number;
  transferSeq: number;
  hash: string;
  recordedAt: number;
}

export type BatchResult = { ok: true; value: RecordedEntry } | { ok: false; error: AppError };

const entryIdPattern = /^[0-9A-Za-z][0-9A-Za-z_:.-]{0,63}$/;

function refuse(reason: string, message: string): AppError {
  return new AppError('business_rule', message, { reason });
}

function badInput(path: string, message: string): AppError {
  return new AppError('bad_input', `${path} ${message}`, { issues: [{ path, message }] });
}

/**
 * The only code that writes journal entries. Every batch is one `BEGIN IMMEDIATE` transaction:
 * balance rules are checked against totals read inside it, so no other writer can slip between
 * the check and the write. Account totals are kept in memory for the batch and written once.
 */
export class LedgerWriter {
  private readonly statements: Statements;
  private readonly recordBatchTransaction: Database.Transaction<
    (requests: readonly EntryRequest[]) => BatchResult[]
  >;
  private readonly expirePendingTransaction: Database.Transaction<() => number>;

  constructor(
    sqlite: Database.Database,
    private readonly clock: () => number,
  ) {
    this.statements = prepareStatements(sqlite);
    this.recordBatchTransaction = sqlite.transaction((requests: readonly EntryRequest[]) => {
      const batch = new WriteBatch(this.statements, this.clock(), this.readHead());
      batch.expireDuePending();
      const results: BatchResult[] = new Array(requests.length);
      for (let index = 0; index < requests.length; index += 1) {
        results[index] = batch.tryRecord(requests[index] as EntryRequest);
      }
      batch.flushAccounts();
      return results;
    });
    this.expirePendingTransaction = sqlite.transaction(() => {
      const batch = new WriteBatch(this.statements, this.clock(), this.readHead());
      const expired = batch.expireDuePending();
      batch.flushAccounts();
      return expired;
    });
  }

  /** Records one entry; a refusal throws the AppError that says why. */
  record(request: EntryRequest): RecordedEntry {
    const [result] = this.recordBatch([request]);
    assertLedger(result !== undefined, 'a batch of one returns one result');
    if (!result.ok) throw result.error;
    return result.value;
  }

  /**
   * Records many entries in one transaction. Each entry is all-or-nothing on its own: a refused
   * entry leaves no trace and does not stop the others. Results come back in request order.
   */
  recordBatch(requests: readonly EntryRequest[]): BatchResult[] {
    return this.recordBatchTransaction.immediate(requests);
  }

  /** Voids every pending entry whose timeout has passed; returns how many expired. */
  expirePending(): number {
    return this.expirePendingTransaction.immediate();
  }

  private readHead(): ChainHead {
    const last = this.statements.lastEntry.get() as
      | { seq: number; hash: string; recorded_at: number }
      | undefined;
    const lastTransfer = this.statements.lastTransferSeq.get() as { seq: number | null };
    return {
      entrySeq: last?.seq ?? 0,
      transferSeq: lastTransfer.seq ?? 0,
      hash: last?.hash ?? genesisHash,
      recordedAt: last?.recorded_at ?? 0,
    };
  }
}

/** Expired pending entries voided per sweep; the rest wait for the next write. */
const expirySweepMax = 1000;

function prepareStatements(sqlite: Database.Database) {
  const prepare = (sql: string) => sqlite.prepare(sql);
  return {
    lastEntry: prepare('SELECT seq, hash, recorded_at FROM ledger_entries ORDER BY seq DESC LIMIT 1'),
    lastTransferSeq: prepare('SELECT max(seq) AS seq FROM ledger_transfers'),
    entryById: prepare('SELECT * FROM ledger_entries WHERE id = ?'),
    resolutionOf: prepare('SELECT id, kind FROM ledger_entries WHERE resolves_entry_id = ?'),
    reversalOf: prepare('SELECT id FROM ledger_entries WHERE reverses_entry_id = ?'),
    transfersInRange: prepare(`${transfersWithAccountIds} WHERE t.seq BETWEEN ? AND ? ORDER BY t.seq`),
    accountById: prepare('SELECT * FROM ledger_accounts WHERE id = ?'),
    expiredPending: prepare(
      'SELECT entry_id FROM ledger_pending_open WHERE expires_at <= ? ORDER BY expires_at, entry_seq LIMIT ?',
    ),
    insertEntry:
      prepare(`INSERT INTO ledger_entries (seq, id, kind, code, description, effective_at, recorded_at,
      pending_expires_at, resolves_entry_id, reverses_entry_id, transfer_seq_first, transfer_count, request_hash,
      hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertTransfer:
      prepare(`INSERT INTO ledger_transfers (seq, entry_seq, kind, debit_account_seq, credit_account_seq,
      asset_code, amount_minor, code, reference_kind, reference_id, operator_reference, recorded_at, effective_at,
      debit_account_debits_posted_after, debit_account_credits_posted_after, credit_account_debits_posted_after,
      credit_account_credits_posted_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertPendingOpen: prepare(
      'INSERT INTO ledger_pending_open (entry_seq, entry_id, expires_at) VALUES (?, ?, ?)',
    ),
    deletePendingOpen: prepare('DELETE FROM ledger_pending_open WHERE entry_id = ?'),
    updateAccountTotals:
      prepare(`UPDATE ledger_accounts SET debits_pending_minor = ?, debits_posted_minor = ?,
      credits_pending_minor = ?, credits_posted_minor = ? WHERE seq = ?`),
  };
}
type Statements = ReturnType<typeof prepareStatements>;

/** The state of one write transaction: the chain head and the accounts it has touched. */
class WriteBatch {
  private readonly accounts = new Map<string, AccountState>();
  private readonly dirty = new Set<string>();
  /** The accounts of the entry being written, before it and as it leaves them (see `working`). */
  private readonly originals: AccountState[] = [];
  private readonly copies: AccountState[] = [];

  constructor(
    private readonly statements: Statements,
    private readonly now: number,
    private head: ChainHead,
  ) {}

  tryRecord(request: EntryRequest): BatchResult {
    try {
      return { ok: true, value: this.recordOne(request) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error };
      throw error; // a broken invariant or a database failure aborts the whole transaction
    }
  }

  expireDuePending(): number {
    const due = this.statements.expiredPending.all(this.now, expirySweepMax) as Array<{ entry_id: string }>;
    for (const { entry_id: pendingEntryId } of due) {
      const pending = this.pendingEntry(pendingEntryId, 'expire');
      this.write({
        id: uuidv7(),
        kind: 'expire_pending',
        code: pending.code,
        description: 'Pending entry expired',
        effectiveAt: null,
        timeoutMs: null,
        resolvesEntryId: pending.id,
        reversesEntryId: null,
        requestHash: sha256Hex(canonicalJson({ kind: 'expire_pending', pendingEntryId })),
        transfers: this.pendingTransfers(pending).map((transfer) => ({
          ...transfer,
          releasedPendingMinor: transfer.amountMinor,
        })),
      });
    }
    return due.length;
  }

  flushAccounts(): void {
    for (const id of this.dirty) {
      const state = this.accounts.get(id);
      assertLedger(state !== undefined, `dirty account ${id} is cached`);
      this.statements.updateAccountTotals.run(
        state.debitsPending,
        state.debitsPosted,
        state.creditsPending,
        state.creditsPosted,
        state.seq,
      );
    }
    this.dirty.clear();
  }

  /**
   * Plans and writes the entry; only when that is refused (or the entry row's id is already taken)
   * does it look the id up: a recorded id returns its first result (or is refused if the content
   * differs), whatever the ledger's state now. New ids, the common case, cost no extra lookup.
   */
  private recordOne(request: EntryRequest): RecordedEntry {
    validateRequestShape(request);
    const hashOfRequest = requestHash(request);
    try {
      const planned = this.plan(request, hashOfRequest);
      return { id: planned.id, seq: this.write(planned), replayed: false };
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof EntryIdTaken)) throw error;
      const existing = this.statements.entryById.get(request.id) as EntryRow | undefined;
      if (existing === undefined) {
        assertLedger(!(error instanceof EntryIdTaken), `entry id ${request.id} taken but not found`);
        throw error;
      }
      if (existing.request_hash !== hashOfRequest) {
        throw refuse(
          'id_reused',
          `Entry ${request.id} was already recorded with different content; a new entry needs a new id.`,
        );
      }
      return { id: existing.id, seq: existing.seq, replayed: true };
    }
  }

  private plan(request: EntryRequest, requestHash: string): PlannedEntry {
    if (request.kind === 'posting' || request.kind === 'pending') {
      // The common case, written out: no intermediate objects.
      const transfers: PlannedTransfer[] = new Array(request.transfers.length);
      for (let index = 0; index < transfers.length; index += 1) {
        transfers[index] = this.planNewTransfer(request.transfers[index] as TransferRequest, index);
      }
      return {
        id: request.id,
        kind: request.kind,
        code: request.code,
        description: request.description ?? null,
        effectiveAt: request.effectiveAt ?? null,
        timeoutMs: request.kind === 'pending' ? request.timeoutMs : null,
        resolvesEntryId: null,
        reversesEntryId: null,
        requestHash,
        transfers,
      };
    }
    const base = {
      id: request.id,
      description: request.description ?? null,
      requestHash,
      resolvesEntryId: null,
      reversesEntryId: null,
      timeoutMs: null,
      effectiveAt: null,
    };
    switch (request.kind) {
      case 'post_pending': {
        const pending = this.pendingEntry(request.pendingEntryId, 'post');
        const original = this.pendingTransfers(pending);
        const amounts = request.amountsMinor ?? original.map((transfer) => transfer.amountMinor);
        if (amounts.length !== original.length) {
          throw badInput(
            'amountsMinor',
            `must list one amount per transfer of the pending entry (${original.length}), got ${amounts.length}`,
          );
        }
        return {
          ...base,
          kind: 'post_pending',
          code: pending.code,
          resolvesEntryId: pending.id,
          transfers: original.map((transfer, index) => {
            const amount = amounts[index] ?? 0;
            if (!Number.isSafeInteger(amount) || amount < 1 || amount > transfer.amountMinor) {
              throw badInput(
                `amountsMinor.${index}`,
                `must be a whole number from 1 to the pending ${transfer.amountMinor}; void the entry to post nothing`,
              );
            }
            return { ...transfer, amountMinor: amount, releasedPendingMinor: transfer.amountMinor };
          }),
        };
      }
      case 'void_pending': {
        const pending = this.pendingEntry(request.pendingEntryId, 'void');
        return {
          ...base,
          kind: 'void_pending',
          code: pending.code,
          resolvesEntryId: pending.id,
          transfers: this.pendingTransfers(pending).map((transfer) => ({
            ...transfer,
            releasedPendingMinor: transfer.amountMinor,
          })),
        };
      }
      case 'reversal': {
        const original = this.statements.entryById.get(request.reversesEntryId) as EntryRow | undefined;
        if (original === undefined)
          throw badInput('reversesEntryId', `names no entry (${request.reversesEntryId})`);
        if (original.kind === 'reversal') {
          throw refuse(
            'reversal_of_reversal',
            `Entry ${original.id} is itself a reversal; it cannot be reversed.`,
          );
        }
        if (original.kind !== 'posting' && original.kind !== 'post_pending') {
          throw refuse(
            'not_reversible',
            `Entry ${original.id} is a ${original.kind.replace('_', ' ')} entry: only posted entries are reversed (void a pending one).`,
          );
        }
        const reversal = this.statements.reversalOf.get(original.id) as { id: string } | undefined;
        if (reversal !== undefined) {
          throw refuse(
            'already_reversed',
            `Entry ${original.id} was already reversed by entry ${reversal.id}.`,
          );
        }
        const transfers = this.statements.transfersInRange.all(
          original.transfer_seq_first,
          original.transfer_seq_first + original.transfer_count - 1,
        ) as TransferRow[];
        for (const row of transfers) {
          for (const accountId of [row.debit_account_id, row.credit_account_id]) {
            const account = this.account(accountId);
            if (account?.closed === true) {
              throw refuse('account_closed', `Account ${account.code} is closed; it takes no new movements.`);
            }
          }
        }
        return {
          ...base,
          kind: 'reversal',
          code: original.code,
          effectiveAt: request.effectiveAt ?? null,
          reversesEntryId: original.id,
          transfers: transfers.map((row) => ({
            debitAccountId: row.credit_account_id,
            creditAccountId: row.debit_account_id,
            amountMinor: row.amount_minor,
            releasedPendingMinor: 0,
            code: row.code,
            referenceKind: row.reference_kind,
            referenceId: row.reference_id,
            operatorReference: row.operator_reference,
          })),
        };
      }
    }
  }

  private planNewTransfer(transfer: TransferRequest, index: number): PlannedTransfer {
    const debit = this.openAccount(transfer.debitAccountId, index, 'debitAccountId');
    const credit = this.openAccount(transfer.creditAccountId, index, 'creditAccountId');
    if (debit.assetCode !== credit.assetCode) {
      throw badInput(
        `transfers.${index}`,
        `moves between different assets (${debit.code} holds ${debit.assetCode}, ${credit.code} holds ${credit.assetCode})`,
      );
    }
    return {
      debitAccountId: transfer.debitAccountId,
      creditAccountId: transfer.creditAccountId,
      amountMinor: transfer.amountMinor,
      releasedPendingMinor: 0,
      code: transfer.code,
      referenceKind: transfer.reference?.kind ?? null,
      referenceId: transfer.reference?.id ?? null,
      operatorReference: transfer.operatorReference ?? null,
    };
  }

  /** The account a new transfer names on one side, refused if it does not exist or is closed. */
  private openAccount(id: string, index: number, side: 'debitAccountId' | 'creditAccountId'): AccountState {
    const account = this.account(id);
    if (account === undefined) throw badInput(`transfers.${index}.${side}`, `names no account (${id})`);
    if (account.closed)
      throw refuse('account_closed', `Account ${account.code} is closed; it takes no new movements.`);
    return account;
  }

  /** A pending entry that is still open, or the refusal that says why it cannot be resolved. */
  private pendingEntry(pendingEntryId: string, action: 'post' | 'void' | 'expire'): EntryRow {
    const pending = this.statements.entryById.get(pendingEntryId) as EntryRow | undefined;
    if (pending === undefined) throw badInput('pendingEntryId', `names no entry (${pendingEntryId})`);
    if (pending.kind !== 'pending') {
      throw refuse(
        'not_pending',
        `Entry ${pending.id} is not a pending entry; there is nothing to ${action}.`,
      );
    }
    const resolution = this.statements.resolutionOf.get(pending.id) as
      | { id: string; kind: EntryKind }
      | undefined;
    if (resolution !== undefined) {
      const how = { post_pending: 'posted', void_pending: 'voided', expire_pending: 'expired' }[
        resolution.kind as 'post_pending' | 'void_pending' | 'expire_pending'
      ];
      throw refuse(
        'already_resolved',
        `Pending entry ${pending.id} was already ${how} by entry ${resolution.id}.`,
      );
    }
    assertLedger(pending.pending_expires_at !== null, `pending entry ${pending.id} has an expiry`);
    if (action !== 'expire' && pending.pending_expires_at <= this.now) {
      throw refuse('pending_expired', `Pending entry ${pending.id} has expired; nothing was posted.`);
    }
    return pending;
  }

  private pendingTransfers(pending: EntryRow): PlannedTransfer[] {
    const rows = this.statements.transfersInRange.all(
      pending.transfer_seq_first,
      pending.transfer_seq_first + pending.transfer_count - 1,
    ) as TransferRow[];
    assertLedger(rows.length === pending.transfer_count, `pending entry ${pending.id} has all its transfers`);
    return rows.map((row) => ({
      debitAccountId: row.debit_account_id,
      creditAccountId: row.credit_account_id,
      amountMinor: row.amount_minor,
      releasedPendingMinor: 0,
      code: row.code,
      referenceKind: row.reference_kind,
      referenceId: row.reference_id,
      operatorReference: row.operator_reference,
    }));
  }

  private account(id: string): AccountState | undefined {
    const cached = this.accounts.get(id);
    if (cached !== undefined) return cached;
    const row = this.statements.accountById.get(id) as AccountRow | undefined;
    if (row === undefined) return undefined;
    const state = accountStateOf(row);
    this.accounts.set(id, state);
    return state;
  }

  /**
   * The working copy of an account for the entry being written: the state before it (cached) and
   * the copy sit in two parallel arrays reused by every entry (an entry moves a handful of
   * accounts; a linear search beats two Maps per entry).
   */
  private working(id: string): AccountState {
    const originals = this.originals;
    for (let index = 0; index < originals.length; index += 1) {
      if ((originals[index] as AccountState).id === id) return this.copies[index] as AccountState;
    }
    const original = this.account(id);
    if (original === undefined) return assertLedger(false, `account ${id} exists`) as never;
    const copy = { ...original };
    originals.push(original);
    this.copies.push(copy);
    return copy;
  }

  /**
   * Applies the entry to copies of its accounts, checks every balance rule on them, then writes
   * the rows and keeps the copies. A refusal before the first INSERT leaves nothing behind.
   */
  private write(entry: PlannedEntry): number {
    const recordedAt = Math.max(this.now, this.head.recordedAt); // the chain's time never runs backwards
    const effectiveAt = entry.effectiveAt ?? recordedAt;
    const originals = this.originals;
    const copies = this.copies;
    originals.length = 0;
    copies.length = 0;

    const entrySeq = this.head.entrySeq + 1;
    const transferSeqFirst = this.head.transferSeq + 1;
    const transferCount = entry.transfers.length;
    const hashedTransfers: HashedTransfer[] = new Array(transferCount);
    const accountSeqs: number[] = new Array(2 * transferCount);
    for (let index = 0; index < transferCount; index += 1) {
      const transfer = entry.transfers[index] as PlannedTransfer;
      assertMinor(transfer.amountMinor, 'transfer amount');
      assertLedger(transfer.amountMinor > 0, 'transfer amounts are positive');
      const debit = this.working(transfer.debitAccountId);
      const credit = this.working(transfer.creditAccountId);
      assertLedger(debit.assetCode === credit.assetCode, 'both sides of a transfer hold the same asset');
      applyTransfer(entry.kind, transfer, debit, credit);
      accountSeqs[2 * index] = debit.seq;
      accountSeqs[2 * index + 1] = credit.seq;
      hashedTransfers[index] = [
        transferSeqFirst + index,
        entry.kind,
        transfer.debitAccountId,
        transfer.creditAccountId,
        debit.assetCode,
        transfer.amountMinor,
        transfer.code,
        transfer.referenceKind,
        transfer.referenceId,
        transfer.operatorReference,
        recordedAt,
        effectiveAt,
        debit.debitsPosted,
        debit.creditsPosted,
        credit.debitsPosted,
        credit.creditsPosted,
      ];
    }

    for (let index = 0; index < copies.length; index += 1) {
      const state = copies[index] as AccountState;
      const broken = firstBrokenRule(originals[index] as AccountState, state);
      if (broken !== undefined) {
        throw refuse(
          'balance_rule',
          `Entry ${entry.id} refused: ${ruleDescription(broken.rule, state.code, broken.limit)}, by ${broken.measure - broken.limit} minor units.`,
        );
      }
    }

    const pendingExpiresAt =
      entry.kind === 'pending' && entry.timeoutMs !== null ? recordedAt + entry.timeoutMs : null;
    const hashed = {
      seq: entrySeq,
      id: entry.id,
      kind: entry.kind,
      code: entry.code,
      description: entry.description,
      effectiveAt,
      recordedAt,
      pendingExpiresAt,
      resolvesEntryId: entry.resolvesEntryId,
      reversesEntryId: entry.reversesEntryId,
      transferSeqFirst,
      transferCount,
      requestHash: entry.requestHash,
    };
    const hash = entryHash(this.head.hash, hashed, hashedTransfers);
    try {
      this.statements.insertEntry.run(
        entrySeq,
        entry.id,
        entry.kind,
        entry.code,
        entry.description,
        effectiveAt,
        recordedAt,
        pendingExpiresAt,
        entry.resolvesEntryId,
        entry.reversesEntryId,
        transferSeqFirst,
        transferCount,
        entry.requestHash,
        hash,
      );
    } catch (error) {
      // The UNIQUE index on the id is the idempotency check of new entries: nothing was written.
      if (isEntryIdTaken(error)) throw new EntryIdTaken();
      throw error;
    }
    for (let index = 0; index < transferCount; index += 1) {
      const row = hashedTransfers[index] as HashedTransfer;
      this.statements.insertTransfer.run(
        row[0],
        entrySeq,
        row[1],
        accountSeqs[2 * index],
        accountSeqs[2 * index + 1],
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
        row[11],
        row[12],
        row[13],
        row[14],
        row[15],
      );
    }
    if (pendingExpiresAt !== null)
      this.statements.insertPendingOpen.run(entrySeq, entry.id, pendingExpiresAt);
    if (entry.resolvesEntryId !== null) {
      const removed = this.statements.deletePendingOpen.run(entry.resolvesEntryId).changes;
      assertLedger(removed === 1, `pending entry ${entry.resolvesEntryId} was open`);
    }

    for (let index = 0; index < copies.length; index += 1) {
      const state = copies[index] as AccountState;
      this.accounts.set(state.id, state);
      this.dirty.add(state.id);
    }
    this.head = {
      entrySeq,
      transferSeq: transferSeqFirst + transferCount - 1,
      hash,
      recordedAt,
    };
    return entrySeq;
  }
}

/** Thrown when the entry row's id is already taken: the caller answers with the first result. */
class EntryIdTaken extends Error {}

function isEntryIdTaken(error: unknown): boolean {
  return (
    (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    String((error as Error).message).includes('ledger_entries.id')
  );
}

/** Applies one transfer to its accounts and asserts the totals stay sound. */
function applyTransfer(
  kind: EntryKind,
  transfer: PlannedTransfer,
  debit: AccountState,
  credit: AccountState,
): void {
  assertLedger(
    kind !== 'post_pending' || transfer.amountMinor <= transfer.releasedPendingMinor,
    'a pending transfer posts for at most its amount',
  );
  applyTransferEffect(kind, transfer.amountMinor, transfer.releasedPendingMinor, debit, credit);
  assertTotalsSound(debit);
  assertTotalsSound(credit);
}

/** Messages are built only on failure: this runs for both accounts of every transfer. */
function assertTotalsSound(state: AccountState): void {
  if (state.debitsPending < 0 || state.creditsPending < 0)
    assertLedger(false, `pending totals of ${state.code} stay non-negative`);
  if (!Number.isSafeInteger(state.debitsPosted))
    assertMinor(state.debitsPosted, `${state.code} debits posted`);
  if (!Number.isSafeInteger(state.creditsPosted))
    assertMinor(state.creditsPosted, `${state.code} credits posted`);
}

/** Checks what a request carries before anything is read: refuses it whole, naming the field. */
function validateRequestShape(request: EntryRequest): void {
  if (typeof request.id !== 'string' || !entryIdPattern.test(request.id)) {
    throw badInput('id', 'must be 1 to 64 letters, digits or - _ : . (a UUIDv7)');
  }
  if (request.description !== undefined && request.description.length > descriptionLengthMax) {
    throw badInput('description', `is longer than ${descriptionLengthMax} characters`);
  }
  if (request.kind === 'posting' || request.kind === 'pending') {
    if (request.code.length === 0 || request.code.length > codeLengthMax) {
      throw badInput('code', `must be 1 to ${codeLengthMax} characters`);
    }
    if (request.transfers.length === 0 || request.transfers.length > transfersPerEntryMax) {
      throw badInput('transfers', `must hold 1 to ${transfersPerEntryMax} transfers`);
    }
    for (let index = 0; index < request.transfers.length; index += 1) {
      const transfer = request.transfers[index] as TransferRequest;
      if (!Number.isSafeInteger(transfer.amountMinor) || transfer.amountMinor <= 0) {
        throw badInput(`transfers.${index}.amountMinor`, 'must be a positive whole number of minor units');
      }
      if (transfer.debitAccountId === transfer.creditAccountId) {
        throw badInput(`transfers.${index}`, 'debits and credits the same account');
      }
      if (transfer.code.length === 0 || transfer.code.length > codeLengthMax) {
        throw badInput(`transfers.${index}.code`, `must be 1 to ${codeLengthMax} characters`);
      }
    }
    if (request.effectiveAt !== undefined && !Number.isSafeInteger(request.effectiveAt)) {
      throw badInput('effectiveAt', 'must be an instant in epoch milliseconds');
    }
  }
  if (request.kind === 'pending') {
    if (
      !Number.isSafeInteger(request.timeoutMs) ||
      request.timeoutMs < 1 ||
      request.timeoutMs > pendingTimeoutMsMax
    ) {
      throw badInput('timeoutMs', `must be from 1 ms to ${pendingTimeoutMsMax} ms (90 days)`);
    }
  }
}
