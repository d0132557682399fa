import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatCount } from '../format/formatCount';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import type { ActionTarget } from './actionTarget';
import { actionKindKeys } from './syncLabels';

export interface ActionCommandError {
  title: string;
  error: ContractCallError;
}

export interface ActionCommands {
  confirmRetry: (action: OperatorActionView) => void;
  confirmCancel: (action: OperatorActionView) => void;
  error: ActionCommandError | null;
  clearError: () => void;
}

/** Only a failed action gets a new attempt; an open one is looked at again at the next sync. */
export const canRetry = (action: OperatorActionView) =>
  action.state === 'failed' || action.state === 'queued' || action.state === 'awaiting';
export const canCancel = (action: OperatorActionView) =>
  action.state === 'queued' ||
  action.state === 'awaiting' ||
  action.state === 'sending' ||
  action.state === 'unknown';

/**
 * Retry and cancel, each behind a confirmation that says exactly what will happen to the operator,
 * the reservation and the ledger. A refusal is kept with the core's own words until dismissed.
 * Every sentence is written per kind of action, so each language can agree its words with it.
 */
export function useActionCommands({
  asset,
  targetOf,
  onChanged,
}: {
  asset: AmountAsset;
  targetOf: (action: OperatorActionView) => ActionTarget;
  onChanged: () => void;
}): ActionCommands {
  const { t } = useTranslation('sync');
  const client = useClient();
  const [error, setError] = useState<ActionCommandError | null>(null);

  const run = async (title: string, done: string, work: () => Promise<OperatorActionView>) => {
    setError(null);
    try {
      const action = await work();
      notifications.show({
        color: 'teal',
        title: done,
        message: t('commands.doneMessage', { reference: action.clientReference }),
      });
    } catch (caught) {
      setError({
        title,
        error: asContractError(caught),
      });
    } finally {
      onChanged();
    }
  };

  const confirmRetry = (action: OperatorActionView) => {
    const kind = actionKindKeys[action.kind];
    const amount = formatMinor(action.amountMinor, asset);
    const target = targetOf(action).phrase;
    if (action.state !== 'failed') {
      modals.openConfirmModal({
        title: t(`commands.check.title.${kind}`),
        children: <Text size="sm">{t(`commands.check.body.${kind}`, { amount, target })}</Text>,
        labels: { confirm: t('commands.check.confirm'), cancel: t('commands.back') },
        onConfirm: () =>
          void run(t(`commands.check.failed.${kind}`), t(`commands.check.done.${kind}`), () =>
            client.call('sync.retryAction', { id: action.id }),
          ),
      });
      return;
    }
    const nextAttempt = action.attempt + 1;
    const code = <Text span ff="monospace" size="sm" />;
    modals.openConfirmModal({
      title: t(`commands.retry.title.${kind}`),
      children: (
        <Stack gap="xs">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey={`commands.retry.body.${kind}`}
              values={{
                amount,
                target,
                attempt: formatCount(nextAttempt),
                reference: `${action.id}.${nextAttempt}`,
              }}
              components={{ code }}
            />
          </Text>
          <Text size="sm">
            {action.statusReason === null ? (
              <Trans
                t={t}
                i18nKey="commands.retry.previous"
                values={{ attempt: formatCount(action.attempt), reference: action.clientReference }}
                components={{ code }}
              />
            ) : (
              <Trans
                t={t}
                i18nKey="commands.retry.previousWithReason"
                values={{
                  attempt: formatCount(action.attempt),
                  reference: action.clientReference,
                  reason: action.statusReason,
                }}
                components={{ code }}
              />
            )}
          </Text>
        </Stack>
      ),
      labels: { confirm: t('commands.retry.confirm'), cancel: t('commands.back') },
      onConfirm: () =>
        void run(t(`commands.retry.failed.${kind}`), t(`commands.retry.done.${kind}`), () =>
          client.call('sync.retryAction', { id: action.id }),
        ),
    });
  };

  const confirmCancel = (action: OperatorActionView) => {
    const kind = actionKindKeys[action.kind];
    const amount = formatMinor(action.amountMinor, asset);
    const target = targetOf(action).phrase;
    const neverSent = action.state === 'queued' && action.operatorActionId === null && action.checks === 0;
    const what = neverSent
      ? t(`commands.cancel.neverSent.${kind}`, { amount, target })
      : action.state === 'awaiting'
        ? t(`commands.cancel.awaiting.${kind}`, { amount, target })
        : t(`commands.cancel.maybeSent.${kind}`, { amount, target });
    modals.openConfirmModal({
      title: t(`commands.cancel.title.${kind}`),
      children: (
        <Stack gap="xs">
          <Text size="sm">{what}</Text>
          <Text size="sm" fw={600}>
            {t(`commands.cancel.cannotUndo.${kind}`)}
          </Text>
        </Stack>
      ),
      labels: { confirm: t(`commands.cancel.confirm.${kind}`), cancel: t(`commands.cancel.keep.${kind}`) },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(
          t(`commands.cancel.failed.${kind}`),
          neverSent ? t(`commands.cancel.done.${kind}`) : t(`commands.cancel.requested.${kind}`),
          () => client.call('sync.cancelAction', { id: action.id }),
        ),
    });
  };

  return { confirmRetry, confirmCancel, error, clearError: () => setError(null) };
}
