import { z } from 'zod';
import type { Language } from './languages';

/** zod's own messages (a wrong type, a missing field) in the screens' language; the contract's own messages go through the catalog. */
export function applyZodLocale(language: Language): void {
  z.config(language === 'fr' ? z.locales.fr() : z.locales.en());
}
