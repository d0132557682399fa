/**
 * The sales feed behind `GET /balanceActionHistory`, held as columns of typed arrays sorted by
 * (confirmedMs, seq): a million rows take about 60 MB, and a time window is two binary searches.
 * API-created actions keep their full record elsewhere (looked up by seq); generated traffic lives only here.
 */

export const historyTypeCodes = { TopupBalance: 0, TransferBalance: 1, AdjustBalance: 2 } as const;
export type HistoryTypeCode = (typeof historyTypeCodes)[keyof typeof historyTypeCodes];
export const statusCodes = { created: 0, completed: 1, failed: 2, cancelled: 3 } as const;

export interface HistoryRow {
  confirmedMs: number;
  seq: number;
  typeCode: number;
  statusCode: number;
  requestorIndex: number;
  amountMinor: number;
  /** Bucket the amount left (sale) or moved on (adjustment). */
  bucketIndex: number;
  channelIndex: number;
  /** End-user line as a number (0: none). */
  msisdn: number;
  /** For a reversal: the seq of the sale it reverses (0: none). */
  reversesSeq: number;
}

const float64Columns = ['confirmedMs', 'seq', 'amountMinor', 'msisdn', 'reversesSeq'] as const;
const int32Columns = ['typeCode', 'statusCode', 'requestorIndex', 'bucketIndex', 'channelIndex'] as const;
type ColumnName = (typeof float64Columns)[number] | (typeof int32Columns)[number];
const columnNames: readonly ColumnName[] = [...float64Columns, ...int32Columns];

const initialCapacity = 1024;

type Columns = Record<ColumnName, Float64Array | Int32Array>;

function allocate(capacity: number): Columns {
  const columns = {} as Columns;
  for (const name of float64Columns) columns[name] = new Float64Array(capacity);
  for (const name of int32Columns) columns[name] = new Int32Array(capacity);
  return columns;
}

export class HistoryFeed {
  private columns: Columns = allocate(initialCapacity);
  private capacity = initialCapacity;
  length = 0;
  /** Bumps on every change, so cached filter results know when they are stale. */
  version = 0;

  /** Direct read access to a column, for loops over many rows (valid until the next change). */
  column(name: ColumnName): Float64Array | Int32Array {
    return this.columns[name];
  }

  get(name: ColumnName, index: number): number {
    return this.columns[name][index] ?? 0;
  }

  row(index: number): HistoryRow {
    const row = {} as HistoryRow;
    for (const name of columnNames) row[name] = this.get(name, index);
    return row;
  }

  /** Appends a row that sorts after every row held (generated traffic, built in time order). */
  append(row: HistoryRow): void {
    const last = this.length - 1;
    if (
      last >= 0 &&
      compare(row.confirmedMs, row.seq, this.get('confirmedMs', last), this.get('seq', last)) < 0
    ) {
      throw new Error('history rows must be appended in (confirmedMs, seq) order');
    }
    this.ensureCapacity(this.length + 1);
    for (const name of columnNames) this.columns[name][this.length] = row[name];
    this.length += 1;
    this.version += 1;
  }

  /** Inserts one row at its place (usually the end: confirmations arrive in time order). */
  insert(row: HistoryRow): void {
    this.ensureCapacity(this.length + 1);
    const at = this.upperBound(row.confirmedMs, row.seq);
    if (at < this.length) {
      for (const name of columnNames) this.columns[name].copyWithin(at + 1, at, this.length);
    }
    for (const name of columnNames) this.columns[name][at] = row[name];
    this.length += 1;
    this.version += 1;
  }

