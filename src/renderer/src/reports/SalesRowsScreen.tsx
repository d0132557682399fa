import { Button, Stack, Text } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../contract/operations';
import { useOperation } from '../client/useOperation';
import { formatInstantCompact } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { shortId } from '../ledger/ledgerLabels';
import { useCurrentUser } from '../session/CurrentUserContext';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { noSalesText } from './noSalesText';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import { reportAsset } from './reportAsset';
import { reportsPath, resellersBreakdownPath } from './reportPaths';
import { useOptionalRead } from './useOptionalRead';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

type SaleRow = OperationOutput<'reports.sales'>['rows'][number];

/** Sales per page: a few screens' worth, under the contract's 500. */
const pageRows = 100;
/** Placeholder rows drawn before the first page arrives. */
const loadingRows = 8;
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

function columnsFor(
  t: TFunction<'reports'>,
  onOpenEntry: ((entryId: string) => void) | null,
): Array<VirtualColumn<SaleRow>> {
  return [
    {
      key: 'time',
      label: t('salesRows.columns.time'),
      width: '150px',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.confirmedAt)}</Text>,
    },
    {
      key: 'line',
      label: t('salesRows.columns.line'),
      width: '150px',
      cell: (row) =>
        row.msisdn === null ? (
          dash
        ) : (
          <Text size="sm" ff="monospace">
            {row.msisdn}
          </Text>
        ),
    },
    {
      key: 'channel',
      label: t('salesRows.columns.channel'),
      width: 'minmax(90px, 1fr)',
      cell: (row) => (row.channel === null ? dash : <Text size="sm">{row.channel}</Text>),
    },
    {
      key: 'reference',
      label: t('salesRows.columns.reference'),
      width: 'minmax(140px, 1fr)',
      cell: (row) => (
        <Text size="sm" ff="monospace" truncate title={row.operatorActionId}>
          {row.operatorActionId}
        </Text>
      ),
    },
    {
      key: 'faceValue',
      label: t('salesRows.columns.faceValue'),
      width: '150px',
      alignRight: true,
      cell: (row) => <AmountText amountMinor={row.amountMinor} asset={reportAsset(row)} size="sm" />,
    },
    {
      key: 'entry',
      label: t('salesRows.columns.entry'),
      width: '170px',
      cell: (row) =>
        row.entryId === null ? (
          <Text size="sm" c="dimmed" title={t('salesRows.notBookedWhy')}>
            {t('salesRows.notBooked')}
          </Text>
        ) : onOpenEntry === null ? (
          <Text size="sm" ff="monospace">
            {shortId(row.entryId)}
          </Text>
        ) : (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconLink size={14} />}
            onClick={() => onOpenEntry(row.entryId as string)}
            aria-label={t('salesRows.openEntry', { id: row.entryId })}
            styles={{ label: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          >
            {shortId(row.entryId)}
          </Button>
        ),
    },
  ];
}

/**
 * The sales behind a figure, newest first: one reseller's, or those made without a reseller. A
 * row opens the journal entry that books it, in the ledger's own drawer.
 */
export function SalesRowsScreen({ kind, code }: { kind: 'reseller' | 'direct'; code?: string }) {
  const { t } = useTranslation('reports');
  const { view, filters, hrefOf } = useReportView();
  const { can } = useCurrentUser();
  usePrintableReport();
  const mayOpenEntries = can('ledger.read');
  const [page, setPage] = useState(1);
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const retailer = useOptionalRead(
    'retailers.get',
    { code: code ?? '' },
    code !== undefined && can('retailers.read'),
  );
  const list = useOperation('reports.sales', {
    filters,
    kind,
    ...(code === undefined ? {} : { retailerCode: code }),
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  const rows = list.data?.rows ?? [];
  const name = retailer?.retailer.name ?? code ?? '';
  const title = kind === 'direct' ? t('salesRows.directTitle') : t('salesRows.resellerTitle', { name });
  const openEntry = mayOpenEntries ? (entryId: string) => setEntryTrail([entryId]) : null;
  const exportRequest = {
    report: 'sales' as const,
    filters,
    kind,
    ...(code === undefined ? {} : { retailerCode: code }),
  };

  return (
    <Stack gap="md">
      <ReportDrillDownHeader
        trail={[
          { label: t('trail.reports'), href: hrefOf(reportsPath) },
          ...(kind === 'reseller'
            ? [{ label: t('trail.allResellers'), href: hrefOf(resellersBreakdownPath) }]
            : []),
        ]}
        title={title}
        subtitle={
          kind === 'direct'
            ? t('salesRows.directSubtitle')
            : t('salesRows.resellerSubtitle', { code: code ?? '' })
        }
        view={view}
        actions={<ReportDownloadMenu title={title} csv={exportRequest} xlsx={exportRequest} />}
      />
      <Stack gap="sm" data-testid="sales-rows">
        {list.error && (
          <OperationErrorAlert
            title={t('salesRows.error')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && list.data.total === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="sales-rows-empty">
            {noSalesText(
              kind === 'direct'
                ? t('noSales.subjects.noDirectSale')
                : t('noSales.subjects.noSaleBy', { name }),
              view,
              view.operatorIds.length > 0 ||
                view.channels.length > 0 ||
                view.denominationsMinor.length > 0 ||
                view.units !== null,
            )}
          </Text>
        )}
        {list.error === undefined && (list.data === undefined || list.data.total > 0) && (
          <VirtualTable
            // A new page starts at the top.
            key={page}
            label={title}
            testId="sales-rows-table"
            rowCount={list.data === undefined ? loadingRows : rows.length}
            rowAt={(index) => (list.loading ? undefined : rows[index])}
            rowKey={(row) => `${row.operatorId}|${row.operatorActionId}`}
            rowData={(row) => ({
              'data-sale': row.operatorActionId,
              ...(row.entryId === null ? {} : { 'data-entry': row.entryId }),
            })}
            columns={columnsFor(t, openEntry)}
            tableWidthMinPx={900}
            viewportOffsetPx={360}
            onOpen={(row) => {
              if (row.entryId !== null) openEntry?.(row.entryId);
            }}
          />
        )}
        {list.data !== undefined && list.data.total > 0 && (
          <ListPagination
            page={page}
            pageRows={pageRows}
            total={list.data.total}
            noun={t('salesRows.noun')}
            onPage={setPage}
            testId="sales-rows-count"
          />
        )}
      </Stack>
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </Stack>
  );
}
