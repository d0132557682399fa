import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AcquiredCohort } from '../../../contract/customerReportSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { currentLocale } from '../i18n/currentLocale';
import { AmountText } from '../ledger/AmountText';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type TableSort, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { monthText } from './customerMonths';
import { acquiredLinesPath } from './customerPaths';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import { reportAsset } from './reportAsset';
import { reportsPath } from './reportPaths';
import { dayRangeText } from './reportPeriod';
import { isNarrowed } from './reportQuery';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

/** Cohorts per page: a few screens' worth, under the contract's 500. */
const pageRows = 100;
/** Placeholder rows drawn before the first page arrives. */
const loadingRows = 8;
const pendingPollMs = 2_000;

type SortKey = 'lines' | 'value' | 'active30' | 'code' | 'month';
const sortKeys: readonly SortKey[] = ['lines', 'value', 'active30', 'code', 'month'];

function columnsFor(t: TFunction<'payouts'>): Array<VirtualColumn<AcquiredCohort>> {
  return [
    {
      key: 'code',
      label: t('customers.columns.code'),
      width: '120px',
      sortKey: 'code',
      cell: (row) => (
        <Text size="sm" ff="monospace">
          {row.code}
        </Text>
      ),
    },
    {
      key: 'name',
      label: t('customers.columns.name'),
      width: 'minmax(150px, 1.5fr)',
      cell: (row) => (
        <Text size="sm" fw={500} truncate>
          {row.name}
        </Text>
      ),
    },
    {
      key: 'month',
      label: t('customers.columns.acquiredIn'),
      width: '140px',
      sortKey: 'month',
      cell: (row) => <Text size="sm">{monthText(row.month)}</Text>,
    },
    {
      key: 'lines',
      label: t('customers.columns.lines'),
      width: '90px',
      alignRight: true,
      sortKey: 'lines',
      cell: (row) => <Text size="sm">{formatCount(row.lines)}</Text>,
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
      width: '160px',
      alignRight: true,
      sortKey: 'value',
      cell: (row) => <AmountText amountMinor={row.lifetimeValueMinor} asset={reportAsset(row)} size="sm" />,
    },
    {
      key: 'active30',
      label: t('customers.columns.active30'),
      width: '150px',
      alignRight: true,
      sortKey: 'active30',
      cell: (row) => <Text size="sm">{formatCount(row.active30)}</Text>,
    },
    {
      key: 'active90',
      label: t('customers.columns.active90'),
      width: '140px',
      alignRight: true,
      cell: (row) => <Text size="sm">{formatCount(row.active90)}</Text>,
    },
  ];
}

/**
 * Every reseller's cohorts of acquired customers: the lines it acquired in each month of the
 * period, their top-ups and value since and how many are still active. A row opens those lines.
 */
export function AcquiredCohortsScreen() {
  const { t } = useTranslation('payouts');
  const [, navigate] = useLocation();
  const title = t('cohorts.title');
  const columns = useMemo(() => columnsFor(t), [t]);
  const { view, filters, hrefOf } = useReportView();
  usePrintableReport();
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'lines',
    direction: 'desc',
  });
  const [page, setPage] = useState(1);
  const list = useOperation('reports.acquiredCohorts', {
    filters,
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
  const sortBy = (key: string) => {
    const next = sortKeys.find((candidate) => candidate === key) ?? 'lines';
    // Codes and months read best from the first; figures from the most.
    const firstDirection = next === 'code' || next === 'month' ? 'asc' : 'desc';
    setSort({
      key: next,
      direction: sort.key === next ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection,
    });
    setPage(1);
  };
  const tableSort: TableSort = sort;

  return (
    <Stack gap="md">
      <ReportDrillDownHeader
        trail={[{ label: t('trail.reports'), href: hrefOf(reportsPath) }]}
        title={title}
        subtitle={t('cohorts.subtitle')}
        view={view}
        actions={
          <ReportDownloadMenu
            title={title}
            csv={{ report: 'acquired-customers', filters, card: 'resellers' }}
            xlsx={{ report: 'acquired-customers', filters, card: 'resellers' }}
          />
        }
      />
      <Stack gap="sm" data-testid="acquired-cohorts">
        {pending > 0 && (
          <Alert color="blue" icon={<IconRefresh size={16} />}>
            {t('customers.pendingList', { count: pending, n: formatCount(pending) })}
          </Alert>
        )}
        {list.error && (
          <OperationErrorAlert
            title={t('cohorts.error')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && list.data.total === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="acquired-cohorts-empty">
            {t(isNarrowed(view) ? 'cohorts.emptyNarrowed' : 'cohorts.empty', {
              period: dayRangeText(view, currentLocale()),
            })}
          </Text>
        )}
        {list.error === undefined && (list.data === undefined || list.data.total > 0) && (
          <VirtualTable
            // A new sort or page starts at the top.
            key={`${sort.key}|${sort.direction}|${page}`}
            label={title}
            testId="acquired-cohorts-table"
            rowCount={list.data === undefined ? loadingRows : rows.length}
            rowAt={(index) => (list.loading && pending === 0 ? undefined : rows[index])}
            rowKey={(row) => `${row.code}|${row.units}|${row.month}`}
            rowData={(row) => ({ 'data-reseller': row.code, 'data-month': row.month })}
            columns={columns}
            tableWidthMinPx={1080}
            viewportOffsetPx={380}
            sort={tableSort}
            onSort={sortBy}
            onOpen={(row) => navigate(hrefOf(acquiredLinesPath(row.code, row.month)))}
          />
        )}
        {list.data !== undefined && list.data.total > 0 && (
          <ListPagination
            page={page}
            pageRows={pageRows}
            total={list.data.total}
            noun={t('cohorts.noun')}
            onPage={setPage}
            testId="acquired-cohorts-count"
          />
        )}
        <Group gap={6}>
          <IconLock size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {t('cohorts.footer', { date: list.data?.activeAsOf ?? '…' })}
          </Text>
        </Group>
      </Stack>
    </Stack>
  );
}
