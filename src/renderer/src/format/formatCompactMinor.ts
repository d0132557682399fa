import { currentLocale } from '../i18n/currentLocale';
import { minorToDecimalString } from './formatMinor';

const compactFormats = new Map<string, Intl.NumberFormat>();

/** 250000000 at scale 0 → "250M": an amount in major units, short enough for a chart's axis. */
export function formatCompactMinor(amountMinor: number, scale: number, locale = currentLocale()): string {
  const key = locale;
  let format = compactFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(key, format);
  }
  // Axis ticks may fall between whole minor units; the label only needs the nearest one.
  return format.format(minorToDecimalString(Math.round(amountMinor), scale) as `${number}`);
}
