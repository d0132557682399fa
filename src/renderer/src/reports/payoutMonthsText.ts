import { currentLocale } from '../i18n/currentLocale';
import type { DayRange } from './reportPeriod';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The whole months a payout covers, as a clerk reads them: "November 2026", "October – November
 * 2026". The period is the payout's own (first day of the first month to last day of the last).
 * Written in the screens' language unless another locale is asked for.
 */
export function payoutMonthsText(period: DayRange, locale: string = currentLocale()): string {
  const key = locale;
  let format = monthFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  const first = new Date(`${period.from.slice(0, 7)}-01T00:00:00Z`);
  const last = new Date(`${period.to.slice(0, 7)}-01T00:00:00Z`);
  if (first.getTime() === last.getTime()) return format.format(first);
  return format.formatRange(first, last);
}
