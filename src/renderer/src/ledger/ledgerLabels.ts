import type { AccountType, AccountView, EntryKind, LedgerViolation } from '../../../contract/ledgerSchemas';

/** Account types as a distributor's accountant names them. */
export const accountTypeLabels: Record<AccountType, string> = {
  wholesale_stock: 'Wholesale stock',
  retailer_stock: 'Retailer stock',
  operator_issuance: 'Operator issuance',
  retailer_receivable: 'Retailer receivable',
  operator_payable: 'Operator payable',
  bank: 'Bank',
  cash: 'Cash',
  mobile_money: 'Mobile money',
  commission_expense: 'Commission expense',
  commission_payable: 'Commission payable',
  discount_income: 'Discount income',
  direct_sales: 'Direct sales',
  airtime_sales: 'Airtime sold to retailers',
  airtime_purchases: 'Airtime bought from operators',
  equity: 'Equity',
  suspense: 'Suspense',
  clearing: 'Clearing',
};

export const ownerKindLabels: Record<AccountView['ownerKind'], string> = {
  distributor: 'Distributor',
  operator: 'Operator',
  retailer: 'Retailer',
};

/** "Retailer R-001", "Operator mtn-ci"; the distributor's own accounts are just "Distributor". */
export function ownerLabel(account: Pick<AccountView, 'ownerKind' | 'ownerId'>): string {
  if (account.ownerKind === 'distributor' && account.ownerId === 'self') return 'Distributor';
  return `${ownerKindLabels[account.ownerKind]} ${account.ownerId}`;
}

export const entryKindLabels: Record<EntryKind, string> = {
  posting: 'Posting',
  pending: 'Pending (reserved)',
  post_pending: 'Posts a pending entry',
  void_pending: 'Voids a pending entry',
  expire_pending: 'Expiry of a pending entry',
  reversal: 'Reversal',
};

export const entryKindColors: Record<EntryKind, string> = {
  posting: 'gray',
  pending: 'yellow',
  post_pending: 'teal',
  void_pending: 'orange',
  expire_pending: 'orange',
  reversal: 'grape',
};

/** How a pending entry was resolved, as a past participle: "posted", "voided", "expired". */
export function resolutionLabel(kind: EntryKind): string {
  switch (kind) {
    case 'post_pending':
      return 'posted';
    case 'void_pending':
      return 'voided';
    case 'expire_pending':
      return 'expired';
    default:
      return entryKindLabels[kind].toLowerCase();
  }
}

export const ledgerCheckLabels: Record<LedgerViolation['check'], string> = {
  hash_chain: 'Hash chain',
  entry_shape: 'Entry shape',
  debits_equal_credits: 'Debits equal credits',
  account_balances: 'Account balances',
  balance_rules: 'Balance rules',
  running_balances: 'Running balances',
  pending_resolution: 'Pending resolution',
  audit_chain: 'Audit trail chain',
  audit_unrecorded: 'Audit event missing',
};

/** A long id shortened for tables and links, still telling ids apart: "01900000…0005". */
export function shortId(id: string): string {
  return id.length <= 14 ? id : `${id.slice(0, 8)}…${id.slice(-4)}`;
}
