import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS, { type CellValue, type PageSetup, type Worksheet } from 'exceljs';
import { AppError } from '../appError';
import type { CellStyle } from './settlementWorkbookFormats';

/**
 * A workbook written to disk as it is built, with exceljs's streaming writer: each row is committed
 * as soon as it is written, one sheet at a time, so memory holds a few rows whatever the size.
 * It writes to a temporary file beside the target and renames it at the end: a cancelled or
 * failed export leaves nothing behind and never clobbers an earlier file.
 */

/** Excel's last row: a longer table continues on another sheet. */
export const excelRowsMax = 1_048_576;
/** Rows between two checks of cancellation and of the compressor's backlog. */
const checkpointEveryRows = 1_024;
/** Rows between two progress reports. */
const progressEveryRows = 8_192;
/**
 * Uncompressed sheet XML allowed to wait for the compressor. exceljs's sheet stream ignores
 * backpressure, so a fast writer would otherwise queue the whole sheet in memory.
 */
const zipBacklogBytesMax = 4 * 1024 * 1024;
/** How long to wait for the compressor before looking again. */
const zipWaitMs = 20;

const rowStyle = {};

export interface SheetColumn {
  width: number;
}

export interface SheetLayout {
  columns: SheetColumn[];
  /** Row 1 is a table header: frozen, repeated on every printed page. */
  headerRow: boolean;
  /** Printed at the top left of every page. */
  printHeader: string;
}

/** The exceljs internals the backlog is read from (exceljs 4.4's StreamBuf and its pipe). */
interface SheetStreamInternals {
  pipes?: Array<{ writableLength?: number; _writableState?: { length?: number } }>;
  buffers?: unknown[];
}

export class StreamingSheet {
  private rowsWritten = 0;
  private finished = false;

  constructor(
    private readonly book: StreamingWorkbook,
    private readonly sheet: Worksheet,
    readonly name: string,
  ) {}

  /** The number of the row the next `row` call writes. */
  get nextRow(): number {
    return this.rowsWritten + 1;
  }

  /** Writes and commits one row; `styles[i]` dresses `values[i]`. Returns the row's number. */
  row(values: readonly CellValue[], styles: readonly (CellStyle | undefined)[]): number {
    if (this.finished) throw new Error(`Sheet ${this.name} is already finished.`);
    if (this.rowsWritten >= excelRowsMax) throw new Error(`Sheet ${this.name} is full.`);
    const row = this.sheet.addRow(values as CellValue[]);
    // A shared row style: exceljs resolves a style object it has seen by identity (a new {} per
    // row would be serialised and looked up again every time).
    (row as unknown as { style: object }).style = rowStyle;
    for (let index = 0; index < values.length; index += 1) {
      const style = styles[index];
      if (style !== undefined) row.getCell(index + 1).style = style;
    }
    row.commit();
    this.rowsWritten += 1;
    return this.rowsWritten;
  }

  /** An empty row (a gap between blocks). */
  gap(): number {
    return this.row([], []);
  }

  /** Ends the sheet: its autofilter (from the header row to `filter.lastRow`), then commits it. */
  finish(filter?: { lastRow: number; lastColumn: number }): void {
    if (this.finished) return;
    if (filter !== undefined) {
      this.sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: filter.lastRow, column: filter.lastColumn },
      };
    }
    this.sheet.commit();
    this.finished = true;
    this.book.sheetFinished();
  }

  /** Bytes of this sheet's XML still waiting for the compressor, null if exceljs hides them. */
  backlogBytes(): number | null {
    const stream = (this.sheet as unknown as { stream?: SheetStreamInternals }).stream;
    if (stream === undefined || !Array.isArray(stream.buffers) || !Array.isArray(stream.pipes)) return null;
    const pipe = stream.pipes[0];
    const piped = pipe === undefined ? 0 : (pipe.writableLength ?? pipe._writableState?.length ?? 0);
    // Batches of 64 KiB wait in `buffers` until the zip starts reading this sheet.
    return piped + stream.buffers.length * 65_536;
  }
}

export interface StreamingWorkbookOptions {
  file: string;
  title: string;
  createdAt: Date;
  /** Data rows the whole workbook will hold, for progress. */
  rowsExpected: number;
  onProgress?: (rowsWritten: number, total: number) => void;
  signal?: AbortSignal;
  /** Printed at the foot of every page (a print footer's codes: `&A` sheet, `&P` page, `&N` pages). */
  printFooter?: string;
}

export class StreamingWorkbook {
  private readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private current: StreamingSheet | null = null;
  private failure: Error | null = null;
  private dataRows = 0;
  private nextCheckpoint = checkpointEveryRows;
  private reportedRows = -1;
  private settled = false;

