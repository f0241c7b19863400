import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api';
import { EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';
import { isNotVerified, NotVerified } from './candidate-parts';

/**
 * Who applied to one of my offers and whom I invited (GET /api/v1/job-offers/{id}/applications and
 * /invitations), with contact data where the candidate gave consent.
 */
export default function ResponsesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const offer = useQuery({
    queryKey: ['job-offers', id],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}', { params: { path: { id } } })),
  });
  const applications = useQuery({
    queryKey: ['job-offers', id, 'applications'],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}/applications', { params: { path: { id }, query: { limit: 100 } } })),
  });
  const invitations = useQuery({
    queryKey: ['job-offers', id, 'invitations'],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}/invitations', { params: { path: { id }, query: { limit: 100 } } })),
  });
  const mail = (email: string | undefined) =>
    email ? (
      <p className="kern-body">
        {t('pages.employer.responses.email')}:{' '}
        <a className="kern-link" href={`mailto:${email}`}>
          {email}
        </a>
      </p>
    ) : null;

  return (
    <Page title={t('pages.employer.responses.title')}>
      <p className="tb-row">
        <Link className="kern-link" to="/employer/offers">
          {t('pages.employer.responses.back')}
        </Link>
        <Link className="kern-link" to={`/employer/offers/${id}/matches`}>
          {t('pages.employer.responses.matches')}
        </Link>
      </p>
      {offer.data && <p className="kern-body">{t('pages.employer.responses.intro', { title: offer.data.title })}</p>}
      {isNotVerified(applications.error) || isNotVerified(invitations.error) ? (
        <NotVerified />
      ) : (
        <>
          <section aria-labelledby="applications-heading">
            <h2 id="applications-heading" className="kern-heading-medium">
              {t('pages.employer.responses.applications')}
            </h2>
            {applications.isPending ? (
              <LoadingState />
            ) : applications.isError ? (
              <ErrorState error={applications.error} onRetry={() => void applications.refetch()} headingLevel={3} />
            ) : applications.data.items.length === 0 ? (
              <EmptyState title={t('pages.employer.responses.noApplications')} headingLevel={3} />
            ) : (
              <ul className="tb-results">
                {applications.data.items.map((a) => (
                  <li key={a.id} className="tb-result">
                    <h3 className="kern-heading-small">
                      {a.candidate ? (
                        <Link className="kern-link" to={`/employer/candidates/${a.candidate.id}`}>
                          {`${a.candidate.firstName} ${a.candidate.lastName}`.trim()}
                        </Link>
                      ) : (
                        t('pages.employer.responses.erased')
                      )}
                    </h3>
                    <p className="kern-body">{t('pages.employer.responses.applied', { date: format.date(a.createdAt) })}</p>
                    {mail(a.candidate?.email)}
                    <p className="kern-body">
                      <strong>{t('pages.employer.responses.message')}:</strong> {a.message}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading" className="kern-heading-medium">
              {t('pages.employer.responses.invitations')}
            </h2>
            {invitations.isPending ? (
              <LoadingState />
            ) : invitations.isError ? (
              <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} headingLevel={3} />
            ) : invitations.data.items.length === 0 ? (
              <EmptyState title={t('pages.employer.responses.noInvitations')} headingLevel={3} />
            ) : (
              <ul className="tb-results">
                {invitations.data.items.map((i) => (
                  <li key={i.id} className="tb-result">
                    <h3 className="kern-heading-small">
                      {i.candidate ? (
                        <Link className="kern-link" to={`/employer/candidates/${i.candidate.id}`}>
                          {[i.candidate.firstName, i.candidate.lastName].filter(Boolean).join(' ')}
                        </Link>
                      ) : (
                        t('pages.employer.responses.erased')
                      )}
                    </h3>
                    <p className="kern-body">
                      <span
                        className={`kern-badge kern-badge--${i.status === 'accepted' ? 'success' : i.status === 'declined' ? 'danger' : 'info'}`}
                      >
                        {t(`pages.employer.responses.status.${i.status}`)}
                      </span>
                    </p>
                    <p className="kern-body">
                      {t('pages.employer.responses.invited', { date: format.date(i.createdAt) })}
                      {i.respondedAt && <> · {t('pages.employer.responses.answered', { date: format.date(i.respondedAt) })}</>}
                    </p>
                    {i.contactShared
                      ? mail(i.candidate?.email)
                      : i.candidate && <p className="kern-body">{t('pages.employer.responses.contactHidden')}</p>}
                    <p className="kern-body">
                      <strong>{t('pages.employer.responses.message')}:</strong> {i.message}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
