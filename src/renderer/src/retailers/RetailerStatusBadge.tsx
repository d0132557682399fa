import { Badge, type BadgeProps } from '@mantine/core';
import type { RetailerStatus } from '../../../contract/retailerSchemas';
import { retailerStatusColors, retailerStatusLabels } from './retailerLabels';

export function RetailerStatusBadge({ status, ...props }: { status: RetailerStatus } & BadgeProps) {
  return (
    <Badge
      color={retailerStatusColors[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      data-status={status}
      {...props}
    >
      {retailerStatusLabels[status]}
    </Badge>
  );
}
