import { currentLocale } from '../i18n/currentLocale';
import type { DayRange } from './reportPeriod';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "November 2026" for `2026-11`, in the screens' language. */
export function monthText(month: string, locale: string = currentLocale()): string {
  const key = locale;
  let format = monthFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

/** "Nov 2026" for `2026-11`: a chart's axis. */
export function monthShortText(month: string, locale: string = currentLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/**
 * The days of `month` within the period: a cohort's lines are those acquired in both. A month
 * outside the period (an address edited by hand) gives the whole month.
 */
export function monthWithin(period: DayRange, month: string): DayRange {
  const first = `${month}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
  const from = period.from > first ? period.from : first;
  const to = period.to < last ? period.to : last;
  return from <= to ? { from, to } : { from: first, to: last };
}
