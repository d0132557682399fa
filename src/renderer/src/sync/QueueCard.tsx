import { Alert, Card, Center, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type {
  OperatorActionView,
  OperatorConnectionView,
  SyncQueue,
} from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
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

const emptyText: Record<QueueFilter, string> = {
  open: 'The queue is empty: every action was sent to the operator and answered.',
  attention: 'No action needs attention: nothing the operator refused is waiting for a decision.',
  final: 'No action has finished yet: confirmed, failed and cancelled actions are listed here.',
  all: 'No operator action yet: purchases, allocations and direct top-ups wait here until the operator confirms them.',
};

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
          <Text fw={600}>Queue</Text>
          <Text size="sm" c="dimmed">
            Every operator-bound action, from the moment it is reserved in the ledger until the operator
            answers.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Queue filter"
          data-testid="queue-filter"
          value={filter}
          onChange={(value) => setFilter(value as QueueFilter)}
          data={[
            { value: 'open', label: `Open · ${shownCounts.open}` },
            { value: 'attention', label: `Needs attention · ${shownCounts.attention}` },
            { value: 'final', label: `Final · ${shownCounts.final}` },
            { value: 'all', label: `All · ${shownCounts.all}` },
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
            closeButtonLabel="Dismiss"
            onClose={commands.clearError}
            data-testid="action-command-error"
          >
            <Text size="sm">{commands.error.error.message}</Text>
          </Alert>
        )}
        {queue.error && (
          <OperationErrorAlert
            title="The queue could not be read"
            error={queue.error}
            onRetry={() => void queue.reload()}
          />
        )}
        {queue.data === undefined && queue.loading && <Skeleton height={140} />}
        {queue.data !== undefined &&
          (actions.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed" ta="center" maw={560} data-testid="queue-empty">
                {emptyText[filter]}
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
          <Alert color="blue">
            Showing the newest {queueRowsMax.toLocaleString('en-US')} actions of this filter. Narrow the
            filter to see older ones.
          </Alert>
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
