import { useTranslation } from 'react-i18next';
import { isApiError, type components } from '../../api';

export type JobOffer = components['schemas']['JobOfferView'];
export type JobOfferStatus = JobOffer['status'];
export const OFFER_STATUSES: readonly JobOfferStatus[] = ['draft', 'pending_review', 'published', 'rejected', 'closed'];

const BADGE: Record<JobOfferStatus, string> = {
  draft: 'kern-badge kern-badge--info',
  pending_review: 'kern-badge kern-badge--warning',
  published: 'kern-badge kern-badge--success',
  rejected: 'kern-badge kern-badge--danger',
  closed: 'kern-badge',
};

/** An offer's status in words (never the raw value), as a badge. */
export function OfferStatusBadge({ status }: { status: JobOfferStatus }) {
  const { t } = useTranslation();
  return (
    <span className={BADGE[status]}>
      <span className="kern-label">{t(`pages.employer.offers.status.${status}`)}</span>
    </span>
  );
}

/** Offers may be submitted from draft and rejected (edit then submit again). */
export const canSubmit = (status: JobOfferStatus) => status === 'draft' || status === 'rejected';

/** What a failed submit or close means to the employer, in words. */
export function useOfferActionError() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error) && error.code === 'employer.not_verified') return t('pages.employer.offers.notVerified');
    if (isApiError(error) && error.code === 'job_offer.invalid_transition') return t('pages.employer.offers.invalidTransition');
    if (isApiError(error) && error.status === 0) return t('pages.employer.offers.actionNetwork');
    return t('pages.employer.offers.actionFailed');
  };
}
