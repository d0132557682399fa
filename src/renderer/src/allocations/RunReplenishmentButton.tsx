import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';

/** "1 retailer", "3 retailers". */
function retailersCounted(count: number): string {
  return `${count} retailer${count === 1 ? '' : 's'}`;
}

/**
 * Runs auto-replenishment now rather than at the next sync: every retailer below its trigger is
 * allocated up to its target through the usual checks, and the notice says how many were queued
 * and how many were refused (a refusal is tried again an hour later and shows as an alert).
 */
export function RunReplenishmentButton({ onDone }: { onDone: () => void }) {
  const client = useClient();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const { queued, refused } = await client.call('replenishment.run', {});
      notifications.show({
        color: refused > 0 ? 'orange' : 'teal',
        title:
          queued === 0 && refused === 0
            ? 'No retailer needs replenishing'
            : `Auto-replenishment queued ${retailersCounted(queued)}`,
        message:
          queued === 0 && refused === 0
            ? 'Every retailer with a rule holds at least its trigger, or was refused within the hour.'
            : `${refused === 0 ? 'None refused' : `${retailersCounted(refused)} refused (see the dashboard's alerts)`}; the next sync sends what was queued.`,
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: 'Auto-replenishment did not run',
        message: asContractError(caught).message,
      });
    } finally {
      setRunning(false);
      onDone();
    }
  };
  return (
    <Tooltip
      label="Tops up every retailer below its trigger to its target now. It also runs after every sync."
      multiline
      w={260}
      withArrow
    >
      <Button
        variant="default"
        leftSection={<IconRepeat size={16} />}
        loading={running}
        onClick={() => void run()}
      >
        Run auto-replenishment
      </Button>
    </Tooltip>
  );
}
