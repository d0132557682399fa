import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AllocationView } from '../../../contract/allocationSchemas';
import { formatInstantCompact } from '../format/formatInstant';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { AllocationStatusBadge } from './AllocationStatusBadge';

function columns(
  airtime: AmountAsset,
  money: AmountAsset,
  withRetailer: boolean,
  t: TFunction<'allocations'>,
): Array<VirtualColumn<AllocationView>> {
  const all: Array<VirtualColumn<AllocationView> | null> = [
    {
      key: 'created',
      label: t('table.columns.created'),
      width: '140px',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.createdAt)}</Text>,
    },
    withRetailer
      ? {
          key: 'retailer',
          label: t('table.columns.retailer'),
          width: 'minmax(180px, 1.2fr)',
          cell: (row) => (
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" truncate>
                {row.retailerName ?? row.partyId ?? '—'}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {row.retailerCode ?? ''}
              </Text>
            </Stack>
          ),
        }
      : null,
    {
      key: 'status',
      label: t('table.columns.status'),
      width: '150px',
      cell: (row) => <AllocationStatusBadge status={row.status} />,
    },
    {
      key: 'amount',
      label: t('table.columns.amount'),
      // Wide enough for "Reversed F CFA 1,500,000" under the amount.
      width: '184px',
      alignRight: true,
      cell: (row) =>
        row.reversedMinor === 0 ? (
          <AmountText amountMinor={row.amountMinor} asset={airtime} size="sm" />
        ) : (
          <Stack gap={0} align="flex-end" style={{ minWidth: 0 }}>
            <AmountText amountMinor={row.amountMinor} asset={airtime} size="sm" />
            <Text size="xs" c="orange" data-testid="allocation-row-reversed">
              {t('table.reversed', { amount: formatMinor(row.reversedMinor, airtime) })}
            </Text>
          </Stack>
        ),
    },
    {
      key: 'charged',
      label: t('table.columns.charged'),
      width: '140px',
      alignRight: true,
      cell: (row) =>
        row.chargedMinor === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <AmountText amountMinor={row.chargedMinor} asset={money} size="sm" />
        ),
    },
    {
      key: 'reason',
      label: t('table.columns.reason'),
      width: 'minmax(160px, 1fr)',
      cell: (row) => (
        <Text size="sm" c={row.status === 'failed' ? 'red' : 'dimmed'} truncate>
          {row.statusReason ?? row.note ?? ''}
        </Text>
      ),
    },
  ];
  return all.filter((column): column is VirtualColumn<AllocationView> => column !== null);
}

/**
 * Allocations as rows: when, to whom, the operator's answer, the amount (and what was reversed of
 * it) and what the retailer is charged.
 */
export function AllocationsTable({
  rows,
  airtime,
  money,
  withRetailer = true,
  testId,
  onOpen,
}: {
  rows: AllocationView[];
  airtime: AmountAsset;
  money: AmountAsset;
  withRetailer?: boolean;
  testId: string;
  onOpen: (row: AllocationView) => void;
}) {
  const { t } = useTranslation('allocations');
  return (
    <VirtualTable
      label={t('table.label')}
      testId={testId}
      rowCount={rows.length}
      rowAt={(index) => rows[index]}
      rowKey={(row) => row.id}
      rowData={(row) => ({ 'data-allocation-id': row.id, 'data-status': row.status })}
      columns={columns(airtime, money, withRetailer, t)}
      tableWidthMinPx={withRetailer ? 1000 : 800}
      viewportOffsetPx={420}
      onOpen={onOpen}
    />
  );
}
