import { Card, Chip, Group, Stack, Text } from '@mantine/core';
import type { DatesRangeValue } from '@mantine/dates';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PurchaseOrderView,
  type PurchaseStatus,
  purchaseStatuses,
} from '../../../contract/purchaseSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstantCompact } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { DateRangeFilter, dateRangeInput } from '../shell/DateRangeFilter';
import { ListPagination } from '../shell/ListPagination';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { useReloadOn } from '../sync/useReloadOn';
import { PurchaseDrawer } from './PurchaseDrawer';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';
import { purchasePaymentLabel, purchaseStatusLabel } from './purchaseLabels';

/** Orders per page: a screenful, far under the contract's 500. */
const pageRows = 50;

function columns(
  t: TFunction<'purchases'>,
  airtime: AmountAsset,
  money: AmountAsset,
): Array<VirtualColumn<PurchaseOrderView>> {
  return [
    {
      key: 'number',
      label: t('orders.columns.order'),
      width: '150px',
      cell: (order) => (
        <Text size="sm" ff="monospace">
          {order.number}
        </Text>
      ),
    },
    {
      key: 'created',
      label: t('orders.columns.created'),
      width: '140px',
      cell: (order) => <Text size="sm">{formatInstantCompact(order.createdAt)}</Text>,
    },
    {
      key: 'status',
      label: t('orders.columns.status'),
      width: '120px',
      cell: (order) => <PurchaseStatusBadge status={order.status} />,
    },
    {
      key: 'face',
      label: t('orders.columns.faceValue'),
      width: '150px',
      alignRight: true,
      cell: (order) => <AmountText amountMinor={order.faceValueMinor} asset={airtime} size="sm" />,
    },
    {
      key: 'cost',
      label: t('orders.columns.cost'),
      width: '150px',
      alignRight: true,
      cell: (order) =>
        order.costMinor === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <AmountText amountMinor={order.costMinor} asset={money} size="sm" />
        ),
    },
    {
      key: 'payment',
      label: t('orders.columns.payment'),
      width: '130px',
      cell: (order) => <Text size="sm">{purchasePaymentLabel(order.paymentMethod)}</Text>,
    },
    {
      key: 'reason',
      label: t('orders.columns.reason'),
      width: 'minmax(180px, 1fr)',
      cell: (order) => (
        <Text size="sm" c="dimmed" truncate>
          {order.statusReason === null ? (order.note ?? '') : localizeContractMessage(order.statusReason)}
        </Text>
      ),
    },
  ];
}

/** Every purchase order, newest first: filtered by status and day, totals over all that match. */
export function PurchaseOrdersCard({
  operatorId,
  airtime,
  money,
  changeKey,
  onChanged,
}: {
  /** The operator whose orders are listed (their amounts are in its units). */
  operatorId: string;
  airtime: AmountAsset;
  money: AmountAsset;
  /** Changes when an order may have changed elsewhere (created here, a sync ran). */
  changeKey: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('purchases');
  const [statuses, setStatuses] = useState<PurchaseStatus[]>([]);
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useOperation('purchases.list', {
    operatorId,
    ...(statuses.length === 0 ? {} : { statuses }),
    ...dateRangeInput(range),
    offset: (page - 1) * pageRows,
    limit: pageRows,
  });
  useReloadOn(changeKey, list.reload);
  const rows = list.data?.rows ?? [];

  return (
    <Card withBorder padding="lg" radius="md" data-testid="purchases-card">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="md">
        <div>
          <Text fw={600}>{t('orders.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('orders.subtitle')}
          </Text>
        </div>
        <DateRangeFilter
          value={range}
          onChange={(value) => {
            setRange(value);
            setPage(1);
          }}
        />
      </Group>
      <Stack gap="sm">
        <Chip.Group
          multiple
          value={statuses}
          onChange={(value) => {
            setStatuses(value as PurchaseStatus[]);
            setPage(1);
          }}
        >
          <Group gap="xs" aria-label={t('orders.statusFilter')} role="group">
            {purchaseStatuses.map((status) => (
              <Chip key={status} value={status} size="sm" variant="outline">
                {purchaseStatusLabel(status)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {list.error && (
          <OperationErrorAlert
            title={t('orders.error')}
            error={list.error}
            onRetry={() => void list.reload()}
          />
        )}
        {list.data !== undefined && rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg" data-testid="purchases-empty">
            {statuses.length === 0 && range[0] === null ? t('orders.emptyNone') : t('orders.emptyFiltered')}
          </Text>
        ) : (
          <VirtualTable
            label={t('orders.tableLabel')}
            testId="purchases-table"
            rowCount={rows.length}
            rowAt={(index) => rows[index]}
            rowKey={(order) => order.id}
            rowData={(order) => ({ 'data-order-id': order.id, 'data-status': order.status })}
            columns={columns(t, airtime, money)}
            tableWidthMinPx={1000}
            viewportOffsetPx={420}
            onOpen={(order) => setOpenId(order.id)}
          />
        )}
        {list.data !== undefined && (
          <Group justify="space-between" wrap="wrap" data-testid="purchases-totals">
            <ListPagination
              page={page}
              pageRows={pageRows}
              total={list.data.total}
              noun={t('orders.noun')}
              onPage={setPage}
              testId="purchases-count"
            />
            <Group gap="lg">
              <Text size="sm" c="dimmed">
                {t('orders.totalFace')}{' '}
                <AmountText
                  amountMinor={list.data.totals.faceValueMinor}
                  asset={airtime}
                  size="sm"
                  fw={600}
                  c="var(--mantine-color-text)"
                  data-testid="purchases-total-face"
                />
              </Text>
              <Text size="sm" c="dimmed">
                {t('orders.totalCost')}{' '}
                <AmountText
                  amountMinor={list.data.totals.costMinor}
                  asset={money}
                  size="sm"
                  fw={600}
                  c="var(--mantine-color-text)"
                  data-testid="purchases-total-cost"
                />
              </Text>
            </Group>
          </Group>
        )}
      </Stack>
      <PurchaseDrawer
        orderId={openId}
        airtime={airtime}
        money={money}
        onClose={() => setOpenId(null)}
        onChanged={() => {
          void list.reload();
          onChanged();
        }}
      />
    </Card>
  );
}
