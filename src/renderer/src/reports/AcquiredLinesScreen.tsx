import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconLink, IconLock, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcquiredLine } from '../../../contract/customerReportSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstantCompact } from '../format/formatInstant';
import { currentLocale } from '../i18n/currentLocale';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { shortId } from '../ledger/ledgerLabels';
import { useCurrentUser } from '../session/CurrentUserContext';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type TableSort, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { isMonth, monthText, monthWithin } from './customerMonths';
import { acquiredCohortsPath } from './customerPaths';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import { reportAsset } from './reportAsset';
import { reportsPath } from './reportPaths';
import { type DayRange, dayRangeText } from './reportPeriod';
import { useOptionalRead } from './useOptionalRead';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

/** Lines per page: a few screens' worth, under the contract's 500. */
const pageRows = 100;
const loadingRows = 8;
const pendingPollMs = 2_000;

type SortKey = 'acquired' | 'value';

function columnsFor(
  t: TFunction<'payouts'>,
  onOpenEntry: ((entryId: string) => void) | null,
): Array<VirtualColumn<AcquiredLine>> {
  return [
    {
      key: 'line',
      label: t('customers.columns.line'),
      width: '150px',
      cell: (row) => (
        <Text size="sm" ff="monospace" title={t('lines.maskedHint')}>
          {row.msisdnMasked}
        </Text>
      ),
    },
    {
      key: 'acquired',
      label: t('customers.columns.firstTopup'),
      width: '150px',
      sortKey: 'acquired',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.acquiredAt)}</Text>,
    },
    {
      key: 'topups',
      label: t('customers.columns.topupsSince'),
      width: '130px',
      alignRight: true,
      cell: (row) => <Text size="sm">{formatCount(row.topupsCount)}</Text>,
    },
    {
      key: 'value',
      label: t('customers.columns.lifetimeValue'),
      width: '150px',
      alignRight: true,
      sortKey: 'value',
      cell: (row) => <AmountText amountMinor={row.lifetimeValueMinor} asset={reportAsset(row)} size="sm" />,
    },
    {
      key: 'last',
      label: t('customers.columns.lastTopup'),
      width: '150px',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.lastTopupAt)}</Text>,
    },
    {
      key: 'active',
      label: t('customers.columns.active'),
      width: '110px',
      cell: (row) =>
        row.active30 ? (
          <Badge color="green" variant="light" tt="none">
            {t('lines.active30')}
          </Badge>
        ) : row.active90 ? (
          <Badge color="teal" variant="light" tt="none">
            {t('lines.active90')}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('lines.inactive')}
          </Text>
        ),
    },
    {
      key: 'entry',
      label: t('customers.columns.firstTopupEntry'),
      width: '170px',
      cell: (row) =>
        row.acquisitionEntryId === null ? (
          <Text size="sm" c="dimmed" title={t('lines.notBookedHint')}>
            {t('lines.notBooked')}
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
            aria-label={t('customers.openEntry', { id: row.acquisitionEntryId })}
            styles={{ label: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          >
            {shortId(row.acquisitionEntryId)}
          </Button>
        ),
    },
  ];
}

/** Why the list is empty: no line in the days shown, or none the filters let through. */
function emptyText(
  t: TFunction<'payouts'>,
  kind: 'reseller' | 'direct',
  name: string,
  days: DayRange,
  narrowed: boolean,
): string {
  const period = dayRangeText(days, currentLocale());
  if (kind === 'direct') {
    return t(narrowed ? 'lines.emptyDirectNarrowed' : 'lines.emptyDirect', { period });
  }
  return t(narrowed ? 'lines.emptyResellerNarrowed' : 'lines.emptyReseller', { name, period });
}

/**
 * The lines behind a cohort: those one reseller acquired (in one month of the period, or all of
 * it), or those first topped up without a reseller. Masked; a row opens the journal entry of its
 * first top-up in the ledger's drawer.
 */
export function AcquiredLinesScreen({ code, month }: { code?: string; month?: string }) {
  const { t } = useTranslation('payouts');
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
      ? t('lines.titleDirect')
      : cohortMonth === undefined
        ? t('lines.titleReseller', { name })
        : t('lines.titleResellerMonth', { name, month: monthText(cohortMonth) });
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
          { label: t('trail.reports'), href: hrefOf(reportsPath) },
          ...(kind === 'reseller'
            ? [{ label: t('trail.customers'), href: hrefOf(acquiredCohortsPath) }]
            : []),
        ]}
        title={title}
        subtitle={
          kind === 'direct'
            ? t('lines.subtitleDirect')
            : cohortMonth === undefined
              ? t('lines.subtitleReseller', { code: code ?? '' })
              : t('lines.subtitleResellerMonth', { code: code ?? '', month: monthText(cohortMonth) })
        }
        view={cohortMonth === undefined ? view : { ...view, ...monthWithin(view, cohortMonth) }}
        actions={<ReportDownloadMenu title={title} csv={exportRequest} xlsx={exportRequest} />}
      />
      <Stack gap="sm" data-testid="acquired-lines">
        {pending > 0 && (
          <Alert color="blue" icon={<IconRefresh size={16} />}>
            {t('customers.pendingList', { count: pending, n: formatCount(pending) })}
          </Alert>
        )}
        {list.error && (
          <OperationErrorAlert
            title={t('lines.error')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && list.data.total === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="acquired-lines-empty">
            {emptyText(t, kind, name, days, view.operatorIds.length > 0 || view.units !== null)}
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
            columns={columnsFor(t, openEntry)}
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
            noun={t('lines.noun')}
            onPage={setPage}
            testId="acquired-lines-count"
          />
        )}
        <Group gap={6}>
          <IconLock size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {t('lines.footer', { date: list.data?.activeAsOf ?? '…' })}
          </Text>
        </Group>
      </Stack>
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </Stack>
  );
}
