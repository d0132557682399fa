import { Alert } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import type { AmountAsset } from '../format/formatMinor';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { ActionDrawer } from '../sync/ActionDrawer';
import { actionTarget } from '../sync/actionTarget';
import { useActionCommands } from '../sync/useActionCommands';
import { useNow } from '../sync/useNow';

const ageRefreshMs = 5_000;

/**
 * An allocation opened from a list: the Sync screen's action drawer on the allocation's operator
 * action (reference, operator's answer, journal entries, retry or cancel).
 */
export function AllocationActionDrawer({
  actionId,
  airtime,
  onClose,
  onChanged,
}: {
  actionId: string | null;
  airtime: AmountAsset;
  onClose: () => void;
  onChanged: () => void;
}) {
  if (actionId === null) return null;
  return (
    <OpenedAllocation
      key={actionId}
      actionId={actionId}
      airtime={airtime}
      onClose={onClose}
      onChanged={onChanged}
    />
  );
}

function OpenedAllocation({
  actionId,
  airtime,
  onClose,
  onChanged,
}: {
  actionId: string;
  airtime: AmountAsset;
  onClose: () => void;
  onChanged: () => void;
}) {
  const action = useOperation('sync.action', { id: actionId });
  const wallets = useOperation('operator.wallets', {});
  const nowMs = useNow(ageRefreshMs);
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const walletsByParty = useMemo(
    () => new Map((wallets.data ?? []).map((wallet) => [wallet.partyId, wallet])),
    [wallets.data],
  );
  const targetOf = (shown: OperatorActionView) => actionTarget(shown, walletsByParty);
  const commands = useActionCommands({
    asset: airtime,
    targetOf,
    onChanged: () => {
      void action.reload();
      onChanged();
    },
  });
  const shown = action.data ?? null;
  return (
    <>
      {commands.error !== null && (
        <Alert color="red" title={commands.error.title} withCloseButton onClose={commands.clearError} mb="md">
          {commands.error.error.message}
        </Alert>
      )}
      <ActionDrawer
        action={entryTrail.length > 0 ? null : shown}
        asset={airtime}
        nowMs={nowMs}
        target={shown === null ? null : targetOf(shown)}
        onClose={onClose}
        onOpenEntry={(entryId) => setEntryTrail([entryId])}
        onRetry={commands.confirmRetry}
        onCancel={commands.confirmCancel}
      />
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </>
  );
}
