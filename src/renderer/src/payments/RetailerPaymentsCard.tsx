import { Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentPage, PaymentView } from '../../../contract/paymentSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatDay } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { useReloadOn } from '../sync/useReloadOn';
import { PaymentReceiptModal } from './PaymentReceiptModal';
import { paymentMethodLabel } from './paymentLabels';

type PaymentRow = PaymentPage['rows'][number];
/** The newest payments shown on a retailer's page. */
const paymentRowsShown = 20;

function columnsFor(t: TFunction<'payments'>): Array<VirtualColumn<PaymentRow>> {
  return [
    {
      key: 'receipt',
      label: t('card.columns.receipt'),
      width: '150px',
      cell: (row) => (
        <Text size="sm" ff="monospace">
          {row.receiptNumber}
        </Text>
      ),
    },
    {
      key: 'received',
      label: t('card.columns.received'),
      width: '120px',
      cell: (row) => <Text size="sm">{formatDay(row.receivedAt)}</Text>,
    },
    {
      key: 'method',
      label: t('card.columns.method'),
      width: '130px',
      cell: (row) => <Text size="sm">{paymentMethodLabel(row.method)}</Text>,
    },
    {
      key: 'amount',
      label: t('card.columns.amount'),
      width: '140px',
      alignRight: true,
      cell: (row) => (
        <AmountText
          amountMinor={row.amountMinor}
          asset={{ currency: row.currency, scale: row.scale, kind: 'money' }}
          size="sm"
        />
      ),
    },
    {
      key: 'reference',
      label: t('card.columns.reference'),
      width: 'minmax(120px, 1fr)',
      cell: (row) => (
        <Text size="sm" c="dimmed" truncate>
          {row.reference ?? row.note ?? ''}
        </Text>
      ),
    },
  ];
}

/** The retailer's payments, newest first; one opens its receipt again. */
export function RetailerPaymentsCard({ code, changeKey }: { code: string; changeKey: string }) {
  const { t } = useTranslation('payments');
  const client = useClient();
  const payments = useOperation('payments.list', { retailerCode: code, limit: paymentRowsShown });
  const [receipt, setReceipt] = useState<PaymentView | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  useReloadOn(changeKey, payments.reload);
  const rows = payments.data?.rows ?? [];
  const open = async (row: PaymentRow) => {
    setOpenError(null);
    try {
      setReceipt(await client.call('payments.get', { id: row.id }));
    } catch (caught) {
      setOpenError(asContractError(caught).message);
    }
  };
  return (
    <Card withBorder padding="lg" radius="md" data-testid="payments-card">
      <Group justify="space-between" mb="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {t('card.title')}
        </Text>
        {payments.data !== undefined && (
          <Text size="sm" c="dimmed" data-testid="payments-count">
            {payments.data.total === 0
              ? t('card.none')
              : payments.data.total > rows.length
                ? t('card.newest', {
                    shown: formatCount(rows.length),
                    total: formatCount(payments.data.total),
                  })
                : t('card.all', { total: formatCount(payments.data.total) })}
          </Text>
        )}
      </Group>
      <Stack gap="sm">
        {payments.error && (
          <OperationErrorAlert
            title={t('card.readError')}
            error={payments.error}
            onRetry={() => void payments.reload()}
          />
        )}
        {openError !== null && (
          <Text size="sm" c="red">
            {openError}
          </Text>
        )}
        {payments.data === undefined && !payments.error && <Skeleton height={88} />}
        {payments.data !== undefined && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('card.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <VirtualTable
            label={t('card.tableLabel')}
            testId="payments-table"
            rowCount={rows.length}
            rowAt={(index) => rows[index]}
            rowKey={(row) => row.id}
            rowData={(row) => ({ 'data-payment-id': row.id })}
            columns={columnsFor(t)}
            tableWidthMinPx={640}
            viewportOffsetPx={500}
            onOpen={(row) => void open(row)}
          />
        )}
      </Stack>
      <PaymentReceiptModal payment={receipt} onClose={() => setReceipt(null)} />
    </Card>
  );
}
