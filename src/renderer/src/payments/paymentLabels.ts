import type { PaymentMethod } from '../../../contract/paymentSchemas';

/** How money reaches the distributor, in a clerk's words. */
export const paymentMethodLabels: Record<PaymentMethod, string> = {
  cash: 'Cash',
  bank_transfer: 'Bank transfer',
  mobile_money: 'Mobile money',
};

export const paymentMethodOptions = Object.entries(paymentMethodLabels).map(([value, label]) => ({
  value,
  label,
}));
