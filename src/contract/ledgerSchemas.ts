import { z } from 'zod';

/** The chart of accounts of an airtime distributor. */
export const accountTypes = [
  'wholesale_stock', // airtime the distributor holds at an operator
  'retailer_stock', // airtime allocated to a retailer's wallet
  'operator_issuance', // where an operator's airtime comes from and goes back to
  'retailer_receivable', // what a postpaid retailer owes
  'operator_payable', // what the distributor owes an operator on credit terms
  'bank',
  'cash',
  'mobile_money',
  'commission_expense',
  'commission_payable',
  'discount_income',
  'direct_sales',
  'airtime_sales', // airtime allocated to retailers, at face value, against their receivables
  'airtime_purchases', // airtime bought from operators, at face value (cost plus the discount earned)
  'equity',
  'suspense',
  'clearing',
] as const;
export const AccountType = z.enum(accountTypes);
export type AccountType = z.infer<typeof AccountType>;

export const entryKinds = [
  'posting',
  'pending',
  'post_pending',
  'void_pending',
  'expire_pending',
  'reversal',
] as const;
export const EntryKind = z.enum(entryKinds);
export type EntryKind = z.infer<typeof EntryKind>;

export const referenceKinds = [
  'purchase',
  'allocation',
  'sale',
  'topup',
  'payment',
  'settlement',
  'adjustment',
] as const;
export const ReferenceKind = z.enum(referenceKinds);

export const AssetView = z.object({
  code: z.string(),
  kind: z.enum(['money', 'airtime']),
  currency: z.string(),
  scale: z.number().int(),
  name: z.string(),
  operatorId: z.string().nullable(),
});
export type AssetView = z.infer<typeof AssetView>;

const Minor = z.number().int();

export const AccountBalances = z.object({
  debitsPendingMinor: Minor,
  debitsPostedMinor: Minor,
  creditsPendingMinor: Minor,
  creditsPostedMinor: Minor,
  /** Posted balance on the account's normal side (debits − credits for a debit-normal account). */
  balancePostedMinor: Minor,
  /** What can still be spent: posted balance less pending outflows. */
  balanceAvailableMinor: Minor,
});
export type AccountBalances = z.infer<typeof AccountBalances>;

export const AccountView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  assetCode: z.string(),
  type: AccountType,
  normalSide: z.enum(['debit', 'credit']),
  ownerKind: z.enum(['distributor', 'operator', 'retailer']),
  ownerId: z.string(),
  debitsMustNotExceedCredits: z.boolean(),
  creditsMustNotExceedDebits: z.boolean(),
  balanceUpperBoundMinor: Minor.nullable(),
  closed: z.boolean(),
  balances: AccountBalances,
});
export type AccountView = z.infer<typeof AccountView>;

export const TransferView = z.object({
  seq: z.number().int(),
  kind: EntryKind,
  debitAccountId: z.string(),
  creditAccountId: z.string(),
  assetCode: z.string(),
  amountMinor: Minor,
  code: z.string(),
  referenceKind: z.string().nullable(),
  referenceId: z.string().nullable(),
  operatorReference: z.string().nullable(),
});
export type TransferView = z.infer<typeof TransferView>;

export const EntryView = z.object({
  id: z.string(),
  seq: z.number().int(),
  kind: EntryKind,
  code: z.string(),
  description: z.string().nullable(),
  effectiveAt: z.string(),
  recordedAt: z.string(),
  pendingExpiresAt: z.string().nullable(),
  resolvesEntryId: z.string().nullable(),
  reversesEntryId: z.string().nullable(),
  /** For a pending entry: how it was resolved, by which entry. */
  resolvedBy: z.object({ entryId: z.string(), kind: EntryKind }).nullable(),
  /** The entry that reverses this one, if any. */
  reversedByEntryId: z.string().nullable(),
  hash: z.string(),
  transfers: z.array(TransferView),
});
export type EntryView = z.infer<typeof EntryView>;

export const StatementLine = z.object({
  transferSeq: z.number().int(),
  entryId: z.string(),
  entryKind: EntryKind,
  code: z.string(),
  recordedAt: z.string(),
  effectiveAt: z.string(),
  counterpartyAccountId: z.string(),
  /** Signed on the account's normal side: positive raises the balance. */
  amountMinor: Minor,
  balanceAfterMinor: Minor,
  referenceKind: z.string().nullable(),
  referenceId: z.string().nullable(),
  operatorReference: z.string().nullable(),
});
export type StatementLine = z.infer<typeof StatementLine>;

export const AccountStatement = z.object({
  account: AccountView,
  asset: AssetView,
  from: z.string(),
  to: z.string(),
  openingBalanceMinor: Minor,
  closingBalanceMinor: Minor,
  lines: z.array(StatementLine),
  /** True when the range holds more movements than one statement returns. */
  truncated: z.boolean(),
});
export type AccountStatement = z.infer<typeof AccountStatement>;

export const ledgerCheckNames = [
  'hash_chain',
  'entry_shape',
  'debits_equal_credits',
  'account_balances',
  'balance_rules',
  'running_balances',
  'pending_resolution',
  // The audit trail's hash chain, and calls that never got their audit event (see src/core/audit).
  'audit_chain',
  'audit_unrecorded',
] as const;

export const LedgerViolation = z.object({
  check: z.enum(ledgerCheckNames),
  entryId: z.string().nullable(),
  accountId: z.string().nullable(),
  /** The audit event it concerns (audit checks only). */
  auditEventSeq: z.number().int().optional(),
  message: z.string(),
});
export type LedgerViolation = z.infer<typeof LedgerViolation>;

export const LedgerVerifyReport = z.object({
  mode: z.enum(['full', 'quick']),
  checkedAt: z.string(),
  durationMs: z.number(),
  entriesChecked: z.number().int(),
  transfersChecked: z.number().int(),
  accountsChecked: z.number().int(),
  /** Audit events whose chain was re-checked (absent: the audit trail was not checked). */
  auditEventsChecked: z.number().int().optional(),
  ok: z.boolean(),
  violations: z.array(LedgerViolation),
  /** Present when more violations were found than the report lists. */
  violationsOmitted: z.number().int(),
});
export type LedgerVerifyReport = z.infer<typeof LedgerVerifyReport>;

const IsoInstant = z.iso.datetime({ offset: true });

export const ListAccountsInput = z.object({
  ownerKind: z.enum(['distributor', 'operator', 'retailer']).optional(),
  ownerId: z.string().max(200).optional(),
  assetCode: z.string().max(64).optional(),
});

export const AccountStatementInput = z
  .object({
    accountId: z.string().min(1).max(64),
    from: IsoInstant,
    to: IsoInstant,
  })
  .refine((input) => Date.parse(input.from) <= Date.parse(input.to), {
    message: 'must not be after "to"',
    path: ['from'],
  });

export const BalanceAsAtInput = z.object({ accountId: z.string().min(1).max(64), asAt: IsoInstant });
export const BalanceAsAt = z.object({ accountId: z.string(), asAt: z.string(), balancePostedMinor: Minor });

export const EntryInput = z.object({ entryId: z.string().min(1).max(64) });
export const VerifyLedgerInput = z.object({ mode: z.enum(['full', 'quick']).default('full') });
