import { useTranslation } from 'react-i18next';

/**
 * "Loading …" while data is on its way: a polite live region (announced once), marked busy.
 * Use it in place of the content that is loading.
 */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="tb-state tb-state--loading" role="status" aria-live="polite" aria-busy="true">
      <span className="tb-spinner tb-spinner--large" aria-hidden="true" />
      <span className="kern-body">{label ?? t('states.loading')}</span>
    </div>
  );
}
