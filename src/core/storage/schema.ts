import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One row: who this workspace belongs to. Created with the workspace, never deleted. */
export const workspaceProfile = sqliteTable('workspace_profile', {
  id: integer('id').primaryKey(),
  distributorName: text('distributor_name').notNull(),
  baseCurrency: text('base_currency').notNull(),
  createdAt: text('created_at').notNull(),
  createdByAppVersion: text('created_by_app_version').notNull(),
});

/**
 * A ledger: airtime of one operator, or money in one currency. Amounts in it are integers of
 * 10^-scale units (XOF scale 0, NGN scale 2, airtime usually the currency's scale).
 */
export const assets = sqliteTable(
  'ledger_assets',
  {
    code: text('code').primaryKey(),
    kind: text('kind', { enum: ['money', 'airtime'] }).notNull(),
    currency: text('currency').notNull(),
    scale: integer('scale').notNull(),
    name: text('name').notNull(),
    operatorId: text('operator_id'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [check('ledger_assets_scale', sql`${table.scale} BETWEEN 0 AND 9`)],
);

/**
 * An account holds one asset. Its four balance columns are maintained inside the transaction that
 * writes each entry; `verify` recomputes them from the transfers. `seq` is the integer key transfers
 * refer to (small index entries, rowid lookups); `id` is the client's id the API speaks.
 */
export const accounts = sqliteTable(
  'ledger_accounts',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    assetCode: text('asset_code')
      .notNull()
      .references(() => assets.code),
    type: text('type').notNull(),
    normalSide: text('normal_side', { enum: ['debit', 'credit'] }).notNull(),
    ownerKind: text('owner_kind', { enum: ['distributor', 'operator', 'retailer'] }).notNull(),
    ownerId: text('owner_id').notNull(),
    debitsMustNotExceedCredits: integer('debits_must_not_exceed_credits', { mode: 'boolean' }).notNull(),
    creditsMustNotExceedDebits: integer('credits_must_not_exceed_debits', { mode: 'boolean' }).notNull(),
    balanceUpperBoundMinor: integer('balance_upper_bound_minor'),
    closed: integer('closed', { mode: 'boolean' }).notNull().default(false),
    debitsPendingMinor: integer('debits_pending_minor').notNull().default(0),
    debitsPostedMinor: integer('debits_posted_minor').notNull().default(0),
    creditsPendingMinor: integer('credits_pending_minor').notNull().default(0),
    creditsPostedMinor: integer('credits_posted_minor').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('ledger_accounts_owner').on(table.ownerKind, table.ownerId),
    check(
      'ledger_accounts_balances_not_negative',
      sql`${table.debitsPendingMinor} >= 0 AND ${table.debitsPostedMinor} >= 0 AND ${table.creditsPendingMinor} >= 0 AND ${table.creditsPostedMinor} >= 0`,
    ),
  ],
);

/**
 * One business event. `seq` orders the hash chain; transfers of the entry are the contiguous
 * transfer seqs from `transferSeqFirst`. Immutable once written (triggers refuse UPDATE and DELETE).
 */
export const journalEntries = sqliteTable(
  'ledger_entries',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    kind: text('kind', {
      enum: ['posting', 'pending', 'post_pending', 'void_pending', 'expire_pending', 'reversal'],
    }).notNull(),
    code: text('code').notNull(),
    description: text('description'),
    effectiveAt: integer('effective_at').notNull(),
    recordedAt: integer('recorded_at').notNull(),
    pendingExpiresAt: integer('pending_expires_at'),
    resolvesEntryId: text('resolves_entry_id'),
    reversesEntryId: text('reverses_entry_id'),
    transferSeqFirst: integer('transfer_seq_first').notNull(),
    transferCount: integer('transfer_count').notNull(),
    requestHash: text('request_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    // Each pending entry is resolved, and each entry reversed, at most once. Partial indexes: most
    // entries resolve and reverse nothing, and those need no index row.
    uniqueIndex('ledger_entries_resolves_entry')
      .on(table.resolvesEntryId)
      .where(sql`${table.resolvesEntryId} IS NOT NULL`),
    uniqueIndex('ledger_entries_reverses_entry')
      .on(table.reversesEntryId)
      .where(sql`${table.reversesEntryId} IS NOT NULL`),
    index('ledger_entries_pending_expiry')
      .on(table.pendingExpiresAt)
      .where(sql`${table.pendingExpiresAt} IS NOT NULL`),
    check('ledger_entries_transfer_count', sql`${table.transferCount} >= 1`),
  ],
);

/**
 * A movement of `amountMinor` from the credit account to the debit account, both of `assetCode`.
 * Each side carries its account's posted totals after this transfer, which makes "balance as at"
 * one index lookup and statements' running balances free. Accounts are referenced by their integer
 * `seq`: rows and both account indexes stay small, which is most of the cost of writing them into
 * an encrypted file. The hash chain still covers the accounts' string ids.
 */
export const transfers = sqliteTable(
  'ledger_transfers',
  {
    seq: integer('seq').primaryKey(),
    entrySeq: integer('entry_seq').notNull(),
    kind: text('kind', {
      enum: ['posting', 'pending', 'post_pending', 'void_pending', 'expire_pending', 'reversal'],
    }).notNull(),
    debitAccountSeq: integer('debit_account_seq')
      .notNull()
      .references(() => accounts.seq),
    creditAccountSeq: integer('credit_account_seq')
      .notNull()
      .references(() => accounts.seq),
    assetCode: text('asset_code').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    code: text('code').notNull(),
    referenceKind: text('reference_kind'),
    referenceId: text('reference_id'),
    operatorReference: text('operator_reference'),
    recordedAt: integer('recorded_at').notNull(),
    effectiveAt: integer('effective_at').notNull(),
    debitAccountDebitsPostedAfter: integer('debit_account_debits_posted_after').notNull(),
    debitAccountCreditsPostedAfter: integer('debit_account_credits_posted_after').notNull(),
    creditAccountDebitsPostedAfter: integer('credit_account_debits_posted_after').notNull(),
    creditAccountCreditsPostedAfter: integer('credit_account_credits_posted_after').notNull(),
  },
  (table) => [
    index('ledger_transfers_debit_account').on(table.debitAccountSeq, table.seq),
    index('ledger_transfers_credit_account').on(table.creditAccountSeq, table.seq),
    check('ledger_transfers_amount_positive', sql`${table.amountMinor} > 0`),
    check('ledger_transfers_distinct_accounts', sql`${table.debitAccountSeq} <> ${table.creditAccountSeq}`),
  ],
);

/**
 * Pending entries not yet posted, voided or expired: bookkeeping for the expiry sweep, so it
 * touches only what is open. Rows leave when their entry resolves; `verify` rebuilds the set.
 */
export const pendingOpen = sqliteTable(
  'ledger_pending_open',
  {
    entrySeq: integer('entry_seq').primaryKey(),
    entryId: text('entry_id').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [index('ledger_pending_open_expiry').on(table.expiresAt)],
);
