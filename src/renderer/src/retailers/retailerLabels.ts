import type { MantineColor } from '@mantine/core';
import type { RetailerStatus } from '../../../contract/retailerSchemas';

export const retailerLevelLabels = { sub_distributor: 'Sub-distributor', retailer: 'Retailer' } as const;
export const retailerTermsLabels = { prepaid: 'Prepaid', postpaid: 'Postpaid' } as const;
export const retailerStatusLabels: Record<RetailerStatus, string> = {
  active: 'Active',
  suspended: 'Suspended',
  closed: 'Closed',
};
export const retailerStatusColors: Record<RetailerStatus, MantineColor> = {
  active: 'teal',
  suspended: 'orange',
  closed: 'gray',
};

export const retailerLevelOptions = Object.entries(retailerLevelLabels).map(([value, label]) => ({
  value,
  label,
}));
export const retailerTermsOptions = Object.entries(retailerTermsLabels).map(([value, label]) => ({
  value,
  label,
}));
export const retailerStatusOptions = Object.entries(retailerStatusLabels).map(([value, label]) => ({
  value,
  label,
}));
