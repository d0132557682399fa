import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setCurrentLocale } from './currentLocale';
import { type Language, languageOfLocale, localeFor } from './languages';
import { catalogs, namespaces } from './resources';
import { storedLanguage } from './storedLanguage';
import { applyZodLocale } from './zodLocale';

/** The system's locale as the browser or Electron reports it (Electron passes the OS's). */
export function systemLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/** The language to start in: the one chosen on this computer, else the system's if we speak it. */
export function initialLanguage(): Language {
  return storedLanguage() ?? languageOfLocale(systemLocale());
}

/**
 * The app's one i18next instance. Catalogs are bundled, so it is ready synchronously: the first
 * render is already in the right language. Non-component code (label helpers) calls `i18n.t` at
 * call time, never at module load, so a change of language reaches it too.
 */
export const i18n: I18n = createInstance();

const startLanguage = initialLanguage();
setCurrentLocale(localeFor(startLanguage, systemLocale()));
// Month and day names that code writes with dayjs (date pickers, period labels) follow the language too.
dayjs.locale(startLanguage);
applyZodLocale(startLanguage);
if (typeof document !== 'undefined') document.documentElement.lang = startLanguage;
void i18n.use(initReactI18next).init({
  resources: catalogs,
  lng: startLanguage,
  // English stands in for a missing key at run time; the catalog test fails on it before it ships.
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The language the screens are in now. */
export function currentLanguage(): Language {
  return languageOfLocale(i18n.language);
}
