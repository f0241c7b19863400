import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALES, isLanguage } from '../i18n/languages';
import { formatDate, formatDateTime, formatMoneyRange, formatNumber, type SalaryRange } from './format';

export type SalaryPeriod = 'year' | 'month' | 'hour';

/** The formatting helpers bound to the chosen language: `const f = useFormat(); f.date(offer.startDate)`. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => {
    const locale = INTL_LOCALES[isLanguage(language) ? language : 'en'];
    return {
      locale,
      date: (value: string | Date | null | undefined, style?: 'long' | 'medium' | 'short') => formatDate(locale, value, style),
      dateTime: (value: string | Date | null | undefined) => formatDateTime(locale, value),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
      /** '45.000–60.000 € pro Jahr' */
      salary: (salary: SalaryRange & { period?: SalaryPeriod }) => {
        const amount = formatMoneyRange(locale, salary);
        return amount && salary.period ? t(`format.salary.${salary.period}`, { amount }) : amount;
      },
    };
  }, [language, t]);
}
