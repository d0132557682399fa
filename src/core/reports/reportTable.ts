/** A column of an exported table: how its values are written and formatted. */
export interface ReportColumn {
  header: string;
  /** `money`: minor units of `scale` decimals, written in major units; `count`: a whole number. */
  kind: 'text' | 'count' | 'money' | 'percent' | 'date' | 'instant';
  scale?: number;
}

/** One card of a report as rows of cells, ready for CSV or a workbook sheet. */
export interface ReportTable {
  /** A sheet name: at most 31 characters, none of `[]:*?/\`. */
  title: string;
  columns: ReportColumn[];
  rows: Array<Array<string | number | null>>;
}

/** `1234567` at scale 2 → `12345.67`, from the integer, so no binary fraction creeps in. */
export function majorText(minor: number, scale: number): string {
  if (scale === 0) return String(minor);
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
