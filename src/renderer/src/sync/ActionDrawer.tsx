import { Badge, Button, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { formatInstantPrecise } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { CopyValueButton } from '../shell/CopyValueButton';
import type { ActionTarget } from './actionTarget';
import { formatAge } from './formatAge';
import { actionKindLabels, actionStateColors, actionStateLabels } from './syncLabels';
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
  return (
    <Drawer
      opened={action !== null}
      onClose={onClose}
      position="right"
      size={620}
      title={
        <Title order={3}>{action === null ? 'Operator action' : `${actionKindLabels[action.kind]}`}</Title>
      }
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
  const rows: Array<[string, ReactNode]> = [
    ['Amount', <AmountText key="amount" amountMinor={action.amountMinor} asset={asset} size="sm" fw={600} />],
    ['To', target.detail === null ? target.label : `${target.label} (${target.detail})`],
    ['Action id', <Copyable key="id" value={action.id} />],
    ['Client reference', <Copyable key="reference" value={action.clientReference} />],
    ['Attempt', String(action.attempt)],
    [
      'Operator action',
      action.operatorActionId === null ? '—' : <Copyable key="op" value={action.operatorActionId} />,
    ],
    ['Operator status', action.operatorStatus ?? '—'],
    ['Operator says', action.statusReason ?? '—'],
    ['Checks', `${action.checks}; next ${formatInstantPrecise(action.nextCheckAt)}`],
    ['Note', action.note ?? '—'],
    ['Requested by', action.requestedBy],
    ['Created', `${formatInstantPrecise(action.createdAt)} (${formatAge(action.createdAt, nowMs)} ago)`],
    ['Updated', formatInstantPrecise(action.updatedAt)],
    ['Final', action.finalAt === null ? 'not yet' : formatInstantPrecise(action.finalAt)],
    [
      'Pending entry',
      <EntryRow key="pending" entryId={action.pendingEntryId} label="Open entry" onOpenEntry={onOpenEntry} />,
    ],
    [
      'Resolution entry',
      action.resolutionEntryId === null ? (
        <Text key="none" size="sm" c="dimmed">
          None yet: the reservation stands until the operator confirms, fails or cancels.
        </Text>
      ) : (
        <EntryRow
          key="resolution"
          entryId={action.resolutionEntryId}
          label="Open entry"
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
          {actionStateLabels[action.state]}
        </Badge>
        <AmountText amountMinor={action.amountMinor} asset={asset} fw={600} />
        <Text c="dimmed">{target.phrase}</Text>
      </Group>
      {(canRetry(action) || canCancel(action)) && (
        <Group gap="xs">
          {canRetry(action) && (
            <Button size="xs" variant="light" onClick={() => onRetry(action)}>
              {action.state === 'failed' ? 'Retry…' : 'Check now…'}
            </Button>
          )}
          {canCancel(action) && (
            <Button size="xs" variant="light" color="red" onClick={() => onCancel(action)}>
              Cancel…
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
