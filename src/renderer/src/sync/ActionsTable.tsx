import { ActionIcon, Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconRotateClockwise, IconX } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, useRef } from 'react';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { formatInstantPrecise } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { CopyValueButton } from '../shell/CopyValueButton';
import classes from './ActionsTable.module.css';
import { type ActionTarget, shortReference } from './actionTarget';
import { formatAge } from './formatAge';
import { actionKindLabels, actionStateColors, actionStateLabels } from './syncLabels';
import { canCancel, canRetry } from './useActionCommands';

const rowHeightPx = 44;
const overscanRows = 10;
// Age, kind, amount, target, state, attempt, reference, reason, actions.
// Widths in px that fit "23 h 59 min", 1,000,000,000 in any currency and "Awaiting operator".
const columns = '68px 106px 124px minmax(142px, 1fr) 150px 44px 164px minmax(164px, 1.2fr) 68px';
const tableWidthMinPx = 1000;

const cellStyle: CSSProperties = {
  padding: '0 8px',
  display: 'flex',
  alignItems: 'center',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  minWidth: 0,
};
const numberCellStyle: CSSProperties = { ...cellStyle, justifyContent: 'flex-end' };

const headers: Array<{ label: string; alignRight?: boolean }> = [
  { label: 'Age' },
  { label: 'Kind' },
  { label: 'Amount', alignRight: true },
  { label: 'To' },
  { label: 'State' },
  { label: 'Try', alignRight: true },
  { label: 'Client reference' },
  { label: 'Operator says' },
  { label: '' },
];

/**
 * The operator actions, virtualised: only rows in view are drawn, so a queue of thousands scrolls
 * like one of ten. Arrow keys move between rows; Enter opens one.
 */
export function ActionsTable({
  actions,
  asset,
  nowMs,
  targetOf,
  onOpen,
  onRetry,
  onCancel,
}: {
  actions: OperatorActionView[];
  asset: AmountAsset;
  nowMs: number;
  targetOf: (action: OperatorActionView) => ActionTarget;
  onOpen: (action: OperatorActionView) => void;
  onRetry: (action: OperatorActionView) => void;
  onCancel: (action: OperatorActionView) => void;
}) {
  const scrollElement = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: actions.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeightPx,
    overscan: overscanRows,
    scrollPaddingStart: rowHeightPx,
    useFlushSync: false,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(actions.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const row = () => scrollElement.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    const drawn = row();
    if (drawn) drawn.focus();
    else requestAnimationFrame(() => row()?.focus());
  };

  const onKeyDown = (
    event: KeyboardEvent<HTMLTableRowElement>,
    index: number,
    action: OperatorActionView,
  ) => {
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: actions.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(action);
    }
  };

  return (
    <Box
      ref={scrollElement}
      data-testid="queue-table"
      style={{
        height: `min(${rowHeightPx * (actions.length + 1) + 2}px, max(300px, calc(100vh - 380px)))`,
        overflow: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <table
        aria-label="Operator actions"
        aria-rowcount={actions.length + 1}
        style={{ display: 'block', minWidth: tableWidthMinPx, borderCollapse: 'collapse' }}
      >
        <thead
          style={{
            display: 'block',
            position: 'sticky',
            top: 0,
            zIndex: 1,
            background: 'var(--mantine-color-body)',
            borderBottom: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <tr
            aria-rowindex={1}
            style={{ display: 'grid', gridTemplateColumns: columns, height: rowHeightPx }}
          >
            {headers.map((header, index) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns; the last has no label
                key={index}
                style={header.alignRight === true ? numberCellStyle : cellStyle}
              >
                <Text size="sm" fw={600}>
                  {header.label}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const action = actions[item.index];
            if (action === undefined) return null;
            const target = targetOf(action);
            return (
              <tr
                key={action.id}
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-action-id={action.id}
                data-state={action.state}
                data-kind={action.kind}
                tabIndex={0}
                onClick={() => onOpen(action)}
                onKeyDown={(event) => onKeyDown(event, item.index, action)}
                className={classes.row}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: rowHeightPx,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: columns,
                  cursor: 'pointer',
                  borderBottom: '1px solid var(--mantine-color-default-border)',
                }}
              >
                <td style={cellStyle} data-column="age">
                  <Tooltip label={`Created ${formatInstantPrecise(action.createdAt)}`} openDelay={400}>
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatAge(action.createdAt, nowMs)}
                    </Text>
                  </Tooltip>
                </td>
                <td style={cellStyle} data-column="kind">
                  <Text size="sm">{actionKindLabels[action.kind]}</Text>
                </td>
                <td style={numberCellStyle} data-column="amount">
                  <AmountText amountMinor={action.amountMinor} asset={asset} size="sm" fw={500} />
                </td>
                <td style={cellStyle} data-column="target">
                  <div style={{ minWidth: 0 }}>
                    <Text
                      size="sm"
                      truncate
                      c={action.kind === 'purchase' ? 'dimmed' : undefined}
                      ff={action.kind === 'direct_topup' ? 'monospace' : undefined}
                    >
                      {target.label}
                    </Text>
                    {target.detail !== null && (
                      <Text size="xs" c="dimmed" truncate>
                        {target.detail}
                      </Text>
                    )}
                  </div>
                </td>
                <td style={cellStyle} data-column="state">
                  <Badge
                    color={actionStateColors[action.state]}
                    variant="light"
                    style={{ textTransform: 'none' }}
                  >
                    {actionStateLabels[action.state]}
                  </Badge>
                </td>
                <td style={numberCellStyle} data-column="attempt">
                  <Text size="sm">{action.attempt}</Text>
                </td>
                <td style={cellStyle} data-column="reference">
                  <Group gap={2} wrap="nowrap" style={{ minWidth: 0 }}>
                    <Tooltip label={action.clientReference} openDelay={300}>
                      <Text size="xs" ff="monospace" truncate>
                        {shortReference(action.clientReference)}
                      </Text>
                    </Tooltip>
                    <CopyValueButton value={action.clientReference} label="Copy the client reference" />
                  </Group>
                </td>
                <td style={cellStyle} data-column="reason">
                  {action.statusReason === null ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Tooltip label={action.statusReason} multiline maw={420} openDelay={300}>
                      <Text
                        size="xs"
                        lineClamp={2}
                        style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}
                        c={action.needsAttention ? 'var(--mantine-color-red-text)' : undefined}
                      >
                        {action.statusReason}
                      </Text>
                    </Tooltip>
                  )}
                </td>
                <td style={{ ...cellStyle, justifyContent: 'flex-end', gap: 2 }} data-column="actions">
                  {canRetry(action) && (
                    <Tooltip label={action.state === 'failed' ? 'Retry' : 'Check now'}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={action.state === 'failed' ? 'Retry' : 'Check now'}
                        onClick={(event) => {
                          event.stopPropagation();
                          onRetry(action);
                        }}
                      >
                        <IconRotateClockwise size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  {canCancel(action) && (
                    <Tooltip label="Cancel">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label="Cancel"
                        onClick={(event) => {
                          event.stopPropagation();
                          onCancel(action);
                        }}
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Box>
  );
}
