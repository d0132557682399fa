import type { MantineColor } from '@mantine/core';
import type { PurchaseStatus } from '../../../contract/purchaseSchemas';
import { paymentMethodLabels } from '../payments/paymentLabels';

export const purchaseStatusLabels: Record<PurchaseStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  confirmed: 'Confirmed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const purchaseStatusColors: Record<PurchaseStatus, MantineColor> = {
  draft: 'gray',
  submitted: 'blue',
  confirmed: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

/** How a purchase is paid: money now, or on the operator's credit terms. */
export const purchasePaymentLabels = { ...paymentMethodLabels, credit: 'On credit' } as const;

export const paymentTermsLabels = { prepaid: 'Prepaid', credit: 'Credit' } as const;
