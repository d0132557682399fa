import { currentLocale } from '../i18n/currentLocale';
import { i18n } from '../i18n/i18n';

/** The periods a report is asked for most, then "Custom" for any from–to. */
export const periodPresets = [
  'today',
  'last-7-days',
  'last-30-days',
  // Weekly and monthly settlement cycles: Monday to Sunday, and the calendar month.
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'custom',
] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export type RelativePreset = Exclude<PeriodPreset, 'custom'>;

const periodPresetKeys = {
  today: 'today',
  'last-7-days': 'last7Days',
  'last-30-days': 'last30Days',
  'this-week': 'thisWeek',
  'last-week': 'lastWeek',
  'this-month': 'thisMonth',
  'last-month': 'lastMonth',
  custom: 'custom',
} as const satisfies Record<PeriodPreset, string>;

/** A preset's name in the screen's language: "Last 30 days". */
export function periodPresetLabel(preset: PeriodPreset): string {
  return i18n.t(`reports:period.presets.${periodPresetKeys[preset]}`);
}

export const defaultPeriodPreset: RelativePreset = 'last-30-days';

const dayMs = 86_400_000;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export interface DayRange {
  /** `YYYY-MM-DD`, a UTC day, inclusive. */
  from: string;
  to: string;
}

export function isPeriodPreset(text: string): text is PeriodPreset {
  return (periodPresets as readonly string[]).includes(text);
}

/** The UTC day an instant falls on: the reports count sales by UTC day. */
export function utcDayOf(instantMs: number): string {
  return new Date(instantMs).toISOString().slice(0, 10);
}

/** Whether a text is a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isReportDay(text: string): boolean {
  if (!dayPattern.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && utcDayOf(ms) === text;
}

export function addDays(day: string, days: number): string {
  return utcDayOf(Date.parse(`${day}T00:00:00Z`) + days * dayMs);
}

/** Days from `from` to `to`, both counted. */
export function daysInRange(range: DayRange): number {
  return (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / dayMs + 1;
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday, as weekly settlements do). */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The days a preset covers, seen from `today` (a UTC day); every range ends today or earlier. */
export function presetRange(preset: RelativePreset, today: string): DayRange {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last-7-days':
      return { from: addDays(today, -6), to: today };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'this-week':
      return { from: mondayOf(today), to: today };
    case 'last-week': {
      const monday = addDays(mondayOf(today), -7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'this-month':
      return { from: firstOfMonth, to: today };
    case 'last-month': {
      const lastOfPrevious = addDays(firstOfMonth, -1);
      return { from: `${lastOfPrevious.slice(0, 8)}01`, to: lastOfPrevious };
    }
  }
}

const dayRangeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Feb 14 – Mar 15, 2026" (or one day alone), in the user's locale; days are UTC days. */
export function dayRangeText(range: DayRange, locale: string = currentLocale()): string {
  let format = dayRangeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dayRangeFormats.set(locale, format);
  }
  const from = new Date(`${range.from}T00:00:00Z`);
  if (range.from === range.to) return format.format(from);
  return format.formatRange(from, new Date(`${range.to}T00:00:00Z`));
}
