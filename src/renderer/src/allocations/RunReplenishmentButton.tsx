import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';

/**
 * Runs auto-replenishment now rather than at the next sync: every retailer below its trigger is
 * allocated up to its target through the usual checks, and the notice says how many were queued
 * and how many were refused (a refusal is tried again an hour later and shows as an alert).
 */
export function RunReplenishmentButton({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('allocations');
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
            ? t('replenishment.noneTitle')
            : t('replenishment.queuedTitle', { count: queued }),
        message:
          queued === 0 && refused === 0
            ? t('replenishment.noneMessage')
            : refused === 0
              ? t('replenishment.noneRefused')
              : t('replenishment.someRefused', { count: refused }),
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('replenishment.failedTitle'),
        message: asContractError(caught).message,
      });
    } finally {
      setRunning(false);
      onDone();
    }
  };
  return (
    <Tooltip label={t('replenishment.tooltip')} multiline w={260} withArrow>
      <Button
        variant="default"
        leftSection={<IconRepeat size={16} />}
        loading={running}
        onClick={() => void run()}
      >
        {t('replenishment.run')}
      </Button>
    </Tooltip>
  );
}
