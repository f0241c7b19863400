import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';

/**
 * One button per language, each named in its own language (and marked with its lang), the current
 * one pressed. A choice is kept in localStorage and sets <html lang>; data is fetched again in it.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const labelId = useId();
  const current = currentLanguage();
  return (
    <div className="tb-languages" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="tb-languages__label">
        {t('language.label')}
      </span>
      <ul className="tb-languages__list">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              className="tb-languages__button"
              aria-pressed={language === current}
              onClick={() => void changeLanguage(language)}
            >
              {LANGUAGE_NAMES[language]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
