import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A spreadsheet or CSV file read into text cells under normalised column names. */
export interface TabularFile {
  /** Column names as normalised (`Credit limit` → `credit_limit`), in file order. */
  columns: string[];
  rows: Array<{ rowNumber: number; cells: Record<string, string> }>;
}

export type TabularRead = { ok: true; table: TabularFile } | { ok: false; message: string };

/** `Credit limit (XOF)` → `credit_limit`: case, spaces, accents and a unit in brackets do not matter. */
export function normaliseColumn(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\(.*\)/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function formatOf(fileName: string): 'csv' | 'xlsx' | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

function tableOf(records: string[][], rowNumberOffset: number, rowsMax: number): TabularRead {
  const [header, ...body] = records;
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    return { ok: false, message: 'The file has no header row (the first row must name the columns).' };
  }
  const columns = header.map(normaliseColumn);
  const duplicate = columns.find((column, index) => column !== '' && columns.indexOf(column) !== index);
  if (duplicate !== undefined)
    return { ok: false, message: `The column ${duplicate} appears twice in the header.` };
  const rows: TabularFile['rows'] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return; // blank lines between blocks are common
    const cells: Record<string, string> = {};
    columns.forEach((column, columnIndex) => {
      if (column !== '') cells[column] = (record[columnIndex] ?? '').trim();
    });
    rows.push({ rowNumber: index + 1 + rowNumberOffset, cells });
  });
  if (rows.length > rowsMax) {
    return { ok: false, message: `The file has ${rows.length} rows; one import takes at most ${rowsMax}.` };
  }
  return { ok: true, table: { columns: columns.filter((column) => column !== ''), rows } };
}

function readCsv(bytes: Buffer, rowsMax: number): TabularRead {
  try {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    // Spreadsheets exported in French locales separate with semicolons.
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
    return tableOf(records, 1, rowsMax);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The CSV file cannot be read: ${message}` };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer, rowsMax: number): Promise<TabularRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The XLSX file cannot be read (is it an Excel workbook?): ${message}` };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return { ok: false, message: 'The workbook has no sheet.' };
  if (sheet.rowCount > rowsMax + 1) {
    return {
      ok: false,
      message: `The sheet has ${sheet.rowCount - 1} rows; one import takes at most ${rowsMax}.`,
    };
  }
  const records: string[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1)
      cells.push(cellText(row.getCell(column).value));
    records.push(cells);
  }
  return tableOf(records, 1, rowsMax);
}

/** Reads the first sheet of an XLSX file, or a CSV (comma or semicolon separated, UTF-8). */
export async function readTabularFile(
  fileName: string,
  bytes: Buffer,
  limits: { bytesMax: number; rowsMax: number },
): Promise<TabularRead> {
  if (bytes.length > limits.bytesMax) {
    return {
      ok: false,
      message: `The file is ${bytes.length} bytes; one import takes at most ${limits.bytesMax}.`,
    };
  }
  const format = formatOf(fileName);
  if (format === undefined) return { ok: false, message: `${fileName} is neither a .csv nor an .xlsx file.` };
  return format === 'csv' ? readCsv(bytes, limits.rowsMax) : readXlsx(bytes, limits.rowsMax);
}
