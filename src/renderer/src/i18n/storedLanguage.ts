import { isLanguage, type Language } from './languages';

/** The language is a choice of this computer's user, kept with the window like its colour scheme. */
const storageKey = 'airledger.language';

export function storedLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage refused (private window): the system's language it is
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not kept across launches; the choice still applies now.
  }
}
