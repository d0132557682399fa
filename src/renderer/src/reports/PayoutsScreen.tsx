import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PayoutRow } from '../../../contract/payoutSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type TableSort, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { PayoutStatusBadge } from './PayoutStatusBadge';
import { payoutMonthsText } from './payoutMonthsText';
import { ReportDownloadMenu } from './ReportDownloadMenu';
import { ReportDrillDownHeader } from './ReportDrillDownHeader';
import { reportAsset } from './reportAsset';
import { payoutDetailPath, reportsPath } from './reportPaths';
import { isNarrowed } from './reportQuery';
import { usePrintableReport } from './usePrintableReport';
import { useReportView } from './useReportView';

/** Payouts per page: a few screens' worth, under the contract's 500. */
const pageRows = 100;
/** Placeholder rows drawn before the first page arrives. */
const loadingRows = 8;
/** Wide enough for "F CFA 12,345,678" in a column's own font. */
const amountWidth = '140px';

type SortKey = 'net_payable' | 'balance_due' | 'sales' | 'code' | 'name';
const sortKeys: readonly SortKey[] = ['net_payable', 'balance_due', 'sales', 'code', 'name'];

function amountColumn(
  key: string,
  label: string,
  amountOf: (row: PayoutRow) => number,
  extra: Partial<VirtualColumn<PayoutRow>> = {},
): VirtualColumn<PayoutRow> {
  return {
    key,
    label,
    width: amountWidth,
    alignRight: true,
    cell: (row) => <AmountText amountMinor={amountOf(row)} asset={reportAsset(row)} size="sm" />,
    ...extra,
  };
}

/** An amount with the count behind it underneath, in a two-line cell. */
function AmountWithCount({
  row,
  amountMinor,
  count,
}: {
  row: PayoutRow;
  amountMinor: number;
  count: number;
}) {
  return (
    <Stack gap={0} align="flex-end">
      <AmountText amountMinor={amountMinor} asset={reportAsset(row)} size="sm" />
      <Text size="xs" c="dimmed" lh={1.2}>
        {formatCount(count)}
      </Text>
    </Stack>
  );
}

// What the reseller earned first, where the window shows it; reversals and the stock it moved after, a scroll away.
function columnsFor(t: TFunction<'payouts'>): Array<VirtualColumn<PayoutRow>> {
  return [
    {
      key: 'code',
      label: t('columns.code'),
      width: '110px',
      sortKey: 'code',
      cell: (row) => (
        <Text size="sm" ff="monospace">
          {row.code}
        </Text>
      ),
    },
    {
      key: 'name',
      label: t('columns.name'),
      width: 'minmax(180px, 1.5fr)',
      sortKey: 'name',
      cell: (row) => (
        <Text size="sm" fw={500} truncate title={row.name}>
          {row.name}
        </Text>
      ),
    },
    {
      key: 'plan',
      label: t('columns.plan'),
      width: '140px',
      cell: (row) => (
        <Text
          size="sm"
          c={row.planName === null ? 'orange' : undefined}
          truncate
          title={
            row.planName === null
              ? t('list.noPlanHint')
              : t('list.planHint', { name: row.planName, code: row.planCode ?? '' })
          }
        >
          {row.planName ?? t('noPlan')}
        </Text>
      ),
    },
    {
      key: 'sales',
      label: t('columns.sales'),
      width: amountWidth,
      alignRight: true,
      sortKey: 'sales',
      cell: (row) => <AmountWithCount row={row} amountMinor={row.salesMinor} count={row.salesCount} />,
    },
    amountColumn('gross', t('columns.gross'), (row) => row.grossCommissionMinor, { width: '160px' }),
    amountColumn('adjustments', t('columns.adjustments'), (row) => row.adjustmentsMinor),
    amountColumn('netPayable', t('columns.netPayable'), (row) => row.netPayableMinor, {
      sortKey: 'net_payable',
      cell: (row) => (
        <AmountText amountMinor={row.netPayableMinor} asset={reportAsset(row)} size="sm" fw={600} />
      ),
    }),
    amountColumn('paid', t('columns.paid'), (row) => row.paidMinor),
    amountColumn('balanceDue', t('columns.balanceDue'), (row) => row.balanceDueMinor, {
      sortKey: 'balance_due',
    }),
    {
      key: 'status',
      label: t('columns.status'),
      width: '130px',
      cell: (row) => <PayoutStatusBadge status={row.status} />,
    },
    {
      key: 'reversals',
      label: t('columns.reversals'),
      width: amountWidth,
      alignRight: true,
      cell: (row) => (
        <AmountWithCount row={row} amountMinor={row.reversalsMinor} count={row.reversalsCount} />
      ),
    },
    amountColumn('opening', t('columns.opening'), (row) => row.openingStockMinor),
    {
      key: 'allocated',
      label: t('columns.allocated'),
      width: amountWidth,
      alignRight: true,
      cell: (row) => (
        <AmountWithCount row={row} amountMinor={row.allocatedMinor} count={row.allocatedCount} />
      ),
    },
    amountColumn('closing', t('columns.closing'), (row) => row.closingStockMinor),
  ];
}

