import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ResellerFigure } from '../../../contract/reportSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { AmountText } from '../ledger/AmountText';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type TableSort, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { noSalesText } from './noSalesText';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import { ReversalsText } from './ReversalsText';
import { reportAsset } from './reportAsset';
import { reportsPath, resellerSalesRowsPath } from './reportPaths';
import { isNarrowed } from './reportQuery';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

/** Resellers per page: a few screens' worth, under the contract's 500. */
const pageRows = 100;
/** Placeholder rows drawn before the first page arrives. */
const loadingRows = 8;
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

type SortKey = 'value' | 'count' | 'code' | 'name';
const sortKeys: readonly SortKey[] = ['value', 'count', 'code', 'name'];

function columnsOf(t: TFunction<'reports'>): Array<VirtualColumn<ResellerFigure>> {
  return [
    {
      key: 'code',
      label: t('columns.code'),
      width: '120px',
      sortKey: 'code',
      cell: (figure) => (
        <Text size="sm" ff="monospace">
          {figure.code}
        </Text>
      ),
    },
    {
      key: 'name',
      label: t('columns.name'),
      width: 'minmax(160px, 1.5fr)',
      sortKey: 'name',
      cell: (figure) => (
        <Text size="sm" fw={500} truncate>
          {figure.name}
        </Text>
      ),
    },
    {
      key: 'region',
      label: t('columns.region'),
      width: 'minmax(100px, 1fr)',
      cell: (figure) =>
        figure.region === null ? (
          dash
        ) : (
          <Text size="sm" truncate>
            {figure.region}
          </Text>
        ),
    },
    {
      key: 'count',
      label: t('columns.sales'),
      width: '100px',
      alignRight: true,
      sortKey: 'count',
      cell: (figure) => <Text size="sm">{formatCount(figure.count)}</Text>,
    },
    {
      key: 'value',
      label: t('columns.faceValue'),
      width: '170px',
      alignRight: true,
      sortKey: 'value',
      cell: (figure) => (
        <AmountText amountMinor={figure.faceValueMinor} asset={reportAsset(figure)} size="sm" />
      ),
    },
    {
      key: 'reversals',
      label: t('columns.reversals'),
      width: '170px',
      alignRight: true,
      cell: (figure) => <ReversalsText figure={figure} />,
    },
  ];
}

/** Every reseller behind the report's figures, sorted as the clerk asks; a row opens its sales. */
export function ResellersBreakdownScreen() {
  const { t } = useTranslation('reports');
  const title = t('breakdown.title');
  const columns = columnsOf(t);
  const [, navigate] = useLocation();
  const { view, filters, hrefOf } = useReportView();
  usePrintableReport();
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'value',
    direction: 'desc',
  });
  const [page, setPage] = useState(1);
  const list = useOperation('reports.resellers', {
    filters,
    sort: sort.key,
    direction: sort.direction,
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  const rows = list.data?.rows ?? [];
  const sortBy = (key: string) => {
    const next = sortKeys.find((candidate) => candidate === key) ?? 'value';
    // Names and codes read best from A; sales and value from the most.
    const firstDirection = next === 'code' || next === 'name' ? 'asc' : 'desc';
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
        subtitle={t('breakdown.subtitle')}
        view={view}
        actions={
          <ReportDownloadMenu
            title={title}
            csv={{ report: 'resellers', filters }}
            xlsx={{ report: 'resellers', filters }}
          />
        }
      />
      <Stack gap="sm" data-testid="resellers-breakdown">
        {list.error && (
          <OperationErrorAlert
            title={t('breakdown.error')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && list.data.total === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="resellers-breakdown-empty">
            {noSalesText(t('noSales.subjects.noResellerSold'), view, isNarrowed(view))}
          </Text>
        )}
        {list.error === undefined && (list.data === undefined || list.data.total > 0) && (
          <VirtualTable
            // A new sort or page starts at the top.
            key={`${sort.key}|${sort.direction}|${page}`}
            label={title}
            testId="resellers-breakdown-table"
            rowCount={list.data === undefined ? loadingRows : rows.length}
            rowAt={(index) => (list.loading ? undefined : rows[index])}
            rowKey={(figure) => `${figure.code}|${figure.units}`}
            rowData={(figure) => ({ 'data-reseller': figure.code })}
            columns={columns}
            tableWidthMinPx={860}
            viewportOffsetPx={360}
            sort={tableSort}
            onSort={sortBy}
            onOpen={(figure) => navigate(hrefOf(resellerSalesRowsPath(figure.code)))}
          />
        )}
        {list.data !== undefined && list.data.total > 0 && (
          <ListPagination
            page={page}
            pageRows={pageRows}
            total={list.data.total}
            noun={t('breakdown.noun')}
            onPage={setPage}
            testId="resellers-breakdown-count"
          />
        )}
      </Stack>
    </Stack>
  );
}
