import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import type { CycleSummary, SyncStatus } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatCount } from '../format/formatCount';
import { formatInstant, formatInstantPrecise } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';
import { currentLocale } from '../i18n/currentLocale';
import { i18n } from '../i18n/i18n';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { outcomeColors, outcomeLabel, phaseLabel, triggerLabel } from './syncLabels';

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
  const { t } = useTranslation(['sync', 'common']);
  const pulledPercent =
    running.pullTotal !== null && running.pullTotal > 0
      ? Math.min(100, (running.pulled / running.pullTotal) * 100)
      : null;
  return (
    <Stack gap="xs" data-testid="sync-progress" data-phase={running.phase}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {running.cancelling ? t('run.stopping') : phaseLabel(running.phase)}
        </Text>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconPlayerStop size={14} />}
          onClick={onCancel}
          disabled={running.cancelling}
        >
          {t('common:actions.cancel')}
        </Button>
      </Group>
      <Progress
        value={pulledPercent ?? 100}
        animated={pulledPercent === null}
        striped={pulledPercent === null}
        aria-label={t('run.figures.salesPulled')}
      />
      <SimpleGrid cols={4} spacing="xs">
        <Figure label={t('run.figures.sent')} value={formatCount(running.sent)} />
        <Figure label={t('run.figures.confirmed')} value={formatCount(running.confirmed)} />
        <Figure label={t('run.figures.failed')} value={formatCount(running.failed)} />
        <Figure
          label={t('run.figures.salesPulled')}
          value={
            running.pullTotal === null
              ? formatCount(running.pulled)
              : t('run.pulledOf', {
                  pulled: formatCount(running.pulled),
                  total: formatCount(running.pullTotal),
                })
          }
        />
      </SimpleGrid>
    </Stack>
  );
}

const secondsFormats = new Map<string, Intl.NumberFormat>();

/** "840 ms", "12.4 s" ("12,4 s" in French). */
function durationText(summary: CycleSummary): string {
  const ms = Date.parse(summary.finishedAt) - Date.parse(summary.startedAt);
  if (ms < 1_000) return i18n.t('sync:run.durationMs', { ms: formatCount(ms) });
  const locale = currentLocale();
  let seconds = secondsFormats.get(locale);
  if (seconds === undefined) {
    seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    secondsFormats.set(locale, seconds);
  }
  return i18n.t('sync:run.durationSeconds', { seconds: seconds.format(ms / 1_000) });
}

function LastCycle({ summary }: { summary: CycleSummary }) {
  const { t } = useTranslation('sync');
  return (
    <Stack gap="xs" data-testid="last-cycle" data-outcome={summary.outcome} data-cycle-id={summary.id}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('run.lastSync')}
        </Text>
        <Badge color={outcomeColors[summary.outcome]} variant="light">
          {outcomeLabel(summary.outcome)}
        </Badge>
        <Tooltip label={formatInstantPrecise(summary.finishedAt)}>
          <Text size="sm" c="dimmed">
            {formatInstant(summary.finishedAt)} · {triggerLabel(summary.trigger)} · {durationText(summary)}
          </Text>
        </Tooltip>
      </Group>
      <SimpleGrid cols={3} spacing="xs">
        <Figure label={t('run.figures.sent')} value={formatCount(summary.sent)} testId="last-cycle-sent" />
        <Figure
          label={t('run.figures.confirmed')}
          value={formatCount(summary.confirmed)}
          testId="last-cycle-confirmed"
        />
        <Figure
          label={t('run.figures.failed')}
          value={formatCount(summary.failed)}
          testId="last-cycle-failed"
        />
        <Figure
          label={t('run.figures.salesPulled')}
          value={formatCount(summary.pulled)}
          testId="last-cycle-pulled"
        />
        <Figure label={t('run.figures.balancesRead')} value={formatCount(summary.balancesPulled)} />
        <Figure
          label={t('run.figures.stillOpen')}
          value={formatCount(summary.stillOpen)}
          testId="last-cycle-open"
        />
      </SimpleGrid>
      {summary.message !== null && (
        <Text
          size="sm"
          c={summary.outcome === 'completed' ? 'dimmed' : undefined}
          data-testid="last-cycle-message"
        >
          {localizeContractMessage(summary.message)}
        </Text>
      )}
    </Stack>
  );
}

/** Sync now, the running cycle's progress with a way to stop it, and what the last cycle did. */
export function SyncRunCard({ status, onChanged }: { status: SyncStatus; onChanged: () => void }) {
  const { t } = useTranslation('sync');
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
            {t('run.heading')}
          </Text>
          <Text size="sm" mt={4}>
            {waiting === 0
              ? t('run.nothingWaits')
              : t('run.waiting', { count: waiting, number: formatCount(waiting) })}
            {status.scheduleEveryMs !== null && (
              <> {t('run.schedule', { minutes: formatCount(Math.round(status.scheduleEveryMs / 60_000)) })}</>
            )}
          </Text>
        </div>
        <Button
          leftSection={<IconRefresh size={16} />}
          style={{ flexShrink: 0 }}
          onClick={() => void syncNow()}
          loading={starting}
          disabled={status.running !== null}
        >
          {t('syncNow.button')}
        </Button>
      </Group>
      <Stack gap="md">
        {error !== null && <OperationErrorAlert title={t('run.startFailed')} error={error} />}
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
              {t('run.never')}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
