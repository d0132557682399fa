import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconLink, IconLock, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AcquiredLine } from '../../../contract/customerReportSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstantCompact } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { shortId } from '../ledger/ledgerLabels';
import { useCurrentUser } from '../session/CurrentUserContext';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type TableSort, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { isMonth, monthText, monthWithin } from './customerMonths';
import { acquiredCohortsPath } from './customerPaths';
import { noSalesText } from './noSalesText';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import { reportAsset } from './reportAsset';
import { reportsPath } from './reportPaths';
import { useOptionalRead } from './useOptionalRead';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

/** Lines per page: a few screens' worth, under the contract's 500. */
const pageRows = 100;
const loadingRows = 8;
const pendingPollMs = 2_000;
const countFormat = new Intl.NumberFormat();

type SortKey = 'acquired' | 'value';

function columnsFor(onOpenEntry: ((entryId: string) => void) | null): Array<VirtualColumn<AcquiredLine>> {
  return [
    {
      key: 'line',
      label: 'Line (MSISDN)',
      width: '150px',
      cell: (row) => (
        <Text size="sm" ff="monospace" title="Only the last four digits are shown">
          {row.msisdnMasked}
        </Text>
      ),
    },
    {
      key: 'acquired',
      label: 'First top-up',
      width: '150px',
      sortKey: 'acquired',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.acquiredAt)}</Text>,
    },
    {
      key: 'topups',
      label: 'Top-ups since',
      width: '130px',
      alignRight: true,
      cell: (row) => <Text size="sm">{countFormat.format(row.topupsCount)}</Text>,
    },
    {
      key: 'value',
      label: 'Lifetime value',
      width: '150px',
      alignRight: true,
      sortKey: 'value',
      cell: (row) => <AmountText amountMinor={row.lifetimeValueMinor} asset={reportAsset(row)} size="sm" />,
    },
    {
      key: 'last',
      label: 'Last top-up',
      width: '150px',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.lastTopupAt)}</Text>,
    },
    {
      key: 'active',
      label: 'Active',
      width: '110px',
      cell: (row) =>
        row.active30 ? (
          <Badge color="green" variant="light" tt="none">
            30 days
          </Badge>
        ) : row.active90 ? (
          <Badge color="teal" variant="light" tt="none">
            90 days
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            No
          </Text>
        ),
    },
    {
      key: 'entry',
      label: 'First top-up entry',
      width: '170px',
      cell: (row) =>
        row.acquisitionEntryId === null ? (
          <Text size="sm" c="dimmed" title="The ledger does not book the operator's own sales">
            Not booked
          </Text>
        ) : onOpenEntry === null ? (
          <Text size="sm" ff="monospace">
            {shortId(row.acquisitionEntryId)}
          </Text>
        ) : (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconLink size={14} />}
            onClick={() => onOpenEntry(row.acquisitionEntryId as string)}
            aria-label={`Open journal entry ${row.acquisitionEntryId}`}
            styles={{ label: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          >
            {shortId(row.acquisitionEntryId)}
          </Button>
        ),
    },
  ];
}

/**
 * The lines behind a cohort: those one reseller acquired (in one month of the period, or all of
 * it), or those first topped up without a reseller. Masked; a row opens the journal entry of its
 * first top-up in the ledger's drawer.
 */
