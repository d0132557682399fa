import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import { createContext, Fragment, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { setCurrentLocale } from './currentLocale';
import { currentLanguage, i18n, systemLocale } from './i18n';
import { type Language, localeFor } from './languages';
import { storeLanguage } from './storedLanguage';
import { applyZodLocale } from './zodLocale';

interface LanguageChoice {
  language: Language;
  locale: string;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageChoice | null>(null);

/**
 * Gives the screens their language and locale. Changing the language renders the whole tree anew
 * (keyed by language) so every formatted amount and date, not only translated text, follows.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(currentLanguage);
  const locale = localeFor(language, systemLocale());

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setCurrentLocale(localeFor(next, systemLocale()));
    dayjs.locale(next);
    applyZodLocale(next);
    void i18n.changeLanguage(next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);

  const choice = useMemo(() => ({ language, locale, setLanguage }), [language, locale, setLanguage]);
  return (
    <LanguageContext.Provider value={choice}>
      <I18nextProvider i18n={i18n}>
        <DatesProvider settings={{ locale: language }}>
          <Fragment key={language}>{children}</Fragment>
        </DatesProvider>
      </I18nextProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageChoice {
  const choice = useContext(LanguageContext);
  if (choice === null) throw new Error('useLanguage needs a LanguageProvider');
  return choice;
}
