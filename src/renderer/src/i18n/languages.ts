/** The languages Airledger's screens are written in; English is the reference every other must match. */
export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, as a language picker shows it. */
export const languageNames: Record<Language, string> = { en: 'English', fr: 'Français' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language a browser or OS locale ("fr-CI", "en-GB") asks for, English when we have none of its own. */
export function languageOfLocale(locale: string | undefined): Language {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/**
 * The locale numbers, dates and amounts are written in: the system's own when it speaks the chosen
 * language (a clerk in Abidjan keeps fr-CI), otherwise the language's usual one.
 */
export function localeFor(language: Language, systemLocale: string | undefined): string {
  if (systemLocale !== undefined && languageOfLocale(systemLocale) === language) {
    try {
      return Intl.getCanonicalLocales(systemLocale)[0] ?? fallbackLocales[language];
    } catch {
      return fallbackLocales[language];
    }
  }
  return fallbackLocales[language];
}

const fallbackLocales: Record<Language, string> = { en: 'en-US', fr: 'fr-FR' };
