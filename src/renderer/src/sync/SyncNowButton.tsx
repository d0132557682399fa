import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';

/** Waits this long for just-sent actions to be confirmed, so one press shows them settled. */
const settleWithinMs = 5_000;

/**
 * Runs one sync cycle from a working screen (send the queue, confirm, pull balances) and says what
 * it did; the Sync screen has the full picture.
 */
export function SyncNowButton({ onDone, ...props }: { onDone: () => void } & ButtonProps) {
  const client = useClient();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const cycle = await client.call('sync.run', { wait: true, settleWithinMs });
      notifications.show({
        color: cycle === null || cycle.outcome === 'completed' ? 'teal' : 'orange',
        title: cycle === null ? 'Sync started' : `Sync ${cycle.outcome}`,
        message:
          cycle === null
            ? 'A sync was already running; its results show when it ends.'
            : `${cycle.sent} sent, ${cycle.confirmed} confirmed, ${cycle.failed} failed, ${cycle.stillOpen} still open.${cycle.message === null ? '' : ` ${cycle.message}`}`,
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: 'Sync did not run',
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
      Sync now
    </Button>
  );
}
