import { type PaymentMethod, paymentMethods } from '../../../contract/paymentSchemas';
import { i18n } from '../i18n/i18n';

/** How money reaches the distributor, in a clerk's words and the screens' language. */
export function paymentMethodLabel(method: PaymentMethod): string {
  return i18n.t(`payments:methods.${method}`);
}

export function paymentMethodOptions(): Array<{ value: PaymentMethod; label: string }> {
  return paymentMethods.map((value) => ({ value, label: paymentMethodLabel(value) }));
}
