import { Alert, Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AllocationView } from '../../../contract/allocationSchemas';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstantPrecise } from '../format/formatInstant';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { ChartedEntryDrawer } from '../ledger/ChartedEntryDrawer';
import { useCurrentUser } from '../session/CurrentUserContext';
import { CopyableValue, DetailTable, EntryLink } from '../shell/DetailTable';
import { ActionDrawer } from '../sync/ActionDrawer';
import { actionTarget } from '../sync/actionTarget';
import { useActionCommands } from '../sync/useActionCommands';
import { useNow } from '../sync/useNow';
import { AllocationStatusBadge } from './AllocationStatusBadge';
import { canReverse, leftToReverseMinor } from './allocationReversible';
import { ReverseAllocationModal } from './ReverseAllocationModal';

const ageRefreshMs = 5_000;

/**
 * An allocation opened from a list: the Sync screen's action drawer on the allocation's operator
 * action (reference, operator's answer, journal entries, retry or cancel), with what was reversed
 * of it and a way to reverse what is left once the operator confirmed it.
 */
export function AllocationActionDrawer({
  allocation,
  airtime,
  onClose,
  onChanged,
}: {
  allocation: AllocationView | null;
  airtime: AmountAsset;
  onClose: () => void;
  onChanged: () => void;
}) {
  const mayReadQueue = useCurrentUser().canCall('sync.action');
  if (allocation === null) return null;
  // The operator's queue is the head office's: a partner office sees the allocation's own record.
  const Opened = mayReadQueue ? OpenedAllocation : AllocationRecordDrawer;
  return (
    <Opened
      key={allocation.id}
      allocation={allocation}
      airtime={airtime}
      onClose={onClose}
      onChanged={onChanged}
    />
  );
}

interface OpenedProps {
  allocation: AllocationView;
  airtime: AmountAsset;
  onClose: () => void;
  onChanged: () => void;
}

function OpenedAllocation({ allocation, airtime, onClose, onChanged }: OpenedProps) {
  // An allocation is its own operator action: the same id.
  const action = useOperation('sync.action', { id: allocation.id });
  const [reversing, setReversing] = useState(false);
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
      >
        <AllocationReversals allocation={allocation} airtime={airtime} onReverse={() => setReversing(true)} />
      </ActionDrawer>
      <ReverseAllocationModal
        allocation={allocation}
        airtime={airtime}
        opened={reversing}
        onClose={() => setReversing(false)}
        onReversed={() => {
          setReversing(false);
          void action.reload();
          onChanged();
        }}
      />
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </>
  );
}

/** An allocation's own record, its entries and its reversals, without its operator action. */
function AllocationRecordDrawer({ allocation, airtime, onClose, onChanged }: OpenedProps) {
  const { t } = useTranslation('allocations');
  const [reversing, setReversing] = useState(false);
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  const openEntry = (entryId: string) => setEntryTrail([entryId]);
  const rows: Array<[string, ReactNode]> = [
    [
      t('drawer.rows.to'),
      allocation.retailerName === null
        ? (allocation.partyId ?? '—')
        : `${allocation.retailerName} (${allocation.retailerCode})`,
    ],
    [
      t('drawer.rows.amount'),
      <AmountText key="amount" amountMinor={allocation.amountMinor} asset={airtime} size="sm" fw={600} />,
    ],
    [
      t('drawer.rows.operatorSays'),
      allocation.statusReason === null ? '—' : localizeContractMessage(allocation.statusReason),
    ],
    [t('drawer.rows.clientReference'), <CopyableValue key="reference" value={allocation.clientReference} />],
    [t('drawer.rows.note'), allocation.note ?? '—'],
    [t('drawer.rows.requestedBy'), allocation.requestedBy],
    [t('drawer.rows.created'), formatInstantPrecise(allocation.createdAt)],
    [
      t('drawer.rows.final'),
      allocation.finalAt === null ? t('drawer.rows.notYet') : formatInstantPrecise(allocation.finalAt),
    ],
    [
      t('drawer.rows.pendingEntry'),
      <EntryLink key="pending" entryId={allocation.pendingEntryId} onOpen={openEntry} none="—" />,
    ],
    [
      t('drawer.rows.resolutionEntry'),
      <EntryLink
        key="resolution"
        entryId={allocation.resolutionEntryId}
        onOpen={openEntry}
        none={t('drawer.rows.noResolutionEntry')}
      />,
    ],
  ];
  return (
    <>
      <Drawer
        opened={entryTrail.length === 0}
        onClose={onClose}
        position="right"
        size={620}
        title={<Title order={3}>{t('drawer.title')}</Title>}
      >
        <Stack gap="md" data-testid="allocation-detail" data-allocation-id={allocation.id}>
          <Group gap="xs">
            <AllocationStatusBadge status={allocation.status} size="lg" />
            <AmountText amountMinor={allocation.amountMinor} asset={airtime} fw={600} />
          </Group>
          <AllocationReversals
            allocation={allocation}
            airtime={airtime}
            onReverse={() => setReversing(true)}
          />
          <DetailTable rows={rows} />
        </Stack>
      </Drawer>
      <ReverseAllocationModal
        allocation={allocation}
        airtime={airtime}
        opened={reversing}
        onClose={() => setReversing(false)}
        onReversed={() => {
          setReversing(false);
          onChanged();
        }}
      />
      {entryTrail.length > 0 && <ChartedEntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} />}
    </>
  );
}

/** What was reversed of an allocation so far, and the way to reverse the rest. */
function AllocationReversals({
  allocation,
  airtime,
  onReverse,
}: {
  allocation: AllocationView;
  airtime: AmountAsset;
  onReverse: () => void;
}) {
  const { t } = useTranslation('allocations');
  const { can } = useCurrentUser();
  const reversible = canReverse(allocation);
  if (allocation.reversedMinor === 0 && !reversible) return null;
  return (
    <Group justify="space-between" gap="xs" data-testid="allocation-reversals">
      {allocation.reversedMinor > 0 ? (
        <Text size="sm" data-testid="allocation-reversed">
          <Trans
            t={t}
            i18nKey="drawer.reversed"
            components={{
              amount: (
                <AmountText amountMinor={allocation.reversedMinor} asset={airtime} size="sm" fw={600} />
              ),
            }}
          />
          {reversible && (
            <Text span size="sm" c="dimmed">
              {' '}
              {t('drawer.left', { amount: formatMinor(leftToReverseMinor(allocation), airtime) })}
            </Text>
          )}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('drawer.reversible')}
        </Text>
      )}
      {reversible && can('operator.act') && (
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconArrowBackUp size={14} />}
          onClick={onReverse}
        >
          {t('drawer.reverse')}
        </Button>
      )}
    </Group>
  );
}
