import { type DayRange, dayRangeText } from './reportPeriod';

/** Why a card is empty: nothing sold in the period, or nothing that the filters let through. */
export function noSalesText(subject: string, period: DayRange, narrowed: boolean): string {
  return `${subject} in ${dayRangeText(period)}${narrowed ? ' with these filters' : ''}.`;
}
