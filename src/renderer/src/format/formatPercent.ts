import { currentLocale } from '../i18n/currentLocale';

/** A share as a percentage in the screens' locale: 0.45 → "45%" ("45 %" in French). */
export function formatPercent(share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(currentLocale(), {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}
