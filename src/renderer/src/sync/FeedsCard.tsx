import { Card, Table, Text, Tooltip } from '@mantine/core';
import type { SyncStatus } from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstant, formatInstantPrecise } from '../format/formatInstant';
import { useReloadOn } from './useReloadOn';

const feedLabels: Record<string, string> = {
  balanceActionHistory: 'Sales feed',
};

function Instant({ iso }: { iso: string | null }) {
  if (iso === null)
    return (
      <Text size="sm" c="dimmed">
        never
      </Text>
    );
  return (
    <Tooltip label={formatInstantPrecise(iso)} openDelay={300}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatInstant(iso)}
      </Text>
    </Tooltip>
  );
}

/** What each pull last brought: the sales feed's cursor and count, and when wallet balances were read. */
export function FeedsCard({ feeds, changeKey }: { feeds: SyncStatus['feeds']; changeKey: string }) {
  const wallets = useOperation('operator.wallets', {});
  useReloadOn(changeKey, wallets.reload);
  const pulledAts = (wallets.data ?? []).flatMap((wallet) =>
    wallet.pulledAt === null ? [] : [wallet.pulledAt],
  );
  const balancesPulledAt = pulledAts.length === 0 ? null : pulledAts.reduce((a, b) => (a > b ? a : b));
  const walletCount = wallets.data?.length ?? 0;

  return (
    <Card withBorder padding="lg" radius="md" data-testid="feeds-card">
      <Text fw={600}>Last pull</Text>
      <Text size="sm" c="dimmed" mb="sm">
        Sales and balances read from the operator; each pull starts where the last one stopped.
      </Text>
      {feeds.length === 0 && balancesPulledAt === null ? (
        <Text size="sm" c="dimmed" data-testid="feeds-empty">
          Nothing pulled yet: the first sync reads the operator's sales feed and every linked wallet's
          balance.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing={6} data-testid="feeds-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Feed</Table.Th>
                <Table.Th>Read up to</Table.Th>
                <Table.Th>Last finished</Table.Th>
                <Table.Th ta="right">Rows last time</Table.Th>
                <Table.Th>Last error</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {feeds.map((feed) => (
                <Table.Tr key={feed.feed} data-feed={feed.feed}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {feedLabels[feed.feed] ?? feed.feed}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Instant iso={feed.cursorAt} />
                  </Table.Td>
                  <Table.Td>
                    <Instant iso={feed.lastFinishedAt} />
                  </Table.Td>
                  <Table.Td ta="right" data-column="count" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {feed.lastPulledCount.toLocaleString('en-US')}
                  </Table.Td>
                  <Table.Td>
                    {feed.lastError === null ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <Text size="sm" c="var(--mantine-color-red-text)" data-column="error">
                        {feed.lastError}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr data-feed="balances">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    Wallet balances
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    current
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Instant iso={balancesPulledAt} />
                </Table.Td>
                <Table.Td ta="right" data-column="count" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {pulledAts.length} of {walletCount}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