  private constructor(
    private readonly options: StreamingWorkbookOptions,
    private readonly temporaryFile: string,
    private readonly output: WriteStream,
  ) {
    output.on('error', (error) => {
      this.failure ??= error;
    });
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useSharedStrings: false,
      useStyles: true,
    });
    this.writer.creator = 'Airledger';
    this.writer.lastModifiedBy = 'Airledger';
    this.writer.title = options.title;
    this.writer.created = options.createdAt;
    this.writer.modified = options.createdAt;
    const zip = (this.writer as unknown as { zip: NodeJS.EventEmitter }).zip;
    zip.on('error', (error: Error) => {
      this.failure ??= error;
    });
  }

  /** Opens the temporary file beside `file`; refuses a folder that cannot be written. */
  static async create(options: StreamingWorkbookOptions): Promise<StreamingWorkbook> {
    StreamingWorkbook.throwIfCancelled(options);
    const temporaryFile = join(
      dirname(options.file),
      `.${basename(options.file)}.${randomUUID().slice(0, 8)}.part`,
    );
    const output = createWriteStream(temporaryFile, { flags: 'wx' });
    try {
      await new Promise<void>((resolve, reject) => {
        output.once('open', () => resolve());
        output.once('error', reject);
      });
    } catch (error) {
      throw new AppError(
        'bad_input',
        `Cannot write the workbook to ${options.file}: ${(error as Error).message}. Choose another folder.`,
        { cause: error },
      );
    }
    return new StreamingWorkbook(options, temporaryFile, output);
  }

  /** A new sheet; the one before must be finished (its XML must reach the zip before this one's). */
  addSheet(name: string, layout: SheetLayout): StreamingSheet {
    if (this.current !== null) throw new Error(`Finish sheet ${this.current.name} before adding ${name}.`);
    const pageSetup: Partial<PageSetup> = {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(layout.headerRow ? { printTitlesRow: '1:1' } : {}),
    };
    const worksheet = this.writer.addWorksheet(name, {
      views: layout.headerRow
        ? [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
        : [{ state: 'normal', activeCell: 'A1' }],
      pageSetup,
      headerFooter: {
        oddHeader: `&L${layout.printHeader}`,
        oddFooter: this.options.printFooter ?? '&L&A&RPage &P of &N',
      },
    });
    worksheet.columns = layout.columns.map((column) => ({ width: column.width }));
    this.current = new StreamingSheet(this, worksheet, name);
    return this.current;
  }

  sheetFinished(): void {
    this.current = null;
  }

  /**
   * Counts one data row; every so often checks cancellation, waits for the zip and reports
   * progress, and then only returns a promise to await (a million rows need not make a million).
   */
  counted(sheet: StreamingSheet): Promise<void> | undefined {
    this.dataRows += 1;
    if (this.dataRows < this.nextCheckpoint) return undefined;
    this.nextCheckpoint = this.dataRows + checkpointEveryRows;
    return this.checkpoint(sheet);
  }

  /** For long runs of rows that are not data rows (a cover's approvals): the same pause, uncounted. */
  pace(sheet: StreamingSheet): Promise<void> {
    return this.checkpoint(sheet);
  }

  get rowsWritten(): number {
    return this.dataRows;
  }

  private async checkpoint(sheet: StreamingSheet | null): Promise<void> {
    this.throwIfBroken();
    if (sheet !== null) {
      for (;;) {
        const backlog = sheet.backlogBytes();
        if (backlog === null) {
          // exceljs changed its internals: still give the compressor a turn of the event loop.
          await new Promise((resolve) => setImmediate(resolve));
          break;
        }
        if (backlog <= zipBacklogBytesMax) break;
        await new Promise((resolve) => setTimeout(resolve, zipWaitMs));
        this.throwIfBroken();
      }
    }
    this.report(false);
  }

  /** Progress now (throttled unless `force`). */
  report(force: boolean): void {
    if (this.options.onProgress === undefined) return;
    if (!force && this.dataRows - this.reportedRows < progressEveryRows) return;
    if (this.dataRows === this.reportedRows) return;
    this.reportedRows = this.dataRows;
    this.options.onProgress(this.dataRows, Math.max(this.options.rowsExpected, this.dataRows));
  }

  /** Between sheets: cancellation and write errors, and a progress report. */
  async between(): Promise<void> {
    this.throwIfBroken();
    this.report(true);
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Completes the zip, then puts the file in place. Returns its size. */
  async finish(): Promise<{ bytes: number }> {
    this.throwIfBroken();
    await this.writer.commit();
    this.throwIfBroken();
    await rename(this.temporaryFile, this.options.file);
    this.settled = true;
    this.report(true);
    return { bytes: (await stat(this.options.file)).size };
  }

  /** Stops writing and removes the temporary file (after a cancellation or a failure). */
  async discard(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    const zip = (this.writer as unknown as { zip: { abort?: () => void } }).zip;
    try {
      zip.abort?.();
    } catch {
      // Aborting a zip that already failed may throw again; the file goes anyway.
    }
    if (!this.output.closed) {
      await new Promise<void>((resolve) => {
        this.output.once('close', () => resolve());
        this.output.destroy();
      });
    }
    await rm(this.temporaryFile, { force: true });
  }

  private throwIfBroken(): void {
    StreamingWorkbook.throwIfCancelled(this.options);
    if (this.failure !== null) {
      throw new AppError(
        'internal',
        `Writing ${this.options.file} failed: ${this.failure.message}. Nothing was kept.`,
        { cause: this.failure },
      );
    }
  }

  private static throwIfCancelled(options: StreamingWorkbookOptions): void {
    if (options.signal?.aborted !== true) return;
    throw new AppError(
      'business_rule',
      `The export to ${options.file} was cancelled; the partial file was removed.`,
      { reason: 'cancelled', cause: options.signal.reason },
    );
  }
}
