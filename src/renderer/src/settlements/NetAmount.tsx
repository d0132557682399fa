import { Stack, Text } from '@mantine/core';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { netMeaning } from './statementRollForward';
import { TableAmount } from './TableAmount';

/**
 * A statement's net, with what its sign means under it: the reseller owes us, or we owe it. In a
 * table whose header names the currency, `inTable` leaves the currency sign out.
 */
export function NetAmount({
  netMinor,
  asset,
  inTable = false,
}: {
  netMinor: number;
  asset: AmountAsset;
  inTable?: boolean;
}) {
  return (
    <Stack gap={0} align="flex-end" data-testid="net-amount">
      {inTable ? (
        <TableAmount amountMinor={Math.abs(netMinor)} scale={asset.scale} fw={600} />
      ) : (
        <AmountText amountMinor={Math.abs(netMinor)} asset={asset} fw={600} size="sm" />
      )}
      <Text span size="xs" c={netMinor < 0 ? 'orange.8' : 'dimmed'}>
        {netMeaning(netMinor)}
      </Text>
    </Stack>
  );
}
