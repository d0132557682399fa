import { Badge, type BadgeProps } from '@mantine/core';
import type { AllocationStatus } from '../../../contract/allocationSchemas';
import { allocationStatusColors, allocationStatusLabel } from './allocationLabels';

export function AllocationStatusBadge({ status, ...props }: { status: AllocationStatus } & BadgeProps) {
  return (
    <Badge
      color={allocationStatusColors[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      data-status={status}
      {...props}
    >
      {allocationStatusLabel(status)}
    </Badge>
  );
}
