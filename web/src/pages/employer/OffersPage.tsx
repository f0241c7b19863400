import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api';
import { Button, ButtonLink, EmptyState, ErrorState, LoadingState, Page, Select } from '../../components';
import { useFormat } from '../../format/useFormat';
import { canSubmit, OFFER_STATUSES, OfferStatusBadge, useOfferActionError, type JobOffer, type JobOfferStatus } from './offer-status';

const LIMIT = 20;
type Filter = JobOfferStatus | 'all';

function OfferRow({ offer }: { offer: JobOffer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const describe = useOfferActionError();
  const [confirming, setConfirming] = useState(false);
  const done = () => void client.invalidateQueries({ queryKey: ['job-offers'] });
  const submit = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/job-offers/{id}/submit', { params: { path: { id: offer.id } } })),
    onSuccess: done,
  });
  const close = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/job-offers/{id}/close', { params: { path: { id: offer.id } } })),
    onSuccess: done,
  });
  const error = submit.error ?? close.error;
  const titleId = `offer-${offer.id}`;
  return (
    <li className="kern-card tb-offer-row" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <h2 className="kern-title" id={titleId}>
          <Link className="kern-link" to={`/employer/offers/${offer.id}`}>
            {offer.title}
          </Link>
        </h2>
        <p className="kern-body">
          <OfferStatusBadge status={offer.status} />{' '}
          <span className="kern-body--muted">
            {offer.city} · {format.salary(offer.salary)} ·{' '}
            {t('pages.employer.offers.updated', { date: format.date(offer.updatedAt, 'medium') })}
          </span>
        </p>
        {offer.status === 'rejected' && offer.rejectionReason && (
          <p className="kern-body">
            <strong>{t('pages.employer.offers.rejectionReason')}</strong> {offer.rejectionReason}
          </p>
        )}
        {offer.status === 'pending_review' && <p className="kern-body">{t('pages.employer.offers.inReviewHint')}</p>}
        <div className="tb-actions">
          {offer.status !== 'closed' && (
            <ButtonLink to={`/employer/offers/${offer.id}`} aria-label={t('pages.employer.offers.editOffer', { title: offer.title })}>
              {t('pages.employer.offers.edit')}
            </ButtonLink>
          )}
          {offer.status === 'published' && (
            <ButtonLink to={`/employer/offers/${offer.id}/matches`}>{t('pages.employer.matches.title')}</ButtonLink>
          )}
          {(offer.status === 'published' || offer.status === 'closed') && (
            <ButtonLink to={`/employer/offers/${offer.id}/responses`}>{t('pages.employer.responses.title')}</ButtonLink>
          )}
          {canSubmit(offer.status) && (
            <Button
              variant="primary"
              isPending={submit.isPending}
              onPress={() => submit.mutate()}
              aria-label={t('pages.employer.offers.submitOffer', { title: offer.title })}
            >
              {t('pages.employer.offers.submit')}
            </Button>
          )}
          {offer.status !== 'closed' && !confirming && (
            <Button
              variant="tertiary"
              onPress={() => setConfirming(true)}
              aria-label={t('pages.employer.offers.closeOffer', { title: offer.title })}
            >
              {t('pages.employer.offers.close')}
            </Button>
          )}
        </div>
        {confirming && (
          <div className="kern-alert kern-alert--warning tb-state" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
            <div className="kern-alert__body">
              <p className="kern-body" id={`${titleId}-confirm`}>
                {t('pages.employer.offers.closeConfirm', { title: offer.title })}
              </p>
              <div className="tb-actions">
                <Button
                  variant="primary"
                  autoFocus
                  isPending={close.isPending}
                  onPress={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
                >
                  {t('pages.employer.offers.closeYes')}
                </Button>
                <Button variant="secondary" onPress={() => setConfirming(false)}>
                  {t('pages.employer.offers.closeNo')}
                </Button>
              </div>
            </div>
          </div>
        )}
        {error !== null && (
          <p className="kern-body tb-error-text" role="alert">
            {describe(error)}
          </p>
        )}
      </div>
    </li>
  );
}

export default function OffersPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const offers = useQuery({
    queryKey: ['job-offers', 'mine', filter, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/job-offers/mine', {
          params: { query: { page, limit: LIMIT, ...(filter === 'all' ? {} : { status: filter }) } },
        }),
      ),
  });
  const pages = offers.data ? Math.max(1, Math.ceil(offers.data.total / LIMIT)) : 1;
  return (
    <Page title={t('pages.employer.offers.title')}>
      <div className="tb-actions">
        <ButtonLink to="/employer/offers/new" variant="primary">
          {t('pages.employer.offers.create')}
        </ButtonLink>
      </div>
      <Select<Filter>
        name="status"
        label={t('pages.employer.offers.filter')}
        value={filter}
        onChange={(value) => {
          setFilter(value ?? 'all');
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('pages.employer.offers.filterAll') },
          ...OFFER_STATUSES.map((status) => ({ value: status, label: t(`pages.employer.offers.status.${status}`) })),
        ]}
      />
      {offers.isPending ? (
        <LoadingState />
      ) : offers.isError ? (
        <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.items.length === 0 ? (
        <EmptyState
          title={filter === 'all' ? t('pages.employer.offers.emptyTitle') : t('pages.employer.offers.emptyFiltered')}
          action={
            <ButtonLink to="/employer/offers/new" variant="primary">
              {t('pages.employer.offers.create')}
            </ButtonLink>
          }
        >
          {filter === 'all' ? t('pages.employer.offers.emptyText') : null}
        </EmptyState>
      ) : (
        <>
          <p className="kern-body" role="status">
            {t('pages.employer.offers.count', { count: offers.data.total })}
          </p>
          <ul className="tb-offer-list">
            {offers.data.items.map((offer) => (
              <OfferRow key={offer.id} offer={offer} />
            ))}
          </ul>
          {pages > 1 && (
            <nav className="tb-actions" aria-label={t('pages.employer.offers.pagination')}>
              <Button variant="secondary" isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
                {t('pages.employer.offers.previous')}
              </Button>
              <span className="kern-body">{t('pages.employer.offers.pageOf', { page, pages })}</span>
              <Button variant="secondary" isDisabled={page >= pages} onPress={() => setPage(page + 1)}>
                {t('pages.employer.offers.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}
