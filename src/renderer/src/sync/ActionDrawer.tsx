import { Badge, Button, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { formatCount } from '../format/formatCount';
import { formatInstantPrecise } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { CopyValueButton } from '../shell/CopyValueButton';
import type { ActionTarget } from './actionTarget';
import { formatAge } from './formatAge';
import { actionKindLabel, actionStateColors, actionStateLabel } from './syncLabels';
import { canCancel, canRetry } from './useActionCommands';

function Copyable({ value }: { value: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Text span ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
      <CopyValueButton value={value} />
    </Group>
  );
}

function EntryRow({
  entryId,
  label,
  onOpenEntry,
}: {
  entryId: string;
  label: string;
  onOpenEntry: (entryId: string) => void;
}) {
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between">
      <Copyable value={entryId} />
      <Button
        size="xs"
        variant="light"
        leftSection={<IconLink size={14} />}
        onClick={() => onOpenEntry(entryId)}
        style={{ flexShrink: 0 }}
      >
        {label}
      </Button>
    </Group>
  );
}

/**
 * One operator action in full, with its ledger entries one click away; `children` is what the
 * screen that opened it adds under its state (an allocation's reversals).
 */
export function ActionDrawer({
  action,
  asset,
  nowMs,
  target,
  onClose,
  onOpenEntry,
  onRetry,
  onCancel,
  children,
}: {
  action: OperatorActionView | null;
  asset: AmountAsset;
  nowMs: number;
  target: ActionTarget | null;
  onClose: () => void;
  onOpenEntry: (entryId: string) => void;
  onRetry: (action: OperatorActionView) => void;
  onCancel: (action: OperatorActionView) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('sync');
  return (
    <Drawer
      opened={action !== null}
      onClose={onClose}
      position="right"
      size={620}
      title={<Title order={3}>{action === null ? t('drawer.title') : actionKindLabel(action.kind)}</Title>}
    >
      {action !== null && target !== null && (
        <ActionDetail
          action={action}
          asset={asset}
          nowMs={nowMs}
          target={target}
          onOpenEntry={onOpenEntry}
          onRetry={onRetry}
          onCancel={onCancel}
        >
          {children}
        </ActionDetail>
      )}
    </Drawer>
  );
}

function ActionDetail({
  action,
  asset,
  nowMs,
  target,
  onOpenEntry,
  onRetry,
  onCancel,
  children,
}: {
  action: OperatorActionView;
  asset: AmountAsset;
  nowMs: number;
  target: ActionTarget;
  onOpenEntry: (entryId: string) => void;
  onRetry: (action: OperatorActionView) => void;
  onCancel: (action: OperatorActionView) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('sync');
  const rows: Array<[string, ReactNode]> = [
    [
      t('drawer.rows.amount'),
      <AmountText key="amount" amountMinor={action.amountMinor} asset={asset} size="sm" fw={600} />,
    ],
    [
      t('drawer.rows.to'),
      target.detail === null
        ? target.label
        : t('drawer.targetWithDetail', { label: target.label, detail: target.detail }),
    ],
    [t('drawer.rows.actionId'), <Copyable key="id" value={action.id} />],
    [t('drawer.rows.clientReference'), <Copyable key="reference" value={action.clientReference} />],
    [t('drawer.rows.attempt'), formatCount(action.attempt)],
    [
      t('drawer.rows.operatorAction'),
      action.operatorActionId === null ? '—' : <Copyable key="op" value={action.operatorActionId} />,
    ],
    [t('drawer.rows.operatorStatus'), action.operatorStatus ?? '—'],
    [
      t('drawer.rows.operatorSays'),
      action.statusReason === null ? '—' : localizeContractMessage(action.statusReason),
    ],
    [
      t('drawer.rows.checks'),
      t('drawer.checksValue', {
        checks: formatCount(action.checks),
        next: formatInstantPrecise(action.nextCheckAt),
      }),
    ],
    [t('drawer.rows.note'), action.note ?? '—'],
    [t('drawer.rows.requestedBy'), action.requestedBy],
    [
      t('drawer.rows.created'),
      t('drawer.createdValue', {
        at: formatInstantPrecise(action.createdAt),
        age: formatAge(action.createdAt, nowMs),
      }),
    ],
    [t('drawer.rows.updated'), formatInstantPrecise(action.updatedAt)],
    [
      t('drawer.rows.final'),
      action.finalAt === null ? t('drawer.notYet') : formatInstantPrecise(action.finalAt),
    ],
    [
      t('drawer.rows.pendingEntry'),
      <EntryRow
        key="pending"
        entryId={action.pendingEntryId}
        label={t('drawer.openEntry')}
        onOpenEntry={onOpenEntry}
      />,
    ],
    [
      t('drawer.rows.resolutionEntry'),
      action.resolutionEntryId === null ? (
        <Text key="none" size="sm" c="dimmed">
          {t('drawer.noResolution')}
        </Text>
      ) : (
        <EntryRow
          key="resolution"
          entryId={action.resolutionEntryId}
          label={t('drawer.openEntry')}
          onOpenEntry={onOpenEntry}
        />
      ),
    ],
  ];
  return (
    <Stack gap="md" data-testid="action-detail" data-action-id={action.id}>
      <Group gap="xs">
        <Badge
          color={actionStateColors[action.state]}
          variant="light"
          size="lg"
          style={{ textTransform: 'none' }}
        >
          {actionStateLabel(action.state)}
        </Badge>
        <AmountText amountMinor={action.amountMinor} asset={asset} fw={600} />
        <Text c="dimmed">{target.phrase}</Text>
      </Group>
      {(canRetry(action) || canCancel(action)) && (
        <Group gap="xs">
          {canRetry(action) && (
            <Button size="xs" variant="light" onClick={() => onRetry(action)}>
              {action.state === 'failed' ? t('drawer.retry') : t('drawer.checkNow')}
            </Button>
          )}
          {canCancel(action) && (
            <Button size="xs" variant="light" color="red" onClick={() => onCancel(action)}>
              {t('drawer.cancel')}
            </Button>
          )}
        </Group>
      )}
      {children}
      <Table variant="vertical" withTableBorder fz="sm" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
