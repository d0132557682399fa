import {
  type AccountType,
  type AccountView,
  type EntryKind,
  type LedgerViolation,
  referenceKinds,
} from '../../../contract/ledgerSchemas';
import { i18n } from '../i18n/i18n';

/** An account type as a distributor's accountant names it, in the screens' language. */
export function accountTypeLabel(type: AccountType): string {
  return i18n.t(`ledger:labels.accountTypes.${type}`);
}

export function ownerKindLabel(kind: AccountView['ownerKind']): string {
  return i18n.t(`ledger:labels.ownerKinds.${kind}`);
}

/** "Retailer R-001", "Operator mtn-ci"; the distributor's own accounts are just "Distributor". */
export function ownerLabel(account: Pick<AccountView, 'ownerKind' | 'ownerId'>): string {
  if (account.ownerKind === 'distributor' && account.ownerId === 'self') {
    return i18n.t('ledger:labels.ownDistributor');
  }
  return i18n.t('ledger:labels.ownerWithId', {
    kind: ownerKindLabel(account.ownerKind),
    id: account.ownerId,
  });
}

export function entryKindLabel(kind: EntryKind): string {
  return i18n.t(`ledger:labels.entryKinds.${kind}`);
}

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
  return i18n.t(`ledger:labels.resolutions.${kind}`);
}

export function ledgerCheckLabel(check: LedgerViolation['check']): string {
  return i18n.t(`ledger:labels.checks.${check}`);
}

/** What a movement refers to ("allocation", "purchase"…); a kind this version does not know stays as it is. */
export function referenceKindLabel(kind: string): string {
  return (referenceKinds as readonly string[]).includes(kind)
    ? i18n.t(`ledger:labels.referenceKinds.${kind as (typeof referenceKinds)[number]}`)
    : kind;
}

/** A long id shortened for tables and links, still telling ids apart: "01900000…0005". */
export function shortId(id: string): string {
  return id.length <= 14 ? id : `${id.slice(0, 8)}…${id.slice(-4)}`;
}
