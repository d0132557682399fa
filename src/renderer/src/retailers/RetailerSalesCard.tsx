import { Badge, Card, Group, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { AssetView } from '../../../contract/ledgerSchemas';
import type { RetailerSales } from '../../../contract/retailerSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstantCompact } from '../format/formatInstant';
import { AmountText } from '../ledger/AmountText';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { useReloadOn } from '../sync/useReloadOn';

/** The newest sales shown on a retailer's page. */
const recentSalesShown = 10;

/** A retailer's latest top-ups of end users, and this month's count and face value. */
export function RetailerSalesCard({
  code,
  assetsByCode,
  changeKey,
}: {
  code: string;
  assetsByCode: Map<string, AssetView>;
  changeKey: string;
}) {
  const { t } = useTranslation('retailers');
  const sales = useOperation('retailers.sales', { code, limit: recentSalesShown });
  useReloadOn(changeKey, sales.reload);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="retailer-sales-card">
      <Group justify="space-between" mb="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {t('sales.title')}
        </Text>
        {sales.data?.month.map((month) => {
          const asset = assetsByCode.get(month.assetCode);
          return (
            <Text key={month.assetCode} size="sm" c="dimmed" data-testid="retailer-sales-month">
              {asset === undefined ? (
                t('sales.month', { count: month.count, total: formatCount(month.count) })
              ) : (
                <Trans
                  t={t}
                  i18nKey="sales.monthWithValue"
                  count={month.count}
                  values={{ total: formatCount(month.count) }}
                  components={{
                    amount: <AmountText span amountMinor={month.faceValueMinor} asset={asset} size="sm" />,
                  }}
                />
              )}
            </Text>
          );
        })}
      </Group>
      <Stack gap="sm">
        {sales.error && (
          <OperationErrorAlert
            title={t('sales.readError')}
            error={sales.error}
            onRetry={() => void sales.reload()}
          />
        )}
        {sales.data === undefined && !sales.error && <Skeleton height={88} />}
        {sales.data !== undefined && sales.data.rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('sales.empty')}
          </Text>
        )}
        {sales.data !== undefined && sales.data.rows.length > 0 && (
          <Table withTableBorder fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sales.columns.when')}</Table.Th>
                <Table.Th>{t('sales.columns.customerLine')}</Table.Th>
                <Table.Th>{t('sales.columns.inTheBooks')}</Table.Th>
                <Table.Th ta="right">{t('sales.columns.faceValue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sales.data.rows.map((row) => {
                const asset = assetsByCode.get(row.assetCode);
                return (
                  <Table.Tr key={`${row.assetCode}:${row.operatorActionId}`}>
                    <Table.Td>{formatInstantCompact(row.at)}</Table.Td>
                    <Table.Td ff="monospace">{row.msisdn ?? '—'}</Table.Td>
                    <Table.Td>
                      <BookingBadge booking={row.booking} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {asset === undefined ? (
                        row.amountMinor
                      ) : (
                        <AmountText amountMinor={row.amountMinor} asset={asset} size="sm" />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

/** Each booking's colour; its label and explanation are under `sales.bookings.<booking>` in the catalog. */
const bookingColors = {
  booked: 'teal',
  in_opening_balance: 'gray',
  waiting: 'orange',
} as const;

/** Whether the ledger holds a sale yet, and why not when it does not. */
function BookingBadge({ booking }: { booking: RetailerSales['rows'][number]['booking'] }) {
  const { t } = useTranslation('retailers');
  return (
    <Tooltip label={t(`sales.bookings.${booking}.why`)} multiline w={260}>
      <Badge variant="light" color={bookingColors[booking]} size="sm">
        {t(`sales.bookings.${booking}.label`)}
      </Badge>
    </Tooltip>
  );
}
