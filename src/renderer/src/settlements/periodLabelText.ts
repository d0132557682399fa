import { currentLocale } from '../i18n/currentLocale';
import { i18n } from '../i18n/i18n';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const shortMonths = months.map((month) => month.slice(0, 3));

/** A calendar day at noon UTC, so no time zone moves it to the day before or after. */
function day(year: string, monthIndex: number, dayOfMonth: string): Date {
  return new Date(Date.UTC(Number(year), monthIndex, Number(dayOfMonth), 12));
}

function dayText(date: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A settlement period's label in the screens' language. The core names a period when it closes
 * ("November 2026", "Week of 2 Nov 2026", "5 Nov 2026 – 4 Dec 2026") and keeps that name; in French
 * the same days are written the French way. A label of another shape is shown as stored.
 */
export function periodLabelText(label: string): string {
  if (i18n.language === 'en') return label;
  const month = /^([A-Z][a-z]+) (\d{4})$/.exec(label);
  if (month !== null && months.includes(month[1] ?? '')) {
    const date = day(month[2] ?? '', months.indexOf(month[1] ?? ''), '1');
    return new Intl.DateTimeFormat(currentLocale(), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  const dayPattern = '(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})';
  const readDay = (parts: string[]) => {
    const index = shortMonths.indexOf(parts[1] ?? '');
    return index < 0 ? null : day(parts[2] ?? '', index, parts[0] ?? '');
  };
  const week = new RegExp(`^Week of ${dayPattern}$`).exec(label);
  if (week !== null) {
    const start = readDay(week.slice(1, 4));
    if (start !== null) return i18n.t('settlements:periodLabel.weekOf', { day: dayText(start) });
  }
  const range = new RegExp(`^${dayPattern} – ${dayPattern}$`).exec(label);
  if (range !== null) {
    const from = readDay(range.slice(1, 4));
    const to = readDay(range.slice(4, 7));
    if (from !== null && to !== null) return `${dayText(from)} – ${dayText(to)}`;
  }
  return label;
}
