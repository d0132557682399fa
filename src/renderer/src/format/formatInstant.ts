import { currentLocale } from '../i18n/currentLocale';

const cached = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and shape, made when first needed so it follows the language. */
function formatIn(shape: 'instant' | 'precise' | 'day'): Intl.DateTimeFormat {
  const locale = currentLocale();
  const key = `${shape}|${locale}`;
  let format = cached.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, shapes[shape]);
    cached.set(key, format);
  }
  return format;
}

/** Day, month, year, hours and minutes in the user's locale and time zone, 24-hour clock. */
const shapes: Record<'instant' | 'precise' | 'day', Intl.DateTimeFormatOptions> = {
  instant: {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  precise: {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
  day: { year: 'numeric', month: 'short', day: '2-digit' },
};

const compactParts = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as a clerk reads it in a table: "Nov 02, 2026, 10:00". */
export function formatInstant(iso: string): string {
  return formatIn('instant').format(new Date(iso));
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
  return formatIn('precise').format(new Date(iso));
}

/** An ISO instant's calendar day: "Nov 02, 2026". */
export function formatDay(iso: string): string {
  return formatIn('day').format(new Date(iso));
}
