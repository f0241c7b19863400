import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALES, isLanguage } from './languages';

/** React Aria's own texts and formats (placeholders, "remove", announcements) follow the chosen language. */
export function LocaleProvider({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return <I18nProvider locale={INTL_LOCALES[isLanguage(language) ? language : 'en']}>{children}</I18nProvider>;
}
