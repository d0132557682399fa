import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import type { ActionTarget } from './actionTarget';
import { actionKindLabels } from './syncLabels';

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
 */
/** What a retry reserves again, by kind: a reversal takes from the retailer's stock, not the wholesale. */
const reservedFrom: Record<OperatorActionView['kind'], string> = {
  purchase: 'as incoming wholesale stock',
  allocation: 'of the wholesale stock',
  direct_topup: 'of the wholesale stock',
  allocation_reversal: "of the retailer's stock",
};

export function useActionCommands({
  asset,
  targetOf,
  onChanged,
}: {
  asset: AmountAsset;
  targetOf: (action: OperatorActionView) => ActionTarget;
  onChanged: () => void;
}): ActionCommands {
  const client = useClient();
  const [error, setError] = useState<ActionCommandError | null>(null);

  const run = async (title: string, done: string, work: () => Promise<OperatorActionView>) => {
    setError(null);
    try {
      const action = await work();
      notifications.show({
        color: 'teal',
        title: done,
        message: `Client reference ${action.clientReference}`,
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
    const kind = actionKindLabels[action.kind].toLowerCase();
    const amount = formatMinor(action.amountMinor, asset);
    const target = targetOf(action);
    if (action.state !== 'failed') {
      modals.openConfirmModal({
        title: `Check this ${kind} now?`,
        children: (
          <Text size="sm">
            Airledger asks the operator about this {kind} of {amount} {target.phrase} at the next sync,
            instead of waiting for its next scheduled check. Nothing is sent again.
          </Text>
        ),
        labels: { confirm: 'Check at next sync', cancel: 'Back' },
        onConfirm: () =>
          void run(`The ${kind} could not be checked`, `The ${kind} will be checked at the next sync`, () =>
            client.call('sync.retryAction', { id: action.id }),
          ),
      });
      return;
    }
    const nextReference = `${action.id}.${action.attempt + 1}`;
    modals.openConfirmModal({
      title: `Retry this ${kind}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Airledger reserves {amount} {reservedFrom[action.kind]} again and sends the {kind} {target.phrase}{' '}
            to the operator at the next sync, as attempt {action.attempt + 1} under the new client reference{' '}
            <Text span ff="monospace" size="sm">
              {nextReference}
            </Text>
            .
          </Text>
          <Text size="sm">
            Attempt {action.attempt} (
            <Text span ff="monospace" size="sm">
              {action.clientReference}
            </Text>
            ) stays failed at the operator and is never sent again
            {action.statusReason !== null ? `: ${action.statusReason}` : '.'}
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Retry under a new reference', cancel: 'Back' },
      onConfirm: () =>
        void run(`The ${kind} was not retried`, `The ${kind} is queued again`, () =>
          client.call('sync.retryAction', { id: action.id }),
        ),
    });
  };

  const confirmCancel = (action: OperatorActionView) => {
    const kind = actionKindLabels[action.kind].toLowerCase();
    const amount = formatMinor(action.amountMinor, asset);
    const target = targetOf(action);
    const neverSent = action.state === 'queued' && action.operatorActionId === null && action.checks === 0;
    const what = neverSent
      ? `This ${kind} of ${amount} ${target.phrase} has not been sent to the operator. Cancelling it voids its pending ledger entry and releases the ${amount} it reserves, now.`
      : action.state === 'awaiting'
        ? `The operator holds this ${kind} of ${amount} ${target.phrase} and has not completed it. Airledger asks the operator to cancel it at the next sync; if the operator completes it first, it stays confirmed.`
        : `This ${kind} of ${amount} ${target.phrase} may already have reached the operator. Airledger cancels it only once the operator has said what happened to it.`;
    modals.openConfirmModal({
      title: `Cancel this ${kind}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">{what}</Text>
          <Text size="sm" fw={600}>
            A cancelled action cannot be undone: to do it after all, create a new {kind}.
          </Text>
        </Stack>
      ),
      labels: { confirm: `Cancel the ${kind}`, cancel: `Keep the ${kind}` },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(
          `The ${kind} was not cancelled`,
          neverSent ? `The ${kind} is cancelled` : `Cancellation of the ${kind} requested`,
          () => client.call('sync.cancelAction', { id: action.id }),
        ),
    });
  };

  return { confirmRetry, confirmCancel, error, clearError: () => setError(null) };
}
