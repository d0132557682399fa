import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleSummary } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatCount } from '../format/formatCount';
import { localizeContractMessage } from '../i18n/contractMessages';

/** Waits this long for just-sent actions to be confirmed, so one press shows them settled. */
const settleWithinMs = 5_000;

/**
 * Runs one sync cycle from a working screen (send the queue, confirm, pull balances) and says what
 * it did; the Sync screen has the full picture.
 */
export function SyncNowButton({ onDone, ...props }: { onDone: () => void } & ButtonProps) {
  const { t } = useTranslation('sync');
  const client = useClient();
  const [running, setRunning] = useState(false);
  /** "2 sent, 2 confirmed, 0 failed, 0 still open.", then the core's own words about the cycle if any. */
  const cycleMessage = (cycle: CycleSummary): string => {
    const counts = t('syncNow.summary', {
      sent: formatCount(cycle.sent),
      confirmed: formatCount(cycle.confirmed),
      failed: formatCount(cycle.failed),
      stillOpen: formatCount(cycle.stillOpen),
    });
    return cycle.message === null ? counts : `${counts} ${localizeContractMessage(cycle.message)}`;
  };
  const run = async () => {
    setRunning(true);
    try {
      const cycle = await client.call('sync.run', { wait: true, settleWithinMs });
      notifications.show({
        color: cycle === null || cycle.outcome === 'completed' ? 'teal' : 'orange',
        title: cycle === null ? t('syncNow.started') : t(`syncNow.outcome.${cycle.outcome}`),
        message: cycle === null ? t('syncNow.alreadyRunning') : cycleMessage(cycle),
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('syncNow.didNotRun'),
        message: asContractError(caught).message,
      });
    } finally {
      setRunning(false);
      onDone();
    }
  };
  return (
    <Button
      variant="light"
      leftSection={<IconRefresh size={16} />}
      loading={running}
      onClick={() => void run()}
      {...props}
    >
      {t('syncNow.button')}
    </Button>
  );
}
