import { currentLocale } from '../i18n/currentLocale';
import { minorToDecimalString } from './formatMinor';

const groupedFormats = new Map<string, Intl.NumberFormat>();

/**
 * 200000000 at scale 2 → "2,000,000" ("2 000 000" in French): an amount in major units with groups,
 * no currency, written so that the same screens' amount fields read it back.
 */
export function formatGroupedMinor(amountMinor: number, scale: number, locale = currentLocale()): string {
  const key = `${locale}|${scale}`;
  let format = groupedFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: scale });
    groupedFormats.set(key, format);
  }
  // A decimal string keeps every digit; a float could round a large amount.
  return format.format(minorToDecimalString(amountMinor, scale) as `${number}`);
}
