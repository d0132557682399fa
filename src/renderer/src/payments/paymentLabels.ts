import { type PaymentMethod, paymentMethods } from '../../../contract/paymentSchemas';
import { i18n } from '../i18n/i18n';

/** How money reaches the distributor, in a clerk's words and the screens' language. */
export function paymentMethodLabel(method: PaymentMethod): string {
  return i18n.t(`payments:methods.${method}`);
}

/**
 * The labels by method, for callers that index them: each is read when looked up, so it follows
 * the language (a spread or copy made at load time would not).
 */
export const paymentMethodLabels: Readonly<Record<PaymentMethod, string>> = (() => {
  const labels = {} as Record<PaymentMethod, string>;
  for (const method of paymentMethods) {
    Object.defineProperty(labels, method, { get: () => paymentMethodLabel(method), enumerable: true });
  }
  return labels;
})();

export function paymentMethodOptions(): Array<{ value: PaymentMethod; label: string }> {
  return paymentMethods.map((value) => ({ value, label: paymentMethodLabel(value) }));
}
