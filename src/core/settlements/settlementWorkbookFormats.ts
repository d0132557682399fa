import type { Style } from 'exceljs';

/**
 * How a settlement workbook writes its cells: number formats per currency scale, the few shared
 * style objects (exceljs resolves a style it has seen by identity, so sharing them keeps a
 * million-row sheet fast), amounts in major units, instants on the period's wall clock, and names
 * Excel and file systems accept.
 */

/** The largest currency scale the writer accepts: 10^scale and every amount stay exact doubles. */
export const currencyScaleMax = 6;

/** `#,##0` for a scale-0 currency (XOF), `#,##0.00` for scale 2 (NGN). */
export function moneyFormat(scale: number): string {
  return scale === 0 ? '#,##0' : `#,##0.${'0'.repeat(scale)}`;
}

export const instantFormat = 'yyyy-mm-dd hh:mm:ss';
export const dayFormat = 'yyyy-mm-dd';
export const countFormat = '#,##0';
export const percentFormat = '0.00%';

export type CellStyle = Partial<Style>;

/** The workbook's styles, each one object shared by every cell that wears it. */
export interface WorkbookStyles {
  plain: CellStyle;
  title: CellStyle;
  bold: CellStyle;
  header: CellStyle;
  money: CellStyle;
  moneyBold: CellStyle;
  count: CellStyle;
  countBold: CellStyle;
  percent: CellStyle;
  instant: CellStyle;
  day: CellStyle;
  wrap: CellStyle;
}

export function workbookStyles(scale: number): WorkbookStyles {
  const bold = { bold: true };
  return {
    plain: {},
    title: { font: { bold: true, size: 14 } },
    bold: { font: bold },
    header: { font: bold, border: { bottom: { style: 'thin' } } },
    money: { numFmt: moneyFormat(scale) },
    moneyBold: { numFmt: moneyFormat(scale), font: bold },
    count: { numFmt: countFormat },
    countBold: { numFmt: countFormat, font: bold },
    percent: { numFmt: percentFormat },
    instant: { numFmt: instantFormat },
    day: { numFmt: dayFormat },
    wrap: { alignment: { wrapText: true, vertical: 'top' } },
  };
}

/**
 * An amount in major units as the number Excel stores. IEEE division is correctly rounded, so for
 * integers below 2^53 and 10^scale ≤ 10^6 this is the double nearest the exact decimal — the very
 * number `Number(majorText(minor, scale))` parses — with no residue and without building a string.
 */
export function majorNumber(minor: number, scale: number): number {
  return scale === 0 ? minor : minor / 10 ** scale;
}

/** Basis points as the fraction a `0.00%` cell shows (350 → 0.035). */
export function basisPointsFraction(basisPoints: number): number {
  return basisPoints / 10_000;
}

const hourMs = 3_600_000;

/**
 * Instants as the wall clock of one time zone shows them. Excel has no time zones: a date cell is a
 * local day and time, so an instant is shifted by the zone's offset at that instant. Offsets are
 * cached per UTC hour, checked at both ends of the hour so a daylight-saving change inside it is
 * still exact.
 */
export class WallClock {
  private readonly parts: Intl.DateTimeFormat;
  private cachedHour = Number.NaN;
  private cachedOffsetMs = 0;

  constructor(readonly timeZone: string) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The instant `ms` as a Date whose UTC fields are the zone's wall clock (what exceljs writes). */
  date(ms: number): Date {
    const hour = Math.floor(ms / hourMs);
    if (hour !== this.cachedHour) {
      const startOffsetMs = this.offsetMs(hour * hourMs);
      const endOffsetMs = this.offsetMs(hour * hourMs + hourMs - 1000);
      if (startOffsetMs !== endOffsetMs) return new Date(ms + this.offsetMs(ms));
      this.cachedHour = hour;
      this.cachedOffsetMs = startOffsetMs;
    }
    return new Date(ms + this.cachedOffsetMs);
  }

  private offsetMs(ms: number): number {
    const field: Record<string, number> = {};
    for (const part of this.parts.formatToParts(ms)) {
      if (part.type !== 'literal') field[part.type] = Number(part.value);
    }
    const wallMs = Date.UTC(
      field.year ?? 0,
      (field.month ?? 1) - 1,
      field.day ?? 1,
      field.hour ?? 0,
      field.minute ?? 0,
      field.second ?? 0,
    );
    return wallMs - (ms - (((ms % 1000) + 1000) % 1000));
  }
}

/** Whether `timeZone` is one the runtime knows (`Africa/Dakar`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `2026-11-03` as the Date of that day at midnight (a day cell). */
export function dayDate(isoDay: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return null;
  const ms = Date.parse(`${isoDay}T00:00:00Z`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const sheetNameLengthMax = 31;

/** At most `max` UTF-16 units of `text`, never splitting a character in two. */
function clip(text: string, max: number): string {
  let clipped = '';
  for (const character of text) {
    if (clipped.length + character.length > max) break;
    clipped += character;
  }
  return clipped.trim();
}

/**
 * Sheet names Excel accepts: none of `[]:*?/\`, no control characters, at most 31 characters, not
 * "History" (reserved), unique ignoring case, and no ASCII apostrophe (formulas and print titles
 * quote sheet names with it): a typographic one stands in.
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  claim(title: string): string {
    const cleaned =
      title
        .replace(/'/g, '’')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
        .replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || 'Sheet';
    const base = cleaned.toLowerCase() === 'history' ? `${cleaned} sheet` : cleaned;
    let name = clip(base, sheetNameLengthMax);
    for (let copy = 2; this.taken.has(name.toLowerCase()); copy += 1) {
      const suffix = ` (${copy})`;
      name = `${clip(base, sheetNameLengthMax - suffix.length)}${suffix}`;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

const fileNamePartLengthMax = 60;

/** A part of a file name that is safe on Windows, macOS and Linux: letters, digits, `.`, `-`. */
export function safeFileNamePart(text: string): string {
  const safe = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, fileNamePartLengthMax)
    .replace(/[-.]+$/g, '');
  return safe === '' ? 'x' : safe;
}

/** Text for a print header or footer: `&` starts a code there, so a literal one is doubled. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}
