import { currentLocale } from '../i18n/currentLocale';
import { addDays } from './reportPeriod';

export type SeriesGranularity = 'day' | 'week' | 'month';

/** A chart spans at most this many periods (62 days, 53 weeks or 37 months are the core's longest). */
export const seriesPeriodsMax = 400;

/** The period a day falls in, as the core names it: the day, the Monday of its week, the first of its month. */
export function periodOfDay(day: string, granularity: SeriesGranularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 8)}01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

function nextPeriod(period: string, granularity: SeriesGranularity): string {
  if (granularity === 'day') return addDays(period, 1);
  if (granularity === 'week') return addDays(period, 7);
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Every period from the one holding `from` to the one holding `to`, so a chart shows the days
 * without sales as zero instead of skipping them.
 */
export function seriesPeriods(from: string, to: string, granularity: SeriesGranularity): string[] {
  const last = periodOfDay(to, granularity);
  const periods: string[] = [];
  for (
    let period = periodOfDay(from, granularity);
    period <= last && periods.length < seriesPeriodsMax;
    period = nextPeriod(period, granularity)
  ) {
    periods.push(period);
  }
  return periods;
}

/** "Mar 3" for a day or a week, "Mar 2026" for a month, in the user's locale. */
export function periodLabel(
  period: string,
  granularity: SeriesGranularity,
  locale: string = currentLocale(),
): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${period}T00:00:00Z`));
}
