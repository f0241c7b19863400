import type { TFunction } from 'i18next';

const KNOWN = [400, 401, 403, 404, 409, 429, 503] as const;

/** The plain-language title and text for a failed request's HTTP status (0: not reached; -1: not an API error). */
export function errorText(t: TFunction, status: number): { title: string; text: string } {
  if (status === 0) return { title: t('errors.network.title'), text: t('errors.network.text') };
  const known = (KNOWN as readonly number[]).includes(status) ? (status as (typeof KNOWN)[number]) : null;
  if (known) return { title: t(`errors.${known}.title`), text: t(`errors.${known}.text`) };
  if (status === 502 || status === 504) return { title: t('errors.503.title'), text: t('errors.503.text') };
  return { title: t('errors.500.title'), text: t('errors.500.text') };
}
