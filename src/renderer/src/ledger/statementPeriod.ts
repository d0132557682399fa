import dayjs from 'dayjs';
import { i18n } from '../i18n/i18n';

/** A statement's period as two calendar days in the user's time zone, "YYYY-MM-DD", both included. */
export type StatementPeriod = [string, string];

const dayFormat = 'YYYY-MM-DD';
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The default period: the last 30 days up to today. */
export function defaultStatementPeriod(today = dayjs()): StatementPeriod {
  return [today.subtract(30, 'day').format(dayFormat), today.format(dayFormat)];
}

/** The instants a period covers: from the start of its first day to the end of its last day. */
export function periodInstants(period: StatementPeriod): { from: string; to: string } {
  return {
    from: dayjs(period[0]).startOf('day').toISOString(),
    to: dayjs(period[1]).endOf('day').toISOString(),
  };
}

export function isStatementPeriod(value: unknown): value is StatementPeriod {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((day) => typeof day === 'string' && dayPattern.test(day) && dayjs(day).isValid()) &&
    value[0] <= value[1]
  );
}

/** Ready-made periods for the picker, relative to today, named in the screens' language. */
export function statementPeriodPresets(today = dayjs()): Array<{ value: StatementPeriod; label: string }> {
  const day = (date: dayjs.Dayjs) => date.format(dayFormat);
  const lastMonth = today.subtract(1, 'month');
  return [
    { value: [day(today.subtract(6, 'day')), day(today)], label: i18n.t('ledger:period.presets.last7Days') },
    { value: defaultStatementPeriod(today), label: i18n.t('ledger:period.presets.last30Days') },
    { value: [day(today.startOf('month')), day(today)], label: i18n.t('ledger:period.presets.thisMonth') },
    {
      value: [day(lastMonth.startOf('month')), day(lastMonth.endOf('month'))],
      label: i18n.t('ledger:period.presets.lastMonth'),
    },
    { value: [day(today.startOf('year')), day(today)], label: i18n.t('ledger:period.presets.thisYear') },
    {
      value: [day(today.subtract(12, 'month').add(1, 'day')), day(today)],
      label: i18n.t('ledger:period.presets.last12Months'),
    },
  ];
}
