import { Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetView, StatementLine } from '../../../contract/ledgerSchemas';
import { formatInstantCompact, formatInstantPrecise } from '../format/formatInstant';
import { AmountText } from './AmountText';
import { entryKindColors, entryKindLabel, referenceKindLabel, shortId } from './ledgerLabels';
import classes from './StatementLines.module.css';
import type { LedgerChart } from './useLedgerChart';

const rowHeightPx = 38;
const overscanRows = 12;
// Widths in px that fit 1,000,000,000 in any currency and a "2026-11-02 10:00" time.
const columns = '136px 136px minmax(150px, 1.2fr) minmax(150px, 1fr) minmax(150px, 1.3fr) 140px 146px';
const tableWidthMinPx = 1010;

const cellStyle: CSSProperties = {
  padding: '0 8px',
  display: 'flex',
  alignItems: 'center',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
  minWidth: 0,
};
const numberCellStyle: CSSProperties = { ...cellStyle, justifyContent: 'flex-end' };

/** The columns, by their key in the `ledger:lines.columns` catalog. */
const headers: Array<{
  key: 'recorded' | 'effective' | 'entry' | 'counterparty' | 'references' | 'amount' | 'balance';
  alignRight?: boolean;
}> = [
  { key: 'recorded' },
  { key: 'effective' },
  { key: 'entry' },
  { key: 'counterparty' },
  { key: 'references' },
  { key: 'amount', alignRight: true },
  { key: 'balance', alignRight: true },
];

/**
 * A statement's movements, virtualised: only the rows in view are in the page, so a period of
 * 50,000 movements scrolls as fast as one of fifty. Arrow keys move between rows, Enter opens one.
 */
export function StatementLines({
  lines,
  asset,
  chart,
  onOpenEntry,
}: {
  lines: StatementLine[];
  asset: AssetView;
  chart: LedgerChart;
  onOpenEntry: (entryId: string) => void;
}) {
  const { t } = useTranslation('ledger');
  const scrollElement = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeightPx,
    overscan: overscanRows,
    scrollPaddingStart: rowHeightPx,
    // React 19 warns when the virtualizer flushes synchronously inside a render.
    useFlushSync: false,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(lines.length - 1, index));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const row = () => scrollElement.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    // A row already drawn takes the focus at once, so fast key repeats move one row each; a row
    // far away is drawn on the next frame.
    const drawn = row();
    if (drawn) drawn.focus();
    else requestAnimationFrame(() => row()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, line: StatementLine) => {
    const pageRows = Math.max(1, Math.floor((scrollElement.current?.clientHeight ?? 0) / rowHeightPx) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: lines.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpenEntry(line.entryId);
    }
  };

  return (
    <Box
      ref={scrollElement}
      data-testid="statement-lines"
      style={{
        height: `min(${rowHeightPx * (lines.length + 1) + 2}px, max(320px, calc(100vh - 420px)))`,
        overflow: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <table
        aria-label={t('lines.label')}
        aria-rowcount={lines.length + 1}
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
            {headers.map((header) => (
              <th key={header.key} style={header.alignRight === true ? numberCellStyle : cellStyle}>
                <Text size="sm" fw={600}>
                  {t(`lines.columns.${header.key}`)}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index];
            if (line === undefined) return null;
            const counterparty = chart.accountsById.get(line.counterpartyAccountId);
            const sameTime = line.effectiveAt === line.recordedAt;
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-entry-id={line.entryId}
                tabIndex={item.index === activeIndex ? 0 : -1}
                onClick={() => {
                  setActiveIndex(item.index);
                  onOpenEntry(line.entryId);
                }}
                onKeyDown={(event) => onKeyDown(event, item.index, line)}
                onFocus={() => setActiveIndex(item.index)}
                className={classes.line}
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
                <td style={cellStyle} data-column="recorded">
                  <Tooltip label={formatInstantPrecise(line.recordedAt)} openDelay={400}>
                    <Text size="sm">{formatInstantCompact(line.recordedAt)}</Text>
                  </Tooltip>
                </td>
                <td style={cellStyle} data-column="effective">
                  <Tooltip
                    label={sameTime ? t('lines.sameAsRecorded') : formatInstantPrecise(line.effectiveAt)}
                    openDelay={400}
                  >
                    <Text size="sm" c={sameTime ? 'dimmed' : undefined}>
                      {formatInstantCompact(line.effectiveAt)}
                    </Text>
                  </Tooltip>
                </td>
                <td style={cellStyle} data-column="entry">
                  <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text size="sm" truncate>
                      {line.code}
                    </Text>
                    {line.entryKind !== 'posting' && (
                      <Tooltip label={entryKindLabel(line.entryKind)} openDelay={400}>
                        <Badge
                          size="xs"
                          variant="light"
                          color={entryKindColors[line.entryKind]}
                          style={{ flexShrink: 0, textTransform: 'none' }}
                        >
                          {t(`lines.kinds.${line.entryKind}`)}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                </td>
                <td style={cellStyle} data-column="counterparty">
                  <Tooltip label={counterparty?.name ?? line.counterpartyAccountId} openDelay={400}>
                    <Text size="sm" fw={500} truncate>
                      {counterparty?.code ?? shortId(line.counterpartyAccountId)}
                    </Text>
                  </Tooltip>
                </td>
                <td style={cellStyle} data-column="references">
                  <StatementReferences line={line} />
                </td>
                <td style={numberCellStyle} data-column="amount">
                  <AmountText amountMinor={line.amountMinor} asset={asset} signed size="sm" fw={500} />
                </td>
                <td style={numberCellStyle} data-column="balance">
                  <AmountText amountMinor={line.balanceAfterMinor} asset={asset} size="sm" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Box>
  );
}

/** The business reference (purchase, allocation…) and the operator's own reference, when there are. */
function StatementReferences({ line }: { line: StatementLine }) {
  const { t } = useTranslation('ledger');
  if (line.referenceKind === null && line.operatorReference === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Text size="sm" truncate>
      {line.referenceKind !== null && (
        <span data-column="reference">
          {referenceKindLabel(line.referenceKind)} {line.referenceId ?? ''}
        </span>
      )}
      {line.referenceKind !== null && line.operatorReference !== null && ' · '}
      {line.operatorReference !== null && (
        <Tooltip label={t('lines.operatorReference')} openDelay={400}>
          <span
            data-column="operator-reference"
            style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}
          >
            {line.operatorReference}
          </span>
        </Tooltip>
      )}
    </Text>
  );
}