/** The columns' least widths added up: past the window's width, the table scrolls sideways. */
const columnsWidthPx = 110 + 180 + 140 + 160 + 140 * 9 + 130;

/** Every reseller's payout over the whole months of the period, sorted as the clerk asks; a row opens it. */
export function PayoutsScreen() {
  const { t } = useTranslation('payouts');
  const [, navigate] = useLocation();
  const title = t('title');
  const columns = useMemo(() => columnsFor(t), [t]);
  const { view, filters, hrefOf } = useReportView();
  usePrintableReport();
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'net_payable',
    direction: 'desc',
  });
  const [page, setPage] = useState(1);
  const list = useOperation('reports.payouts', {
    filters,
    sort: sort.key,
    direction: sort.direction,
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  const rows = list.data?.rows ?? [];
  const months = list.data === undefined ? null : payoutMonthsText(list.data.period);
  const sortBy = (key: string) => {
    const next = sortKeys.find((candidate) => candidate === key) ?? 'net_payable';
    // Names and codes read best from A; amounts from the most.
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
        subtitle={months === null ? t('list.subtitle') : t('list.subtitleMonths', { months })}
        view={view}
        actions={
          <ReportDownloadMenu
            title={title}
            csv={{ report: 'payouts', filters, card: 'resellers' }}
            xlsx={{ report: 'payouts', filters }}
          />
        }
      />
      <Stack gap="sm" data-testid="payouts-list">
        {list.data?.ignoredFilters.map((ignored) => (
          <Alert key={ignored.filter} variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
            <Text size="sm">
              {t('ignoredFilter', {
                filter: ignored.filter,
                reason: localizeContractMessage(ignored.reason),
              })}
            </Text>
          </Alert>
        ))}
        {list.error && (
          <OperationErrorAlert
            title={t('list.error')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && list.data.total === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="payouts-list-empty">
            {t(isNarrowed(view) ? 'list.emptyNarrowed' : 'list.empty', { months: months ?? '' })}
          </Text>
        )}
        {list.error === undefined && (list.data === undefined || list.data.total > 0) && (
          <VirtualTable
            // A new sort or page starts at the top.
            key={`${sort.key}|${sort.direction}|${page}`}
            label={title}
            testId="payouts-table"
            rowCount={list.data === undefined ? loadingRows : rows.length}
            rowAt={(index) => (list.loading ? undefined : rows[index])}
            rowKey={(row) => `${row.code}|${row.operatorId}`}
            rowData={(row) => ({ 'data-reseller': row.code, 'data-operator': row.operatorId })}
            columns={columns}
            tableWidthMinPx={columnsWidthPx}
            rowHeightPx={52}
            viewportOffsetPx={380}
            sort={tableSort}
            onSort={sortBy}
            onOpen={(row) => navigate(hrefOf(payoutDetailPath(row.code)))}
          />
        )}
        {list.data !== undefined && list.data.total > 0 && (
          <ListPagination
            page={page}
            pageRows={pageRows}
            total={list.data.total}
            noun={t('list.noun')}
            onPage={setPage}
            testId="payouts-list-count"
          />
        )}
      </Stack>
    </Stack>
  );
}
