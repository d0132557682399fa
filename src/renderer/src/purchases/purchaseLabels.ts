import type { MantineColor } from '@mantine/core';
import type {
  OperatorTermsView,
  PurchaseStatus,
  productKinds,
  purchasePaymentMethods,
} from '../../../contract/purchaseSchemas';
import { i18n } from '../i18n/i18n';

/** How a purchase is paid: money now, or on the operator's credit terms. */
export type PurchasePaymentMethod = (typeof purchasePaymentMethods)[number];
export type ProductKind = (typeof productKinds)[number];

/** A purchase order's status in a word, in the current language. */
export function purchaseStatusLabel(status: PurchaseStatus): string {
  return i18n.t(`purchases:status.${status}`);
}

export const purchaseStatusColors: Record<PurchaseStatus, MantineColor> = {
  draft: 'gray',
  submitted: 'blue',
  confirmed: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

const paymentKeys = {
  cash: 'cash',
  bank_transfer: 'bankTransfer',
  mobile_money: 'mobileMoney',
  credit: 'credit',
} as const satisfies Record<PurchasePaymentMethod, string>;

/** How a purchase is paid, as a label: "Bank transfer", "On credit". */
export function purchasePaymentLabel(method: PurchasePaymentMethod): string {
  return i18n.t(`purchases:payment.${paymentKeys[method]}`);
}

/** How a purchase is paid, inside a sentence: "Paid bank transfer", "paid on credit". */
export function purchasePaidHowText(method: PurchasePaymentMethod): string {
  return i18n.t(`purchases:paidHow.${paymentKeys[method]}`);
}

/** Prepaid or on credit, as the operator's terms say. */
export function paymentTermsLabel(terms: OperatorTermsView['paymentTerms']): string {
  return i18n.t(`purchases:paymentTerms.${terms}`);
}

/** What a catalogue product sells: airtime, data or SMS. */
export function productKindLabel(kind: ProductKind): string {
  return i18n.t(`purchases:productKind.${kind}`);
}
