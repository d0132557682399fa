import type { MantineColor } from '@mantine/core';
import type { AllocationStatus } from '../../../contract/allocationSchemas';

/** An allocation's status follows its operator action: queued here, with the operator, then final. */
export const allocationStatusLabels: Record<AllocationStatus, string> = {
  queued: 'Queued',
  in_flight: 'With the operator',
  confirmed: 'Confirmed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const allocationStatusColors: Record<AllocationStatus, MantineColor> = {
  queued: 'blue',
  in_flight: 'cyan',
  confirmed: 'teal',
  failed: 'red',
  cancelled: 'gray',
};
