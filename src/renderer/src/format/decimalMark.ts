import { currentLocale } from '../i18n/currentLocale';

/** The decimal mark of the screens' locale: "," in French, "." in English. */
export function decimalMark(locale: string = currentLocale()): '.' | ',' {
  const mark = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return mark === ',' ? ',' : '.';
}
