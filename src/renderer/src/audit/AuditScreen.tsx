import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEventRow, auditExportRowsMax } from '../../../contract/auditSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstantCompact } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';
import { currentLanguage } from '../i18n/i18n';
import { useCurrentUser } from '../session/CurrentUserContext';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { downloadBase64File } from '../sync/downloadBase64File';
import { AuditChainCard } from './AuditChainCard';
import { AuditEventDrawer } from './AuditEventDrawer';
import { AuditFilterBar, type AuditFilterState, auditFiltersInput, noAuditFilters } from './AuditFilterBar';
import { AuditSearchInput } from './AuditSearchInput';
import { auditOutcomeColors, auditOutcomeLabel, transportLabel } from './auditLabels';

/** Events per page: a few screens' worth, far under the contract's 500. */
const pageRows = 100;
/** Placeholder rows drawn before the first page arrives. */
const loadingRows = 8;
/** The table's columns, headed in the screens' language. */
function auditColumns(t: TFunction<'audit'>): Array<VirtualColumn<AuditEventRow>> {
  return [
    {
      key: 'at',
      label: t('screen.columns.at'),
      width: '140px',
      cell: (row) => <Text size="sm">{formatInstantCompact(row.at)}</Text>,
    },
    {
      key: 'actor',
      label: t('screen.columns.actor'),
      width: 'minmax(150px, 1fr)',
      cell: (row) => (
        <Text size="sm" truncate title={row.actor.userId}>
          {row.actor.displayName}
        </Text>
      ),
    },
    {
      key: 'transport',
      label: t('screen.columns.transport'),
      width: '115px',
      cell: (row) => <Text size="sm">{transportLabel(row.transport)}</Text>,
    },
    {
      key: 'operation',
      label: t('screen.columns.operation'),
      width: 'minmax(200px, 1fr)',
      cell: (row) => (
        <Text size="sm" ff="monospace" truncate title={row.operation}>
          {row.operation}
        </Text>
      ),
    },
    {
      key: 'outcome',
      label: t('screen.columns.outcome'),
      width: '105px',
      cell: (row) => (
        <Badge color={auditOutcomeColors[row.outcome]} variant="light">
          {auditOutcomeLabel(row.outcome)}
        </Badge>
      ),
    },
    {
      key: 'summary',
      label: t('screen.columns.summary'),
      width: 'minmax(260px, 2.5fr)',
      cell: (row) => (
        <Text size="sm" truncate title={localizeContractMessage(row.summary)}>
          {localizeContractMessage(row.summary)}
        </Text>
      ),
    },
  ];
}

/**
 * The audit trail: every call that changed something, and every refused attempt, newest first,
 * filtered and paged by the core; a row opens the event with what it changed, before and after.
 */
export function AuditScreen() {
  const { t } = useTranslation('audit');
  const columns = auditColumns(t);
  const client = useClient();
  const { can } = useCurrentUser();
  const [filters, setFilters] = useState<AuditFilterState>(noAuditFilters);
  const [page, setPage] = useState(1);
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const filtersInput = auditFiltersInput(filters);
  const list = useOperation('audit.list', {
    filters: filtersInput,
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  const rows = list.data?.rows ?? [];
  const changeFilters = (change: Partial<AuditFilterState>) => {
    setFilters((previous) => ({ ...previous, ...change }));
    setPage(1);
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const file = await client.call('audit.export', { filters: filtersInput, language: currentLanguage() });
      downloadBase64File(file.fileName, file.contentBase64, file.mediaType);
      const total = list.data?.total ?? file.rows;
      notifications.show({
        color: 'teal',
        title: t('screen.export.downloaded', { fileName: file.fileName }),
        message:
          total > auditExportRowsMax
            ? t('screen.export.newest', { rows: formatCount(file.rows), total: formatCount(total) })
            : t('screen.export.events', { count: file.rows, countText: formatCount(file.rows) }),
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('screen.export.error'),
        message: asContractError(caught).message,
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={2}>{t('screen.title')}</Title>
          <Text c="dimmed">{t('screen.description')}</Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          <AuditSearchInput value={filters.search} onChange={(search) => changeFilters({ search })} />
          <Button
            leftSection={<IconFileDownload size={16} />}
            onClick={exportCsv}
            loading={exporting}
            disabled={list.data?.total === 0}
          >
            {t('screen.exportCsv')}
          </Button>
        </Group>
      </Group>
      {can('ledger.read') && <AuditChainCard onOpenEvent={setOpenSeq} />}
      <AuditFilterBar value={filters} onChange={changeFilters} />
      {list.error && (
        <OperationErrorAlert
          title={t('screen.readError')}
          error={list.error}
          onRetry={() => void list.reload()}
        />
      )}
      {list.data !== undefined && list.data.total === 0 && (
        <Text c="dimmed" ta="center" py="lg" data-testid="audit-empty">
          {Object.keys(filtersInput).length === 0 ? t('screen.empty.nothingYet') : t('screen.empty.noMatch')}
        </Text>
      )}
      {list.error === undefined && (list.data === undefined || list.data.total > 0) && (
        <VirtualTable
          // A new page starts at the top.
          key={page}
          label={t('screen.tableLabel')}
          testId="audit-table"
          rowCount={list.data === undefined ? loadingRows : rows.length}
          rowAt={(index) => (list.loading ? undefined : rows[index])}
          rowKey={(row) => String(row.seq)}
          rowData={(row) => ({
            'data-seq': String(row.seq),
            'data-operation': row.operation,
            'data-outcome': row.outcome,
          })}
          columns={columns}
          tableWidthMinPx={1040}
          viewportOffsetPx={420}
          onOpen={(row) => setOpenSeq(row.seq)}
        />
      )}
      {list.data !== undefined && list.data.total > 0 && (
        <ListPagination
          page={page}
          pageRows={pageRows}
          total={list.data.total}
          noun={t('screen.pageNoun')}
          onPage={setPage}
          testId="audit-count"
        />
      )}
      <AuditEventDrawer seq={openSeq} onClose={() => setOpenSeq(null)} />
    </Stack>
  );
}
