import { Box, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { i18n } from '../i18n/i18n';
import classes from './VirtualTable.module.css';

const overscanRows = 10;

export const tableCellStyle: CSSProperties = {
  padding: '0 8px',
  display: 'flex',
  alignItems: 'center',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  minWidth: 0,
};
const numberCellStyle: CSSProperties = { ...tableCellStyle, justifyContent: 'flex-end' };

export interface VirtualColumn<Row> {
  /** Names the cell for tests and styles (`data-column`). */
  key: string;
  label: string;
  /** A CSS grid track: `120px`, `minmax(160px, 1fr)`. */
  width: string;
  alignRight?: boolean;
  /** The server-side sort this column's header asks for; none: the header does not sort. */
  sortKey?: string;
  cellStyle?: CSSProperties;
  cell: (row: Row) => ReactNode;
}

export interface TableSort {
  key: string;
  direction: 'asc' | 'desc';
}

/**
 * A table that draws only the rows in view, so ten thousand rows scroll like ten. Rows not loaded
 * yet (`rowAt` gives undefined) show as placeholders while `onRangeChange` fetches them. Arrow
 * keys, Home and End move between rows; Enter opens one.
 */
export function VirtualTable<Row>({
  label,
  testId,
  rowCount,
  rowAt,
  rowKey,
  rowData,
  rowClassName,
  columns,
  tableWidthMinPx,
  rowHeightPx = 44,
  viewportOffsetPx = 380,
  onOpen,
  sort,
  onSort,
  onRangeChange,
}: {
  label: string;
  testId: string;
  rowCount: number;
  rowAt: (index: number) => Row | undefined;
  rowKey: (row: Row) => string;
  /** `data-*` attributes of a row, for tests and styles. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  rowClassName?: (row: Row) => string | undefined;
  columns: Array<VirtualColumn<Row>>;
  tableWidthMinPx: number;
  rowHeightPx?: number;
  /** Page height the table leaves to what is above and below it. */
  viewportOffsetPx?: number;
  onOpen?: (row: Row) => void;
  sort?: TableSort;
  onSort?: (key: string) => void;
  /** The rows now drawn (first and last index), to load them when they are not yet. */
  onRangeChange?: (firstIndex: number, lastIndex: number) => void;
}) {
  const scrollElement = useRef<HTMLDivElement>(null);
  const gridTemplateColumns = columns.map((column) => column.width).join(' ');
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeightPx,
    overscan: overscanRows,
    scrollPaddingStart: rowHeightPx,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= firstIndex) onRangeChange?.(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, onRangeChange]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rowCount - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const row = () => scrollElement.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    const drawn = row();
    if (drawn) drawn.focus();
    else requestAnimationFrame(() => row()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 10,
      PageUp: index - 10,
      Home: 0,
      End: rowCount - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (onOpen !== undefined && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onOpen(row);
    }
  };

  const rowStyle = (start: number): CSSProperties => ({
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: rowHeightPx,
    transform: `translateY(${start}px)`,
    display: 'grid',
    gridTemplateColumns,
    borderBottom: '1px solid var(--mantine-color-default-border)',
  });

  return (
    <Box
      ref={scrollElement}
      data-testid={testId}
      className={classes.viewport}
      style={{
        height: `min(${rowHeightPx * (rowCount + 1) + 2}px, max(300px, calc(100vh - ${viewportOffsetPx}px)))`,
      }}
    >
      <table
        aria-label={label}
        aria-rowcount={rowCount + 1}
        style={{ display: 'block', minWidth: tableWidthMinPx, borderCollapse: 'collapse' }}
      >
        <thead className={classes.head}>
          <tr aria-rowindex={1} style={{ display: 'grid', gridTemplateColumns, height: rowHeightPx }}>
            {columns.map((column) => {
              const style = column.alignRight === true ? numberCellStyle : tableCellStyle;
              const sorted = sort !== undefined && column.sortKey === sort.key ? sort.direction : undefined;
              return (
                <th
                  key={column.key}
                  style={style}
                  className={classes.headCell}
                  title={column.label}
                  aria-sort={sorted === undefined ? undefined : sorted === 'asc' ? 'ascending' : 'descending'}
                >
                  {column.sortKey !== undefined && onSort !== undefined ? (
                    <SortButton
                      label={column.label}
                      sorted={sorted}
                      onClick={() => onSort(column.sortKey as string)}
                    />
                  ) : (
                    <Text size="sm" fw={600} truncate>
                      {column.label}
                    </Text>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            if (row === undefined) {
              return (
                <tr
                  key={`loading-${item.index}`}
                  aria-rowindex={item.index + 2}
                  data-loading="true"
                  style={rowStyle(item.start)}
                >
                  {columns.map((column) => (
                    <td key={column.key} style={tableCellStyle}>
                      <Skeleton height={10} width="70%" />
                    </td>
                  ))}
                </tr>
              );
            }
            const extraClass = rowClassName?.(row);
            return (
              <tr
                key={rowKey(row)}
                aria-rowindex={item.index + 2}
                data-index={item.index}
                {...rowData?.(row)}
                tabIndex={0}
                onClick={onOpen === undefined ? undefined : () => onOpen(row)}
                onKeyDown={(event) => onKeyDown(event, item.index, row)}
                className={extraClass === undefined ? classes.row : `${classes.row} ${extraClass}`}
                style={{ ...rowStyle(item.start), cursor: onOpen === undefined ? undefined : 'pointer' }}
              >
                {columns.map((column) => (
                  <td
                    key={column.key}
                    data-column={column.key}
                    style={
                      column.cellStyle ?? (column.alignRight === true ? numberCellStyle : tableCellStyle)
                    }
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Box>
  );
}

function SortButton({
  label,
  sorted,
  onClick,
}: {
  label: string;
  sorted: 'asc' | 'desc' | undefined;
  onClick: () => void;
}) {
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton
      onClick={onClick}
      className={classes.sortButton}
      aria-label={i18n.t('shell:table.sortBy', { column: label })}
    >
      <Text size="sm" fw={600} span truncate style={{ minWidth: 0 }}>
        {label}
      </Text>
      <Icon size={14} className={sorted === undefined ? classes.sortIdle : undefined} />
    </UnstyledButton>
  );
}
