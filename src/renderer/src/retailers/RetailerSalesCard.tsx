import { Badge, Card, Group, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { AssetView } from '../../../contract/ledgerSchemas';
import type { RetailerSales } from '../../../contract/retailerSchemas';
import { useOperation } from '../client/useOperation';
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
  const sales = useOperation('retailers.sales', { code, limit: recentSalesShown });
  useReloadOn(changeKey, sales.reload);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="retailer-sales-card">
      <Group justify="space-between" mb="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          Sales to customers
        </Text>
        {sales.data?.month.map((month) => {
          const asset = assetsByCode.get(month.assetCode);
          return (
            <Text key={month.assetCode} size="sm" c="dimmed" data-testid="retailer-sales-month">
              This month: {month.count} top-up{month.count === 1 ? '' : 's'}
              {asset === undefined ? '' : ', '}
              {asset !== undefined && (
                <AmountText span amountMinor={month.faceValueMinor} asset={asset} size="sm" />
              )}
            </Text>
          );
        })}
      </Group>
      <Stack gap="sm">
        {sales.error && (
          <OperationErrorAlert
            title="The sales could not be read"
            error={sales.error}
            onRetry={() => void sales.reload()}
          />
        )}
        {sales.data === undefined && !sales.error && <Skeleton height={88} />}
        {sales.data !== undefined && sales.data.rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No sale pulled from the operator yet: each sync brings the retailer's top-ups.
          </Text>
        )}
        {sales.data !== undefined && sales.data.rows.length > 0 && (
          <Table withTableBorder fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Customer line</Table.Th>
                <Table.Th>In the books</Table.Th>
                <Table.Th ta="right">Face value</Table.Th>
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

const bookings = {
  booked: {
    label: 'Booked',
    color: 'teal',
    why: 'In the hourly sales entry of the retailer’s stock account.',
  },
  in_opening_balance: {
    label: 'Before link',
    color: 'gray',
    why: 'Made before the wallet was linked: already inside the opening balance booked at the link.',
  },
  waiting: {
    label: 'Waiting',
    color: 'orange',
    why: 'The stock in the books could not bear it yet; the next sync books it once the allocation is there.',
  },
} as const;

/** Whether the ledger holds a sale yet, and why not when it does not. */
function BookingBadge({ booking }: { booking: RetailerSales['rows'][number]['booking'] }) {
  const shown = bookings[booking];
  return (
    <Tooltip label={shown.why} multiline w={260}>
      <Badge variant="light" color={shown.color} size="sm">
        {shown.label}
      </Badge>
    </Tooltip>
  );
}