export function AcquiredLinesScreen({ code, month }: { code?: string; month?: string }) {
  const { view, filters, hrefOf } = useReportView();
  const { can } = useCurrentUser();
  usePrintableReport();
  const kind: 'reseller' | 'direct' = code === undefined ? 'direct' : 'reseller';
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'acquired',
    direction: 'desc',
  });
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const retailer = useOptionalRead(
    'retailers.get',
    { code: code ?? '' },
    code !== undefined && can('retailers.read'),
  );
  const cohortMonth = month !== undefined && isMonth(month) ? month : undefined;
  // A cohort is a month of the period: its lines are those acquired on the days of both.
  const days = cohortMonth === undefined ? filters : { ...filters, ...monthWithin(filters, cohortMonth) };
  const list = useOperation('reports.acquiredLines', {
    filters: days,
    kind,
    ...(code === undefined ? {} : { retailerCode: code }),
    sort: sort.key,
    direction: sort.direction,
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  const pending = list.data?.salesPending ?? 0;
  const { loading, reload } = list;
  useEffect(() => {
    if (pending === 0 || loading) return;
    const timer = setTimeout(() => void reload(), pendingPollMs);
    return () => clearTimeout(timer);
  }, [pending, loading, reload]);
  const rows = list.data?.rows ?? [];
  const name = retailer?.retailer.name ?? code ?? '';
  const title =
    kind === 'direct'
      ? 'Lines first topped up without a reseller'
      : `Customers acquired by ${name}${cohortMonth === undefined ? '' : `, ${monthText(cohortMonth)}`}`;
  const openEntry = can('ledger.read') ? (entryId: string) => setEntryTrail([entryId]) : null;
  const exportRequest = {
    report: 'acquired-lines' as const,
    filters: days,
    kind,
    ...(code === undefined ? {} : { retailerCode: code }),
  };
  const sortBy = (key: string) => {
    const next: SortKey = key === 'value' ? 'value' : 'acquired';
    setSort({
      key: next,
      direction: sort.key === next ? (sort.direction === 'asc' ? 'desc' : 'asc') : 'desc',
    });
    setPage(1);
  };
  const tableSort: TableSort = sort;

  return (
    <Stack gap="md">
      <ReportDrillDownHeader
        trail={[
          { label: 'Reports', href: hrefOf(reportsPath) },
          ...(kind === 'reseller'
            ? [{ label: 'Customers acquired', href: hrefOf(acquiredCohortsPath) }]
            : []),
        ]}
        title={title}
        subtitle={
          kind === 'direct'
            ? "End-user lines whose first top-up was not a reseller's (the operator's direct sales, your own desk): no reseller acquired them."
            : `End-user lines ${code ?? ''} topped up first${cohortMonth === undefined ? '' : ` in ${monthText(cohortMonth)}`}, newest first. Open one for the journal entry of that first top-up.`
        }
        view={cohortMonth === undefined ? view : { ...view, ...monthWithin(view, cohortMonth) }}
        actions={<ReportDownloadMenu title={title} csv={exportRequest} xlsx={exportRequest} />}
      />
      <Stack gap="sm" data-testid="acquired-lines">
        {pending > 0 && (
          <Alert color="blue" icon={<IconRefresh size={16} />}>
            {countFormat.format(pending)} pulled sales are still being counted into customer lines; the list
            updates by itself.
          </Alert>
        )}
        {list.error && (
          <OperationErrorAlert
            title="The lines could not be listed"
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && list.data.total === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="acquired-lines-empty">
            {noSalesText(
              kind === 'direct'
                ? 'No line first topped up without a reseller'
                : `No line acquired by ${name}`,
              days,
              view.operatorIds.length > 0 || view.units !== null,
            )}
          </Text>
        )}
        {list.error === undefined && (list.data === undefined || list.data.total > 0) && (
          <VirtualTable
            key={`${sort.key}|${sort.direction}|${page}`}
            label={title}
            testId="acquired-lines-table"
            rowCount={list.data === undefined ? loadingRows : rows.length}
            rowAt={(index) => (list.loading && pending === 0 ? undefined : rows[index])}
            rowKey={(row) => `${row.operatorId}|${row.acquisitionSaleId}`}
            rowData={(row) => ({
              'data-sale': row.acquisitionSaleId,
              ...(row.acquisitionEntryId === null ? {} : { 'data-entry': row.acquisitionEntryId }),
            })}
            columns={columnsFor(openEntry)}
            tableWidthMinPx={1000}
            viewportOffsetPx={380}
            sort={tableSort}
            onSort={sortBy}
            onOpen={(row) => {
              if (row.acquisitionEntryId !== null) openEntry?.(row.acquisitionEntryId);
            }}
          />
        )}
        {list.data !== undefined && list.data.total > 0 && (
          <ListPagination
            page={page}
            pageRows={pageRows}
            total={list.data.total}
            noun="lines"
            onPage={setPage}
            testId="acquired-lines-count"
          />
        )}
        <Group gap={6}>
          <IconLock size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            Lines are personal data: only their last four digits are shown or exported. Active as of{' '}
            {list.data?.activeAsOf ?? '…'} (UTC).
          </Text>
        </Group>
      </Stack>
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </Stack>
  );
}
