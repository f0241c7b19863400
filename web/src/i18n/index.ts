import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import cs from './cs.json';
import de from './de.json';
import en from './en.json';
import { detectLanguage, isLanguage, type Language } from './languages';
import pl from './pl.json';

const STORAGE_KEY = 'tb.language';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
}

function reflect(language: string): void {
  document.documentElement.lang = language;
}

export const resources = { de: { translation: de }, en: { translation: en }, pl: { translation: pl }, cs: { translation: cs } } as const;

/** Starts i18next in the detected language; later choices are persisted in localStorage. */
export function initI18n(): typeof i18n {
  const language = detectLanguage(stored(), browserLanguages());
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    // Polish and Czech cover the graduate-facing pages; what they miss (employer, staff) shows in English.
    fallbackLng: 'en',
    supportedLngs: ['de', 'en', 'pl', 'cs'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  reflect(language);
  i18n.on('languageChanged', reflect);
  return i18n;
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* not persisted: still switched for this visit */
  }
  await i18n.changeLanguage(language);
}

export { i18n };
