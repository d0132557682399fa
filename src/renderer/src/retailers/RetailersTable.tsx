import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RetailerView } from '../../../contract/retailerSchemas';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { type TableSort, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { RetailerStatusBadge } from './RetailerStatusBadge';

// Fits beside the navigation at 1360 px: a 15-digit MSISDN, "F CFA 999,999,999", "Sub-distributor".
const tableWidthMinPx = 1028;
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

function columnsFor(asset: AmountAsset, t: TFunction<'retailers'>): Array<VirtualColumn<RetailerView>> {
  return [
    {
      key: 'code',
      label: t('table.columns.code'),
      width: '104px',
      sortKey: 'code',
      cell: (retailer) => (
        <Text size="sm" ff="monospace">
          {retailer.code}
        </Text>
      ),
    },
    {
      key: 'name',
      label: t('table.columns.name'),
      width: 'minmax(140px, 1.5fr)',
      sortKey: 'name',
      cell: (retailer) => (
        <Text size="sm" fw={500} truncate>
          {retailer.name}
        </Text>
      ),
    },
    {
      key: 'level',
      label: t('table.columns.level'),
      width: '136px',
      cell: (retailer) => <Text size="sm">{t(`labels.level.${retailer.level}`)}</Text>,
    },
    {
      key: 'parent',
      label: t('table.columns.parent'),
      width: 'minmax(130px, 1fr)',
      cell: (retailer) =>
        retailer.parentCode === null ? (
          dash
        ) : (
          <div style={{ minWidth: 0 }}>
            <Text size="sm" truncate>
              {retailer.parentName}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {retailer.parentCode}
            </Text>
          </div>
        ),
    },
    {
      key: 'region',
      label: t('table.columns.region'),
      width: 'minmax(80px, 0.7fr)',
      sortKey: 'region',
      cell: (retailer) =>
        retailer.region === null ? (
          dash
        ) : (
          <Text size="sm" truncate>
            {retailer.region}
          </Text>
        ),
    },
    {
      key: 'wallet',
      label: t('table.columns.wallet'),
      width: '136px',
      cell: (retailer) =>
        retailer.walletMsisdn === null ? (
          dash
        ) : (
          <Text size="sm" ff="monospace">
            {retailer.walletMsisdn}
          </Text>
        ),
    },
    {
      key: 'terms',
      label: t('table.columns.terms'),
      width: '96px',
      cell: (retailer) => <Text size="sm">{t(`labels.terms.${retailer.terms}`)}</Text>,
    },
    {
      key: 'creditLimit',
      label: t('table.columns.creditLimit'),
      width: '130px',
      alignRight: true,
      cell: (retailer) =>
        retailer.terms === 'prepaid' ? (
          dash
        ) : (
          <AmountText amountMinor={retailer.creditLimitMinor} asset={asset} size="sm" />
        ),
    },
    {
      key: 'status',
      label: t('table.columns.status'),
      width: '110px',
      sortKey: 'status',
      cell: (retailer) => <RetailerStatusBadge status={retailer.status} />,
    },
  ];
}

/** One row per retailer, loaded a page at a time by the screen; headers sort on the server. */
export function RetailersTable({
  total,
  rowAt,
  asset,
  sort,
  onSort,
  onRangeChange,
  onOpen,
}: {
  total: number;
  rowAt: (index: number) => RetailerView | undefined;
  asset: AmountAsset;
  sort: TableSort;
  onSort: (key: string) => void;
  onRangeChange: (firstIndex: number, lastIndex: number) => void;
  onOpen: (retailer: RetailerView) => void;
}) {
  const { t } = useTranslation('retailers');
  return (
    <VirtualTable
      label={t('table.label')}
      testId="retailers-table"
      rowCount={total}
      rowAt={rowAt}
      rowKey={(retailer) => retailer.code}
      rowData={(retailer) => ({ 'data-code': retailer.code, 'data-status': retailer.status })}
      columns={columnsFor(asset, t)}
      tableWidthMinPx={tableWidthMinPx}
      viewportOffsetPx={300}
      sort={sort}
      onSort={onSort}
      onRangeChange={onRangeChange}
      onOpen={onOpen}
    />
  );
}
