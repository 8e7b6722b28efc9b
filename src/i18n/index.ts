import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import englishSource from './en.json';

/** Dutch is the source: English must have every key it has (a missing one fails the type check). */
export type Messages = typeof nl;
const en: Messages = englishSource;

export type Language = 'nl' | 'en';
export const languages: readonly Language[] = ['nl', 'en'];

const STORAGE_KEY = 'praatplaten.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

export { nl as dutchMessages, en as englishMessages };
