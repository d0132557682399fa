import { Badge, type BadgeProps } from '@mantine/core';
import type { PurchaseStatus } from '../../../contract/purchaseSchemas';
import { purchaseStatusColors, purchaseStatusLabels } from './purchaseLabels';

export function PurchaseStatusBadge({ status, ...props }: { status: PurchaseStatus } & BadgeProps) {
  return (
    <Badge
      color={purchaseStatusColors[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      data-status={status}
      {...props}
    >
      {purchaseStatusLabels[status]}
    </Badge>
  );
}
