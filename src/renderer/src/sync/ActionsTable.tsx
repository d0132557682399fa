import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconRotateClockwise, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OperatorActionView } from '../../../contract/operatorSchemas';
import { formatCount } from '../format/formatCount';
import { formatInstantPrecise } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { CopyValueButton } from '../shell/CopyValueButton';
import { tableCellStyle, type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { type ActionTarget, shortReference } from './actionTarget';
import { formatAge } from './formatAge';
import { actionKindLabel, actionStateColors, actionStateLabel } from './syncLabels';
import { canCancel, canRetry } from './useActionCommands';

const tableWidthMinPx = 1000;

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
  const { t } = useTranslation('sync');
  // Widths in px that fit "23 h 59 min", 1,000,000,000 in any currency and "Awaiting operator".
  const columns: Array<VirtualColumn<OperatorActionView>> = [
    {
      key: 'age',
      label: t('table.columns.age'),
      width: '68px',
      cell: (action) => (
        <Tooltip label={t('table.createdAt', { at: formatInstantPrecise(action.createdAt) })} openDelay={400}>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatAge(action.createdAt, nowMs)}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'kind',
      label: t('table.columns.kind'),
      width: '140px',
      cell: (action) => <Text size="sm">{actionKindLabel(action.kind)}</Text>,
    },
    {
      key: 'amount',
      label: t('table.columns.amount'),
      width: '124px',
      alignRight: true,
      cell: (action) => <AmountText amountMinor={action.amountMinor} asset={asset} size="sm" fw={500} />,
    },
    {
      key: 'target',
      label: t('table.columns.to'),
      width: 'minmax(142px, 1fr)',
      cell: (action) => {
        const target = targetOf(action);
        return (
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
        );
      },
    },
    {
      key: 'state',
      label: t('table.columns.state'),
      width: '150px',
      cell: (action) => (
        <Badge color={actionStateColors[action.state]} variant="light" style={{ textTransform: 'none' }}>
          {actionStateLabel(action.state)}
        </Badge>
      ),
    },
    {
      key: 'attempt',
      label: t('table.columns.attempt'),
      width: '44px',
      alignRight: true,
      cell: (action) => <Text size="sm">{formatCount(action.attempt)}</Text>,
    },
    {
      key: 'reference',
      label: t('table.columns.clientReference'),
      width: '152px',
      cell: (action) => (
        <Group gap={2} wrap="nowrap" style={{ minWidth: 0 }}>
          <Tooltip label={action.clientReference} openDelay={300}>
            <Text size="xs" ff="monospace" truncate>
              {shortReference(action.clientReference)}
            </Text>
          </Tooltip>
          <CopyValueButton value={action.clientReference} label={t('table.copyReference')} />
        </Group>
      ),
    },
    {
      key: 'reason',
      label: t('table.columns.operatorSays'),
      width: 'minmax(142px, 1.2fr)',
      cell: (action) =>
        action.statusReason === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Tooltip label={localizeContractMessage(action.statusReason)} multiline maw={420} openDelay={300}>
            <Text
              size="xs"
              lineClamp={2}
              style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}
              c={action.needsAttention ? 'var(--mantine-color-red-text)' : undefined}
            >
              {localizeContractMessage(action.statusReason)}
            </Text>
          </Tooltip>
        ),
    },
    {
      key: 'actions',
      label: '',
      width: '68px',
      cellStyle: { ...tableCellStyle, justifyContent: 'flex-end', gap: 2 },
      cell: (action) => (
        <>
          {canRetry(action) && (
            <Tooltip label={action.state === 'failed' ? t('table.retry') : t('table.checkNow')}>
              <ActionIcon
                variant="subtle"
                aria-label={action.state === 'failed' ? t('table.retry') : t('table.checkNow')}
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
            <Tooltip label={t('table.cancel')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('table.cancel')}
                onClick={(event) => {
                  event.stopPropagation();
                  onCancel(action);
                }}
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </>
      ),
    },
  ];

  return (
    <VirtualTable
      label={t('table.label')}
      testId="queue-table"
      rowCount={actions.length}
      rowAt={(index) => actions[index]}
      rowKey={(action) => action.id}
      rowData={(action) => ({
        'data-action-id': action.id,
        'data-state': action.state,
        'data-kind': action.kind,
      })}
      columns={columns}
      tableWidthMinPx={tableWidthMinPx}
      onOpen={onOpen}
    />
  );
}
