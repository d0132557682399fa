import { currentLocale } from '../i18n/currentLocale';

const countFormats = new Map<string, Intl.NumberFormat>();

/** 12345 → "12,345" ("12 345" in French): a count of rows, sales or events in the screens' locale. */
export function formatCount(count: number, locale = currentLocale()): string {
  let format = countFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    countFormats.set(locale, format);
  }
  return format.format(count);
}
