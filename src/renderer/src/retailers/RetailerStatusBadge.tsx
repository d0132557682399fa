import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetailerStatus } from '../../../contract/retailerSchemas';
import { retailerStatusColors } from './retailerLabels';

export function RetailerStatusBadge({ status, ...props }: { status: RetailerStatus } & BadgeProps) {
  const { t } = useTranslation('retailers');
  return (
    <Badge
      color={retailerStatusColors[status]}
      variant="light"
      style={{ textTransform: 'none' }}
      data-status={status}
      {...props}
    >
      {t(`labels.status.${status}`)}
    </Badge>
  );
}
