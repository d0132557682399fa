import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { majorText, type ReportColumn, type ReportTable } from './reportTable';

/** Text a spreadsheet would run as a formula gets a leading apostrophe (names come from operators). */
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(column: ReportColumn, value: string | number | null): string | number | null {
  if (value === null) return null;
  if (column.kind === 'money' && typeof value === 'number') return majorText(value, column.scale ?? 0);
  if (typeof value === 'string' && formulaStart.test(value)) return `'${value}`;
  return value;
}

/** One table as CSV: a header row, numbers as plain numbers (money in major units), RFC 4180 quoting. */
export function tableCsv(table: ReportTable): string {
  return stringify(
    [
      table.columns.map((column) => column.header),
      ...table.rows.map((row) =>
        row.map((value, index) => csvCell(table.columns[index] as ReportColumn, value)),
      ),
    ],
    { record_delimiter: '\r\n' },
  );
}

function moneyFormat(scale: number): string {
  return scale === 0 ? '#,##0' : `#,##0.${'0'.repeat(scale)}`;
}

/** Sheet names: at most 31 characters, none of Excel's forbidden ones, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let name = base;
  for (let copy = 2; taken.has(name); copy += 1) name = `${base.slice(0, 27)} (${copy})`;
  taken.add(name);
  return name;
}

/**
 * Tables as a workbook, one sheet each: numbers stay numbers with the currency's decimals, days and
 * instants are dates, the header row is frozen and filterable, columns sized to their content.
 */
export async function tablesWorkbook(
  tables: ReportTable[],
  properties: { title: string; createdAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Airledger';
  workbook.title = properties.title;
  workbook.created = properties.createdAt;
  workbook.modified = properties.createdAt;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: Math.min(40, Math.max(10, column.header.length + 2)),
      style:
        column.kind === 'money'
          ? { numFmt: moneyFormat(column.scale ?? 0) }
          : column.kind === 'count'
            ? { numFmt: '#,##0' }
            : column.kind === 'percent'
              ? { numFmt: '0.0%' }
              : column.kind === 'date'
                ? { numFmt: 'yyyy-mm-dd' }
                : column.kind === 'instant'
                  ? { numFmt: 'yyyy-mm-dd hh:mm:ss' }
                  : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(
        row.map((value, index) => {
          const column = table.columns[index] as ReportColumn;
          if (value === null) return null;
          if (column.kind === 'money' && typeof value === 'number')
            return Number(majorText(value, column.scale ?? 0));
          if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
          if (column.kind === 'instant' && typeof value === 'string') return new Date(value);
          return value;
        }),
      );
    }
    for (const [index, column] of table.columns.entries()) {
      if (column.kind !== 'text') continue;
      const longest = table.rows.reduce(
        (most, row) => Math.max(most, String(row[index] ?? '').length),
        column.header.length,
      );
      sheet.getColumn(index + 1).width = Math.min(40, longest + 2);
    }
    if (table.rows.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
    sheet.pageSetup = {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
