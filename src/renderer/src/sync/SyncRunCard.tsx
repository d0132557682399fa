import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { CycleSummary, SyncStatus } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatInstant, formatInstantPrecise } from '../format/formatInstant';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { outcomeColors, outcomeLabels, phaseLabels, triggerLabels } from './syncLabels';

type Running = NonNullable<SyncStatus['running']>;

/**
 * A sync started here waits this long for just-sent actions to be confirmed before it pulls, so the
 * clerk sees them settle in one press; a slower operator's answers are picked up by the next sync.
 */
const manualSettleWithinMs = 5_000;

function Figure({ label, value, testId }: { label: string; value: number | string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="sm" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}

function RunningProgress({ running, onCancel }: { running: Running; onCancel: () => void }) {
  const pulledPercent =
    running.pullTotal !== null && running.pullTotal > 0
      ? Math.min(100, (running.pulled / running.pullTotal) * 100)
      : null;
  return (
    <Stack gap="xs" data-testid="sync-progress" data-phase={running.phase}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {running.cancelling ? 'Stopping at the next safe point…' : phaseLabels[running.phase]}
        </Text>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconPlayerStop size={14} />}
          onClick={onCancel}
          disabled={running.cancelling}
        >
          Cancel
        </Button>
      </Group>
      <Progress
        value={pulledPercent ?? 100}
        animated={pulledPercent === null}
        striped={pulledPercent === null}
        aria-label="Sales pulled"
      />
      <SimpleGrid cols={4} spacing="xs">
        <Figure label="Sent" value={running.sent} />
        <Figure label="Confirmed" value={running.confirmed} />
        <Figure label="Failed" value={running.failed} />
        <Figure
          label="Sales pulled"
          value={
            running.pullTotal === null
              ? running.pulled.toLocaleString('en-US')
              : `${running.pulled.toLocaleString('en-US')} of ${running.pullTotal.toLocaleString('en-US')}`
          }
        />
      </SimpleGrid>
    </Stack>
  );
}

function durationText(summary: CycleSummary): string {
  const ms = Date.parse(summary.finishedAt) - Date.parse(summary.startedAt);
  return ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`;
}

function LastCycle({ summary }: { summary: CycleSummary }) {
  return (
    <Stack gap="xs" data-testid="last-cycle" data-outcome={summary.outcome} data-cycle-id={summary.id}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          Last sync
        </Text>
        <Badge color={outcomeColors[summary.outcome]} variant="light">
          {outcomeLabels[summary.outcome]}
        </Badge>
        <Tooltip label={formatInstantPrecise(summary.finishedAt)}>
          <Text size="sm" c="dimmed">
            {formatInstant(summary.finishedAt)} · {triggerLabels[summary.trigger]} · {durationText(summary)}
          </Text>
        </Tooltip>
      </Group>
      <SimpleGrid cols={3} spacing="xs">
        <Figure label="Sent" value={summary.sent} testId="last-cycle-sent" />
        <Figure label="Confirmed" value={summary.confirmed} testId="last-cycle-confirmed" />
        <Figure label="Failed" value={summary.failed} testId="last-cycle-failed" />
        <Figure label="Sales pulled" value={summary.pulled} testId="last-cycle-pulled" />
        <Figure label="Balances read" value={summary.balancesPulled} />
        <Figure label="Still open" value={summary.stillOpen} testId="last-cycle-open" />
      </SimpleGrid>
      {summary.message !== null && (
        <Text
          size="sm"
          c={summary.outcome === 'completed' ? 'dimmed' : undefined}
          data-testid="last-cycle-message"
        >
          {summary.message}
        </Text>
      )}
    </Stack>
  );
}

/** Sync now, the running cycle's progress with a way to stop it, and what the last cycle did. */
export function SyncRunCard({ status, onChanged }: { status: SyncStatus; onChanged: () => void }) {
  const client = useClient();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ContractCallError | null>(null);

  const call = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(asContractError(caught));
    } finally {
      onChanged();
    }
  };

  const syncNow = async () => {
    setStarting(true);
    await call(() => client.call('sync.run', { wait: false, settleWithinMs: manualSettleWithinMs }));
    setStarting(false);
  };

  const waiting = status.counts.queued + status.counts.inFlight;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="sync-card">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Sync
          </Text>
          <Text size="sm" mt={4}>
            {waiting === 0
              ? 'Nothing waits to be sent.'
              : `${waiting} ${waiting === 1 ? 'action waits' : 'actions wait'} for the operator.`}
            {status.scheduleEveryMs !== null &&
              ` Runs by itself every ${Math.round(status.scheduleEveryMs / 60_000)} min.`}
          </Text>
        </div>
        <Button
          leftSection={<IconRefresh size={16} />}
          style={{ flexShrink: 0 }}
          onClick={() => void syncNow()}
          loading={starting}
          disabled={status.running !== null}
        >
          Sync now
        </Button>
      </Group>
      <Stack gap="md">
        {error !== null && <OperationErrorAlert title="Sync could not start" error={error} />}
        {status.running !== null && (
          <RunningProgress
            running={status.running}
            onCancel={() => void call(() => client.call('sync.cancel', {}))}
          />
        )}
        {status.lastCycle !== null ? (
          <LastCycle summary={status.lastCycle} />
        ) : (
          status.running === null && (
            <Text size="sm" c="dimmed" data-testid="never-synced">
              Never synced: press Sync now to send the queue to the operator and pull its sales and wallet
              balances.
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
