/**
 * The locale the formatters write in. Set with the language, before the screens render again, so
 * a format function never needs the language passed through every component.
 */
let locale = 'en-US';

export function currentLocale(): string {
  return locale;
}

export function setCurrentLocale(next: string): void {
  locale = next;
}
