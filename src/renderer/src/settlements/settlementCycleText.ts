import type { SettlementCycle } from '../../../contract/settlementSchemas';
import { i18n } from '../i18n/i18n';

const weekdayKeys = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** An ISO weekday, 1 (Monday) to 7 (Sunday), named in the screens' language; undefined out of range. */
export function weekdayName(day: number): string | undefined {
  const key = weekdayKeys[day - 1];
  return key === undefined ? undefined : i18n.t(`settlements:cycle.weekdays.${key}`);
}

/** The seven weekdays, Monday first, named in the screens' language. */
export function weekdayNamesText(): string[] {
  return weekdayKeys.map((key) => i18n.t(`settlements:cycle.weekdays.${key}`));
}

/** A day of the month as an ordinal: 1st, 2nd, 3rd, 4th … 11th … 21st (1er, 2, 3 … in French). */
export function ordinalDay(day: number): string {
  return i18n.t('settlements:cycle.ordinalDay', { count: day, ordinal: true });
}

/** The cycle as an accountant says it: "Monthly, from the 1st at 00:00, UTC". */
export function settlementCycleText(cycle: SettlementCycle): string {
  const at = { time: cycle.startTime, timeZone: cycle.timeZone };
  if (cycle.kind === 'weekly') {
    const weekday =
      weekdayName(cycle.startDay) ?? i18n.t('settlements:cycle.unknownWeekday', { day: cycle.startDay });
    return i18n.t('settlements:cycle.weekly', { weekday, ...at });
  }
  return i18n.t('settlements:cycle.monthly', { day: ordinalDay(cycle.startDay), ...at });
}
