import type { SettlementCycle } from '../../../contract/settlementSchemas';

/** ISO weekdays, 1 (Monday) to 7 (Sunday), as the cycle's `startDay` counts them. */
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 28th. */
export function ordinalDay(day: number): string {
  const lastTwo = day % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${day}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th';
  return `${day}${suffix}`;
}

/** The cycle as an accountant says it: "Monthly, from the 1st at 00:00, UTC". */
export function settlementCycleText(cycle: SettlementCycle): string {
  const from =
    cycle.kind === 'weekly'
      ? `Weekly, from ${weekdayNames[cycle.startDay - 1] ?? `day ${cycle.startDay}`}`
      : `Monthly, from the ${ordinalDay(cycle.startDay)}`;
  return `${from} at ${cycle.startTime}, ${cycle.timeZone}`;
}
