import { i18n } from '../i18n/i18n';
import { type DayRange, dayRangeText } from './reportPeriod';

/**
 * Why a card is empty: nothing sold in the period, or nothing that the filters let through.
 * `subject` is already in the screen's language ("No reseller sale").
 */
export function noSalesText(subject: string, period: DayRange, narrowed: boolean): string {
  return i18n.t(narrowed ? 'reports:noSales.inPeriodFiltered' : 'reports:noSales.inPeriod', {
    subject,
    period: dayRangeText(period),
  });
}
