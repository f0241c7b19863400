export const LANGUAGES = ['de', 'en', 'pl', 'cs'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself (shown so in the switcher, whatever the current language). */
export const LANGUAGE_NAMES: Record<Language, string> = { de: 'Deutsch', en: 'English', pl: 'Polski', cs: 'Čeština' };

/** The locale Intl formats dates, numbers and money in, per language. */
export const INTL_LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB', pl: 'pl-PL', cs: 'cs-CZ' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen before (switcher), else German for browsers that prefer German, else English. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  return preferred[0]?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
