import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PurchaseStatus } from '../../../contract/purchaseSchemas';
import { purchaseStatusColors } from './purchaseLabels';

export function PurchaseStatusBadge({ status, ...props }: { status: PurchaseStatus } & BadgeProps) {
  const { t } = useTranslation('purchases');
  return (
    <Badge
      color={purchaseStatusColors[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      data-status={status}
      {...props}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
