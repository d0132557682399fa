import type { MantineColor } from '@mantine/core';
import type { AllocationStatus } from '../../../contract/allocationSchemas';
import { i18n } from '../i18n/i18n';

const statusLabels: Record<AllocationStatus, () => string> = {
  queued: () => i18n.t('allocations:status.queued'),
  in_flight: () => i18n.t('allocations:status.inFlight'),
  confirmed: () => i18n.t('allocations:status.confirmed'),
  failed: () => i18n.t('allocations:status.failed'),
  cancelled: () => i18n.t('allocations:status.cancelled'),
};

/**
 * An allocation's status follows its operator action: queued here, with the operator, then final.
 * Written in the screens' language at call time.
 */
export function allocationStatusLabel(status: AllocationStatus): string {
  return statusLabels[status]();
}

export const allocationStatusColors: Record<AllocationStatus, MantineColor> = {
  queued: 'blue',
  in_flight: 'cyan',
  confirmed: 'teal',
  failed: 'red',
  cancelled: 'gray',
};
