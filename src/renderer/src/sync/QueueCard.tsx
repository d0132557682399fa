import { Alert, Card, Center, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  OperatorActionView,
  OperatorConnectionView,
  SyncQueue,
} from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { EntryDrawer } from '../ledger/EntryDrawer';
import { useLedgerChart } from '../ledger/useLedgerChart';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { ActionDrawer } from './ActionDrawer';
import { ActionsTable } from './ActionsTable';
import { actionTarget } from './actionTarget';
import { operatorAmountAsset } from './operatorAmountAsset';
import { useActionCommands } from './useActionCommands';
import { useNow } from './useNow';
import { useReloadOn } from './useReloadOn';

type QueueFilter = 'open' | 'attention' | 'final' | 'all';

/** The most actions one read brings; the contract's own limit. */
const queueRowsMax = 5_000;
/** Ages move on by themselves at this pace. */
const ageRefreshMs = 5_000;

function filterCounts(counts: SyncQueue['counts']): Record<QueueFilter, number> {
  const open = counts.queued + counts.inFlight;
  const final = counts.confirmed + counts.cancelled + counts.needsAttention;
  return { open, attention: counts.needsAttention, final, all: open + final };
}

/** What waits for the operator, what it answered, and what needs someone: filter, open, retry, cancel. */
export function QueueCard({
  connection,
  counts,
  changeKey,
  onChanged,
}: {
  connection: OperatorConnectionView;
  /** From the polled status, so the filter counts move while a sync runs. */
  counts: SyncQueue['counts'];
  /** Changes whenever the queue may have changed (a cycle ran, counts moved). */
  changeKey: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('sync');
  const [filter, setFilter] = useState<QueueFilter>('open');
  const queue = useOperation('sync.queue', { filter, limit: queueRowsMax });
  const wallets = useOperation('operator.wallets', {});
  const nowMs = useNow(ageRefreshMs);
  const asset = operatorAmountAsset(connection);
  const [openActionId, setOpenActionId] = useState<string | null>(null);
  const [lastOpened, setLastOpened] = useState<OperatorActionView | null>(null);
  const [entryTrail, setEntryTrail] = useState<string[]>([]);

  const { reload: reloadQueue } = queue;
  useReloadOn(changeKey, reloadQueue, wallets.reload);

  const walletsByParty = useMemo(
    () => new Map((wallets.data ?? []).map((wallet) => [wallet.partyId, wallet])),
    [wallets.data],
  );
  const targetOf = (action: OperatorActionView) => actionTarget(action, walletsByParty);
  const commands = useActionCommands({
    asset,
    targetOf,
    onChanged: () => {
      void reloadQueue();
      onChanged();
    },
  });

  // The drawer follows the action as the queue is read again; one that left this filter stays shown.
  const openAction =
    openActionId === null
      ? null
      : (queue.data?.actions.find((action) => action.id === openActionId) ??
        (lastOpened?.id === openActionId ? lastOpened : null));
  useEffect(() => {
    if (openAction !== null && openAction !== lastOpened) setLastOpened(openAction);
  }, [openAction, lastOpened]);

  const shownCounts = filterCounts(counts);
  const actions = queue.data?.actions ?? [];
  return (
    <Card withBorder padding="lg" radius="md" data-testid="queue-card">
      <Group justify="space-between" mb="md" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Text fw={600}>{t('queue.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('queue.description')}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t('queue.filterLabel')}
          data-testid="queue-filter"
          value={filter}
          onChange={(value) => setFilter(value as QueueFilter)}
          data={[
            { value: 'open', label: t('queue.filters.open', { number: formatCount(shownCounts.open) }) },
            {
              value: 'attention',
              label: t('queue.filters.attention', { number: formatCount(shownCounts.attention) }),
            },
            { value: 'final', label: t('queue.filters.final', { number: formatCount(shownCounts.final) }) },
            { value: 'all', label: t('queue.filters.all', { number: formatCount(shownCounts.all) }) },
          ]}
          color={filter === 'attention' && shownCounts.attention > 0 ? 'red' : undefined}
        />
      </Group>
      <Stack gap="sm">
        {commands.error !== null && (
          <Alert
            color="red"
            icon={<IconAlertCircle />}
            title={commands.error.title}
            withCloseButton
            closeButtonLabel={t('queue.dismiss')}
            onClose={commands.clearError}
            data-testid="action-command-error"
          >
            <Text size="sm">{commands.error.error.message}</Text>
          </Alert>
        )}
        {queue.error && (
          <OperationErrorAlert
            title={t('queue.readFailed')}
            error={queue.error}
            onRetry={() => void queue.reload()}
          />
        )}
        {queue.data === undefined && queue.loading && <Skeleton height={140} />}
        {queue.data !== undefined &&
          (actions.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed" ta="center" maw={560} data-testid="queue-empty">
                {t(`queue.empty.${filter}`)}
              </Text>
            </Center>
          ) : (
            <ActionsTable
              actions={actions}
              asset={asset}
              nowMs={nowMs}
              targetOf={targetOf}
              onOpen={(action) => {
                setLastOpened(action);
                setOpenActionId(action.id);
              }}
              onRetry={commands.confirmRetry}
              onCancel={commands.confirmCancel}
            />
          ))}
        {queue.data?.truncated === true && (
          <Alert color="blue">{t('queue.truncated', { max: formatCount(queueRowsMax) })}</Alert>
        )}
      </Stack>
      <ActionDrawer
        action={entryTrail.length > 0 ? null : openAction}
        asset={asset}
        nowMs={nowMs}
        target={openAction === null ? null : targetOf(openAction)}
        onClose={() => setOpenActionId(null)}
        onOpenEntry={(entryId) => setEntryTrail([entryId])}
        onRetry={commands.confirmRetry}
        onCancel={commands.confirmCancel}
      />
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </Card>
  );
}

/** The ledger's entry drawer over the action; closing it returns to the action. */
function ChartedEntryDrawer(props: { trail: string[]; onTrailChange: (trail: string[]) => void }) {
  const chart = useLedgerChart();
  return <EntryDrawer {...props} chart={chart} />;
}
