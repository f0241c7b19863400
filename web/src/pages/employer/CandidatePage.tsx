import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError, unwrap } from '../../api';
import { EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';
import { InviteDisclosure, isNotVerified, LanguageLevels, NotVerified, useCountryName, useListFormat } from './candidate-parts';

/**
 * A candidate's profile as a verified employer sees it (GET /api/v1/candidates/{id}); last name and
 * e-mail only once the candidate accepted an invitation or applied. "Invite" picks one of my published offers.
 */
export default function CandidatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const list = useListFormat();
  const countryName = useCountryName();
  const profile = useQuery({
    queryKey: ['candidates', id],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
  });
  const back = (
    <p>
      <Link className="kern-link" to="/employer/candidates">
        {t('pages.employer.candidate.back')}
      </Link>
    </p>
  );
  if (profile.isPending) {
    return (
      <Page title={t('pages.employer.candidate.title')}>
        <LoadingState />
      </Page>
    );
  }
  if (profile.isError) {
    return (
      <Page title={t('pages.employer.candidate.title')}>
        {isNotVerified(profile.error) ? (
          <NotVerified />
        ) : isApiError(profile.error) && profile.error.status === 404 ? (
          <EmptyState title={t('pages.employer.candidate.notFound')} action={back}>
            <p>{t('pages.employer.candidate.notFoundText')}</p>
          </EmptyState>
        ) : (
          <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
        )}
      </Page>
    );
  }
  const c = profile.data;
  const none = t('pages.employer.candidate.none');
  const name = c.lastName ? `${c.firstName} ${c.lastName}` : c.firstName;
  return (
    <Page title={name}>
      {back}
      {c.headline && <p className="kern-body kern-body--large">{c.headline}</p>}
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="kern-heading-medium">
          {t('pages.employer.candidate.contact')}
        </h2>
        {c.contactShared && c.email ? (
          <p className="kern-body">
            {t('pages.employer.candidate.email')}:{' '}
            <a className="kern-link" href={`mailto:${c.email}`}>
              {c.email}
            </a>
          </p>
        ) : (
          <p className="kern-body">{t('pages.employer.candidate.contactHidden')}</p>
        )}
        <InviteDisclosure candidateId={c.id} candidateName={c.firstName} />
      </section>
      {c.summary && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="kern-heading-medium">
            {t('pages.employer.candidate.summary')}
          </h2>
          <p className="kern-body">{c.summary}</p>
        </section>
      )}
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading" className="kern-heading-medium">
          {t('pages.employer.candidate.skills')}
        </h2>
        {c.skills.length ? (
          <ul className="tb-tags">
            {c.skills.map((s) => (
              <li key={s.escoUri ?? s.label} className="tb-tag">
                {s.label}
              </li>
            ))}
          </ul>
        ) : (
          <p>{none}</p>
        )}
        <h2 className="kern-heading-medium">{t('pages.employer.candidate.languages')}</h2>
        {c.languages.length ? <LanguageLevels languages={c.languages} label={t('pages.employer.candidate.languages')} /> : <p>{none}</p>}
      </section>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t('pages.employer.candidate.facts')}
        </h2>
        <dl className="tb-facts">
          <dt>{t('pages.employer.candidate.occupations')}</dt>
          <dd>{c.desiredOccupations.length ? list(c.desiredOccupations.map((o) => o.label)) : none}</dd>
          <dt>{t('pages.employer.candidate.cities')}</dt>
          <dd>{c.preferredCities.length ? list(c.preferredCities) : none}</dd>
          <dt>{t('pages.employer.candidate.remote')}</dt>
          <dd>{c.openToRemote ? t('pages.employer.candidate.yes') : t('pages.employer.candidate.no')}</dd>
          <dt>{t('pages.employer.candidate.crossBorder')}</dt>
          <dd>{c.crossBorderCommuter ? t('pages.employer.candidate.yes') : t('pages.employer.candidate.no')}</dd>
          <dt>{t('pages.employer.candidate.availability')}</dt>
          <dd>
            {c.availableFrom
              ? t('pages.employer.candidates.availableFrom', { date: format.date(c.availableFrom) })
              : t('pages.employer.candidates.availableNow')}
          </dd>
          <dt>{t('pages.employer.candidate.workPermit')}</dt>
          <dd>{c.workPermit ? t(`pages.employer.candidates.permit.${c.workPermit}`) : none}</dd>
          <dt>{t('pages.employer.candidate.salary')}</dt>
          <dd>{c.salaryExpectation ? format.salary({ min: c.salaryExpectation.min, currency: 'EUR', period: 'year' }) : none}</dd>
          <dt>{t('pages.employer.candidate.origin')}</dt>
          <dd>{countryName(c.countryOfOrigin) || none}</dd>
          <dt>{t('pages.employer.candidate.residence')}</dt>
          <dd>{countryName(c.residenceCountry) || none}</dd>
        </dl>
      </section>
      <section aria-labelledby="degrees-heading">
        <h2 id="degrees-heading" className="kern-heading-medium">
          {t('pages.employer.candidate.degrees')}
        </h2>
        {c.degrees.length ? (
          <ul>
            {c.degrees.map((d, i) => (
              <li key={i}>
                {t('pages.employer.candidate.degree', {
                  level: t(`pages.employer.matches.why.degreeLevel.${d.level}`),
                  field: d.field,
                  institution: d.institution,
                  country: countryName(d.country),
                  year: d.graduationYear,
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{none}</p>
        )}
      </section>
      <p className="kern-body tb-aside">{t('pages.employer.candidate.updated', { date: format.date(c.updatedAt) })}</p>
    </Page>
  );
}
