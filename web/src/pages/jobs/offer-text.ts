import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api';
import { useFormat } from '../../format/useFormat';

type JobOffer = components['schemas']['JobOfferView'];

/** Texts for an offer's fields in the chosen language (shared by the search results and the job page). */
export function useOfferText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const names = new Intl.DisplayNames([format.locale], { type: 'language' });
    return {
      workplace: (value: JobOffer['workplace']) => t(`pages.jobs.workplace.${value}`),
      contractType: (value: JobOffer['contractType']) => t(`pages.jobs.contractType.${value}`),
      /** 'German' / 'Deutsch' for 'de' (the code itself if the browser does not know it). */
      language: (code: string) => {
        try {
          return names.of(code) ?? code;
        } catch {
          return code;
        }
      },
      level: (level: components['schemas']['LanguageLevel']) => (level === 'native' ? t('pages.jobs.level.native') : level),
      salary: (offer: JobOffer) => format.salary(offer.salary),
    };
  }, [t, format]);
}
