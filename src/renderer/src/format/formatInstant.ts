/** Day, month, year, hours and minutes in the user's locale and time zone, 24-hour clock. */
const instantFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const instantWithSecondsFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

const compactParts = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: '2-digit' });

/** An ISO instant as a clerk reads it in a table: "Nov 02, 2026, 10:00". */
export function formatInstant(iso: string): string {
  return instantFormat.format(new Date(iso));
}

/**
 * An ISO instant in the user's time zone as "2026-11-02 10:00": unambiguous whatever the locale,
 * sortable, and narrow enough for a dense table column.
 */
export function formatInstantCompact(iso: string): string {
  const part = (type: Intl.DateTimeFormatPartTypes, parts: Intl.DateTimeFormatPart[]) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  const parts = compactParts.formatToParts(new Date(iso));
  return `${part('year', parts)}-${part('month', parts)}-${part('day', parts)} ${part('hour', parts)}:${part('minute', parts)}`;
}

/** An ISO instant to the second, with its time zone, for detail views. */
export function formatInstantPrecise(iso: string): string {
  return instantWithSecondsFormat.format(new Date(iso));
}

/** An ISO instant's calendar day: "Nov 02, 2026". */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}
