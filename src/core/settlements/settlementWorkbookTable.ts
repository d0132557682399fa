import type { CellValue } from 'exceljs';
import {
  type CellStyle,
  majorNumber,
  type SheetNames,
  type WallClock,
  type WorkbookStyles,
} from './settlementWorkbookFormats';
import type { SettlementWorkbookInput } from './settlementWorkbookInput';
import type { SettlementWorkbookText } from './settlementWorkbookText';
import type { StreamingWorkbook } from './streamingWorkbook';

/** What every sheet builder of a settlement workbook reads. */
export interface SheetContext {
  input: SettlementWorkbookInput;
  book: StreamingWorkbook;
  names: SheetNames;
  styles: WorkbookStyles;
  clock: WallClock;
  /** Printed at the top of every page (already escaped for a print header). */
  printHeader: string;
  /** ` (XOF)`: appended to the headers of money columns. */
  unit: string;
  /** The words of the workbook, in the language asked for. */
  text: SettlementWorkbookText;
}

/** `1` → `A`, `28` → `AB`. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A sum of minor units that refuses to leave the range where doubles are exact. */
export function addMinor(sum: number, amount: number, what: string): number {
  const next = sum + amount;
  if (!Number.isSafeInteger(next)) throw new Error(`settlement workbook: ${what} exceeds 2^53 minor units.`);
  return next;
}

/** One column of a data table. Exactly one of `cell`, `minor`, `count`, `formula` says what it holds. */
export interface TableColumn<Row> {
  header: string;
  width: number;
  style: CellStyle;
  cell?: (row: Row) => CellValue;
  /** An amount in minor units, written in major units. */
  minor?: (row: Row) => number;
  /** A whole number (a count, a version). */
  count?: (row: Row) => number;
  /**
   * A live formula over the row's own cells (`row` is its number), rounded to the currency's
   * decimals so a check reads exactly 0, with its result computed exactly in minor units.
   */
  formula?: { text: (row: number) => string; minor: (row: Row) => number };
  /** The totals row sums this column (a live SUM with its exact result). */
  total?: boolean;
}

function columnMinor<Row>(column: TableColumn<Row>, row: Row): number | null {
  if (column.minor !== undefined) return column.minor(row);
  if (column.formula !== undefined) return column.formula.minor(row);
  if (column.count !== undefined) return column.count(row);
  return null;
}

/**
 * A data table on its own sheet: a frozen, filterable header row, one row per item, and (when
 * asked) a totals row of live SUMs below the filter range, each with its exact cached result.
 */
export async function writeTable<Row>(
  context: SheetContext,
  title: string,
  columns: readonly TableColumn<Row>[],
  rows: Iterable<Row>,
  options: { totals: boolean },
): Promise<void> {
  const { book, styles, input } = context;
  const scale = input.currency.scale;
  const sheet = book.addSheet(context.names.claim(title), {
    columns: columns.map((column) => ({ width: column.width })),
    headerRow: true,
    printHeader: context.printHeader,
  });
  const headerStyles = columns.map(() => styles.header);
  sheet.row(
    columns.map((column) => column.header),
    headerStyles,
  );
  const dataStyles = columns.map((column) => column.style);
  const sums = columns.map(() => 0);
  let lastRow = 1;
  for (const row of rows) {
    const rowNumber = sheet.nextRow;
    const values: CellValue[] = columns.map((column, index) => {
      const minor = columnMinor(column, row);
      if (minor !== null && column.total === true) {
        sums[index] = addMinor(sums[index] ?? 0, minor, `the total of ${column.header}`);
      }
      if (column.formula !== undefined) {
        return { formula: column.formula.text(rowNumber), result: majorNumber(minor ?? 0, scale) };
      }
      if (column.minor !== undefined) return majorNumber(minor ?? 0, scale);
      if (column.count !== undefined) return minor;
      return column.cell === undefined ? null : column.cell(row);
    });
    lastRow = sheet.row(values, dataStyles);
    const due = book.counted(sheet);
    if (due !== undefined) await due;
  }
  if (options.totals && lastRow > 1) {
    const totalStyles = columns.map((column) =>
      column.total !== true ? styles.bold : column.count !== undefined ? styles.countBold : styles.moneyBold,
    );
    const totals: CellValue[] = columns.map((column, index) => {
      if (column.total !== true) return index === 0 ? context.text.total : null;
      const letter = columnLetter(index + 1);
      const sum = sums[index] ?? 0;
      return {
        formula: `SUM(${letter}2:${letter}${lastRow})`,
        result: column.count !== undefined ? sum : majorNumber(sum, scale),
      };
    });
    sheet.row(totals, totalStyles);
  }
  sheet.finish({ lastRow, lastColumn: columns.length });
  await book.between();
}
