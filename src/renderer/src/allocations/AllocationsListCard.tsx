import { Card, Chip, Group, Stack, Text } from '@mantine/core';
import type { DatesRangeValue } from '@mantine/dates';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { type AllocationStatus, allocationStatuses } from '../../../contract/allocationSchemas';
import { useOperation } from '../client/useOperation';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { RetailerSelect } from '../retailers/RetailerSelect';
import { DateRangeFilter, dateRangeInput } from '../shell/DateRangeFilter';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { useReloadOn } from '../sync/useReloadOn';
import { AllocationActionDrawer } from './AllocationActionDrawer';
import { AllocationsTable } from './AllocationsTable';
import { allocationStatusLabel } from './allocationLabels';
import { useOpenedAllocation } from './useOpenedAllocation';

const pageRows = 50;
const anyRetailer = {};

/** Every allocation, newest first: by status, retailer and day, with the total of all that match. */
export function AllocationsListCard({
  airtime,
  money,
  changeKey,
  onChanged,
}: {
  airtime: AmountAsset;
  money: AmountAsset;
  changeKey: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('allocations');
  const [statuses, setStatuses] = useState<AllocationStatus[]>([]);
  const [retailerCode, setRetailerCode] = useState<string | null>(null);
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const [page, setPage] = useState(1);
  const list = useOperation('allocations.list', {
    ...(statuses.length === 0 ? {} : { statuses }),
    ...(retailerCode === null ? {} : { retailerCode }),
    ...dateRangeInput(range),
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  useReloadOn(changeKey, list.reload);
  const rows = list.data?.rows ?? [];
  const drawer = useOpenedAllocation(rows);
  const filtered = statuses.length > 0 || retailerCode !== null || range[0] !== null;

  return (
    <Card withBorder padding="lg" radius="md" data-testid="allocations-card">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="md">
        <div>
          <Text fw={600}>{t('list.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('list.description')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <RetailerSelect
            label={t('list.retailer')}
            placeholder={t('list.anyRetailer')}
            aria-label={t('list.retailerFilter')}
            filters={anyRetailer}
            initialOption={null}
            value={retailerCode}
            onChange={(code) => {
              setRetailerCode(code);
              setPage(1);
            }}
            nothingFoundMessage={t('list.noRetailerMatches')}
            w={260}
          />
          <DateRangeFilter
            value={range}
            onChange={(value) => {
              setRange(value);
              setPage(1);
            }}
          />
        </Group>
      </Group>
      <Stack gap="sm">
        <Chip.Group
          multiple
          value={statuses}
          onChange={(value) => {
            setStatuses(value as AllocationStatus[]);
            setPage(1);
          }}
        >
          <Group gap="xs" role="group" aria-label={t('list.statusFilter')}>
            {allocationStatuses.map((status) => (
              <Chip key={status} value={status} size="sm" variant="outline">
                {allocationStatusLabel(status)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {list.error && (
          <OperationErrorAlert
            title={t('list.readError')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg" data-testid="allocations-empty">
            {filtered ? t('list.emptyFiltered') : t('list.empty')}
          </Text>
        ) : (
          <AllocationsTable
            rows={rows}
            airtime={airtime}
            money={money}
            testId="allocations-table"
            onOpen={drawer.open}
          />
        )}
        {list.data !== undefined && (
          <Group justify="space-between" wrap="wrap">
            <ListPagination
              page={page}
              pageRows={pageRows}
              total={list.data.total}
              noun={t('list.noun')}
              onPage={setPage}
              testId="allocations-count"
            />
            <Text size="sm" c="dimmed">
              <Trans
                t={t}
                i18nKey="list.total"
                components={{
                  amount: (
                    <AmountText
                      amountMinor={list.data.totals.amountMinor}
                      asset={airtime}
                      size="sm"
                      fw={600}
                      c="var(--mantine-color-text)"
                      data-testid="allocations-total"
                    />
                  ),
                }}
              />
            </Text>
          </Group>
        )}
      </Stack>
      <AllocationActionDrawer
        allocation={drawer.opened}
        airtime={airtime}
        onClose={drawer.close}
        onChanged={() => {
          void list.reload();
          onChanged();
        }}
      />
    </Card>
  );
}
