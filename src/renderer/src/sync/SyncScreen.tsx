import { Card, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { ConnectionCard } from './ConnectionCard';
import { DemoNetworkCard } from './DemoNetworkCard';
import { DemoOperatorCard } from './DemoOperatorCard';
import { FeedsCard } from './FeedsCard';
import { OperatorConnectForm } from './OperatorConnectForm';
import { QueueCard } from './QueueCard';
import { ReconciliationCard } from './ReconciliationCard';
import { SyncRunCard } from './SyncRunCard';
import { useSyncStatus } from './useSyncStatus';

/** Whatever may change what the queue, pulls and reconciliation show: a cycle, its progress, the counts. */
function changeKeyOf(status: SyncStatus | undefined): string {
  if (status === undefined) return '';
  return JSON.stringify([
    status.connection,
    status.lastCycle?.id ?? null,
    status.running?.phase ?? null,
    status.running?.confirmed ?? null,
    status.running?.failed ?? null,
    status.counts,
  ]);
}

function NotConnected({ onConnected }: { onConnected: () => void }) {
  const { t } = useTranslation('sync');
  return (
    <Stack gap="lg">
      <DemoOperatorCard onConnected={onConnected} />
      <Card withBorder padding="lg" radius="md" data-testid="connect-card">
        <Text fw={600}>{t('notConnected.connectTitle')}</Text>
        <Text size="sm" c="dimmed" mb="md">
          {t('notConnected.connectDescription')}
        </Text>
        <OperatorConnectForm existing={null} onConnected={onConnected} />
      </Card>
      <Card withBorder padding="xl" radius="md" data-testid="sync-not-configured">
        <Stack align="center" gap="xs" py="md">
          <ThemeIcon size={44} radius="xl" variant="light" color="gray">
            <IconPlugConnectedX size={22} />
          </ThemeIcon>
          <Text fw={600}>{t('notConnected.emptyTitle')}</Text>
          <Text c="dimmed" ta="center" maw={560} size="sm">
            {t('notConnected.emptyText')}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}

/** What waits to be sent to the operator, what came back, and what needs attention. */
export function SyncScreen() {
  const { t } = useTranslation('sync');
  const connection = useOperation('operator.connection', {});
  const status = useSyncStatus();
  const refresh = () => {
    void connection.reload();
    void status.reload();
  };
  const changeKey = changeKeyOf(status.data);

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('screen.title')}</Title>
        <Text c="dimmed">{t('screen.description')}</Text>
      </div>
      {connection.error && (
        <OperationErrorAlert
          title={t('screen.errors.connection')}
          error={connection.error}
          onRetry={() => void connection.reload()}
        />
      )}
      {status.error && (
        <OperationErrorAlert
          title={t('screen.errors.status')}
          error={status.error}
          onRetry={() => void status.reload()}
        />
      )}
      {connection.data === undefined && !connection.error && <Skeleton height={220} />}
      {connection.data === null && <NotConnected onConnected={refresh} />}
      {connection.data != null && (
        <>
          <DemoNetworkCard connection={connection.data} onBuilt={refresh} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <ConnectionCard connection={connection.data} status={status.data} onChanged={refresh} />
            {status.data === undefined ? (
              <Skeleton height={220} />
            ) : (
              <SyncRunCard status={status.data} onChanged={() => void status.reload()} />
            )}
          </SimpleGrid>
          {status.data !== undefined && (
            <QueueCard
              connection={connection.data}
              counts={status.data.counts}
              changeKey={changeKey}
              onChanged={() => void status.reload()}
            />
          )}
          {status.data !== undefined && <FeedsCard feeds={status.data.feeds} changeKey={changeKey} />}
          <ReconciliationCard changeKey={changeKey} />
        </>
      )}
    </Stack>
  );
}
