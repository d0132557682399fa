import { Card, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstant, formatInstantPrecise } from '../format/formatInstant';
import { i18n } from '../i18n/i18n';
import { useReloadOn } from './useReloadOn';

/** The feed's name as a clerk knows it; a feed this screen does not know keeps the core's name. */
function feedLabel(feed: string): string {
  return feed === 'balanceActionHistory' ? i18n.t('sync:feeds.salesFeed') : feed;
}

function Instant({ iso }: { iso: string | null }) {
  const { t } = useTranslation('sync');
  if (iso === null)
    return (
      <Text size="sm" c="dimmed">
        {t('feeds.never')}
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
  const { t } = useTranslation('sync');
  const wallets = useOperation('operator.wallets', {});
  useReloadOn(changeKey, wallets.reload);
  const pulledAts = (wallets.data ?? []).flatMap((wallet) =>
    wallet.pulledAt === null ? [] : [wallet.pulledAt],
  );
  const balancesPulledAt = pulledAts.length === 0 ? null : pulledAts.reduce((a, b) => (a > b ? a : b));
  const walletCount = wallets.data?.length ?? 0;

  return (
    <Card withBorder padding="lg" radius="md" data-testid="feeds-card">
      <Text fw={600}>{t('feeds.title')}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('feeds.description')}
      </Text>
      {feeds.length === 0 && balancesPulledAt === null ? (
        <Text size="sm" c="dimmed" data-testid="feeds-empty">
          {t('feeds.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing={6} data-testid="feeds-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('feeds.columns.feed')}</Table.Th>
                <Table.Th>{t('feeds.columns.readUpTo')}</Table.Th>
                <Table.Th>{t('feeds.columns.lastFinished')}</Table.Th>
                <Table.Th ta="right">{t('feeds.columns.rowsLastTime')}</Table.Th>
                <Table.Th>{t('feeds.columns.lastError')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {feeds.map((feed) => (
                <Table.Tr key={feed.feed} data-feed={feed.feed}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {feedLabel(feed.feed)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Instant iso={feed.cursorAt} />
                  </Table.Td>
                  <Table.Td>
                    <Instant iso={feed.lastFinishedAt} />
                  </Table.Td>
                  <Table.Td ta="right" data-column="count" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatCount(feed.lastPulledCount)}
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
                    {t('feeds.walletBalances')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t('feeds.current')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Instant iso={balancesPulledAt} />
                </Table.Td>
                <Table.Td ta="right" data-column="count" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('feeds.walletsPulled', {
                    pulled: formatCount(pulledAts.length),
                    total: formatCount(walletCount),
                  })}
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