  /** Merges a batch already sorted by (confirmedMs, seq) in one pass. */
  insertSorted(batch: HistoryFeed): void {
    if (batch.length === 0) return;
    const total = this.length + batch.length;
    const last = this.length - 1;
    if (
      this.length === 0 ||
      compare(
        batch.get('confirmedMs', 0),
        batch.get('seq', 0),
        this.get('confirmedMs', last),
        this.get('seq', last),
      ) > 0
    ) {
      this.ensureCapacity(total);
      for (const name of columnNames) {
        this.columns[name].set(batch.columns[name].subarray(0, batch.length), this.length);
      }
    } else {
      const capacity = Math.max(initialCapacity, Math.ceil(total * 1.25));
      const merged = allocate(capacity);
      let mine = 0;
      let theirs = 0;
      for (let out = 0; out < total; out += 1) {
        const takeMine =
          theirs >= batch.length ||
          (mine < this.length &&
            compare(
              this.get('confirmedMs', mine),
              this.get('seq', mine),
              batch.get('confirmedMs', theirs),
              batch.get('seq', theirs),
            ) < 0);
        const source = takeMine ? this.columns : batch.columns;
        const from = takeMine ? mine++ : theirs++;
        for (const name of columnNames) merged[name][out] = source[name][from] ?? 0;
      }
      this.columns = merged;
      this.capacity = capacity;
    }
    this.length = total;
    this.version += 1;
  }

  /** First index whose confirmation is at or after `ms`. */
  lowerBoundMs(ms: number): number {
    let low = 0;
    let high = this.length;
    const times = this.columns.confirmedMs;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((times[middle] ?? 0) < ms) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Index of the row with this seq, or -1 (a scan: used only for single lookups). */
  indexOfSeq(seq: number): number {
    return this.columns.seq.subarray(0, this.length).indexOf(seq);
  }

  /** Bytes per row over all columns. */
  static readonly rowBytes = float64Columns.length * 8 + int32Columns.length * 4;

  /**
   * The columns' bytes one after another, in a fixed order: the state file's history part, kept
   * beside the JSON (a few million rows would make a JSON string longer than V8 allows).
   */
  toBytes(): Buffer {
    return Buffer.concat(
      columnNames.map((name) => {
        const column = this.columns[name].subarray(0, this.length);
        return Buffer.from(column.buffer, column.byteOffset, column.byteLength);
      }),
    );
  }

  static fromBytes(length: number, bytes: Buffer): HistoryFeed {
    if (bytes.byteLength !== length * HistoryFeed.rowBytes) {
      throw new Error(
        `state file: the history holds ${bytes.byteLength} bytes, ${length * HistoryFeed.rowBytes} expected for ${length} rows`,
      );
    }
    const feed = new HistoryFeed();
    feed.ensureCapacity(length);
    let offset = 0;
    for (const name of columnNames) {
      const width = float64Columns.includes(name as never) ? 8 : 4;
      const slice = bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length * width);
      feed.columns[name].set(width === 8 ? new Float64Array(slice) : new Int32Array(slice));
      offset += length * width;
    }
    feed.length = length;
    return feed;
  }

  /** Columns as base64: how state files of the first format held the history. */
  toJSON(): { length: number; columns: Record<string, string> } {
    const columns: Record<string, string> = {};
    for (const name of columnNames) {
      const column = this.columns[name].subarray(0, this.length);
      columns[name] = Buffer.from(column.buffer, column.byteOffset, column.byteLength).toString('base64');
    }
    return { length: this.length, columns };
  }

  static fromJSON(saved: { length: number; columns: Record<string, string> }): HistoryFeed {
    const feed = new HistoryFeed();
    feed.ensureCapacity(saved.length);
    for (const name of columnNames) {
      const bytes = Buffer.from(saved.columns[name] ?? '', 'base64');
      const column = float64Columns.includes(name as never)
        ? new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
        : new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      if (column.length !== saved.length) throw new Error(`state file: history column ${name} is truncated`);
      feed.columns[name].set(column);
    }
    feed.length = saved.length;
    return feed;
  }

  private upperBound(ms: number, seq: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(this.get('confirmedMs', middle), this.get('seq', middle), ms, seq) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.capacity) return;
    const capacity = Math.max(needed, this.capacity * 2);
    const grown = allocate(capacity);
    for (const name of columnNames) grown[name].set(this.columns[name].subarray(0, this.length));
    this.columns = grown;
    this.capacity = capacity;
  }
}

function compare(aMs: number, aSeq: number, bMs: number, bSeq: number): number {
  return aMs === bMs ? aSeq - bSeq : aMs - bMs;
}
