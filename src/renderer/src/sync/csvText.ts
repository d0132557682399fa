/** A field as a spreadsheet should read it: text, a whole number, or empty. */
export type CsvField = string | number | null;

/** Text starting with one of these is run as a formula by spreadsheet programs. */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]|^\s|\s$/;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, line break or edge space, quotes
 * doubled. Text that a spreadsheet would take for a formula gets a leading apostrophe, so a
 * party name from the operator cannot run anything on the accountant's machine.
 */
export function csvField(value: CsvField): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`a CSV number must be finite, got ${value}`);
    return String(value);
  }
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: a byte-order mark so Excel reads UTF-8 (names, the CFA franc's non-breaking
 * space), CRLF line ends as RFC 4180 says.
 */
export function csvDocument(rows: CsvField[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
