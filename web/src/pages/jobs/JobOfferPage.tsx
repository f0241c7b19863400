import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, isApiError, unwrap, type components } from '../../api';
import { ButtonLink, EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';
import { ApplyPanel } from './ApplyPanel';
import { jobPosting } from './job-posting';
import { useOfferText } from './offer-text';

type JobOffer = components['schemas']['JobOfferView'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A published job offer, for anyone; signed-in candidates get the way to apply. */
export default function JobOfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const offer = useQuery({
    queryKey: ['job-offers', id],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}', { params: { path: { id } } })),
    enabled: valid,
  });
  const notFound = !valid || (offer.isError && isApiError(offer.error) && (offer.error.status === 404 || offer.error.status === 400));
  if (notFound) {
    return (
      <Page title={t('pages.jobs.offer.notFoundTitle')}>
        <EmptyState
          title={t('pages.jobs.offer.notFoundHeading')}
          action={
            <ButtonLink to="/" variant="primary">
              {t('pages.jobs.offer.searchOthers')}
            </ButtonLink>
          }
        >
          {t('pages.jobs.offer.notFoundText')}
        </EmptyState>
      </Page>
    );
  }
  if (offer.isPending) {
    return (
      <Page title={t('pages.jobs.offer.title')}>
        <LoadingState />
      </Page>
    );
  }
  if (offer.isError) {
    return (
      <Page title={t('pages.jobs.offer.title')}>
        <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />
      </Page>
    );
  }
  return <OfferView offer={offer.data} />;
}

/** The schema.org JobPosting in the document head while the page is shown (data, never run as script). */
function JobPostingJsonLd({ offer }: { offer: JobOffer }) {
  useEffect(() => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.jsonld = 'job-posting';
    script.textContent = JSON.stringify(jobPosting(offer, `${window.location.origin}/jobs/${offer.id}`));
    document.head.append(script);
    return () => script.remove();
  }, [offer]);
  return null;
}

function OfferView({ offer }: { offer: JobOffer }) {
  const { t } = useTranslation();
  const text = useOfferText();
  const format = useFormat();
  const yesNo = (value: boolean) => (value ? t('pages.jobs.yes') : t('pages.jobs.no'));
  return (
    <Page title={offer.title}>
      <JobPostingJsonLd offer={offer} />
      <p className="kern-body kern-body--large">
        {offer.employer.name} · {offer.city}
        {offer.postalCode ? ` (${offer.postalCode})` : ''}
      </p>
      {offer.visaSponsorship && (
        <p>
          <span className="kern-badge kern-badge--info">{t('pages.jobs.visaBadge')}</span>
        </p>
      )}
      {offer.regulatedProfession && (
        <p>
          <span className="kern-badge kern-badge--warning">{t('pages.jobs.regulatedBadge')}</span>{' '}
          {offer.regulatedProfessionAuthority && (
            <span className="kern-body">
              {t('pages.jobs.regulatedAuthority')} {offer.regulatedProfessionAuthority}
            </span>
          )}
        </p>
      )}
      <div className="tb-offer">
        <div className="tb-offer__main">
          <section aria-labelledby="offer-facts">
            <h2 id="offer-facts" className="kern-heading-medium">
              {t('pages.jobs.offer.facts')}
            </h2>
            <dl className="tb-facts tb-facts--wide">
              <div>
                <dt>{t('pages.jobs.offer.occupation')}</dt>
                <dd>{offer.occupation.label}</dd>
              </div>
              <div>
                <dt>{t('pages.jobs.salary')}</dt>
                <dd>{text.salary(offer)}</dd>
              </div>
              <div>
                <dt>{t('pages.jobs.workplaceLabel')}</dt>
                <dd>{text.workplace(offer.workplace)}</dd>
              </div>
              <div>
                <dt>{t('pages.jobs.contractTypeLabel')}</dt>
                <dd>{text.contractType(offer.contractType)}</dd>
              </div>
              <div>
                <dt>{t('pages.jobs.offer.startDate')}</dt>
                <dd>{offer.startDate ? format.date(offer.startDate) : t('pages.jobs.offer.startByAgreement')}</dd>
              </div>
              <div>
                <dt>{t('pages.jobs.offer.visaSponsorship')}</dt>
                <dd>{yesNo(offer.visaSponsorship)}</dd>
              </div>
              <div>
                <dt>{t('pages.jobs.offer.relocationSupport')}</dt>
                <dd>{yesNo(offer.relocationSupport)}</dd>
              </div>
              {offer.minDegree && (
                <div>
                  <dt>{t('pages.jobs.offer.minDegree')}</dt>
                  <dd>{t(`pages.jobs.degree.${offer.minDegree}`)}</dd>
                </div>
              )}
              {offer.publishedAt && (
                <div>
                  <dt>{t('pages.jobs.published')}</dt>
                  <dd>{format.date(offer.publishedAt)}</dd>
                </div>
              )}
            </dl>
          </section>
          <section aria-labelledby="offer-description">
            <h2 id="offer-description" className="kern-heading-medium">
              {t('pages.jobs.offer.description')}
            </h2>
            <p className="kern-body tb-prewrap">{offer.description}</p>
          </section>
          <section aria-labelledby="offer-skills">
            <h2 id="offer-skills" className="kern-heading-medium">
              {t('pages.jobs.offer.skills')}
            </h2>
            <SkillList title={t('pages.jobs.offer.requiredSkills')} skills={offer.requiredSkills} />
            <SkillList title={t('pages.jobs.offer.optionalSkills')} skills={offer.optionalSkills} />
          </section>
          <section aria-labelledby="offer-languages">
            <h2 id="offer-languages" className="kern-heading-medium">
              {t('pages.jobs.offer.languages')}
            </h2>
            {offer.languages.length ? (
              <ul className="kern-list">
                {offer.languages.map((language) => (
                  <li key={language.code}>
                    {t('pages.jobs.offer.languageAtLeast', {
                      language: text.language(language.code),
                      level: text.level(language.minLevel),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="kern-body">{t('pages.jobs.offer.noLanguages')}</p>
            )}
          </section>
        </div>
        <div className="tb-offer__side">
          <ApplyPanel offerId={offer.id} />
        </div>
      </div>
    </Page>
  );
}

function SkillList({ title, skills }: { title: string; skills: components['schemas']['ShownConcept'][] }) {
  if (!skills.length) return null;
  return (
    <>
      <h3 className="kern-heading-small">{title}</h3>
      <ul className="tb-skill-list">
        {skills.map((skill) => (
          <li key={skill.escoUri ?? skill.label} lang={skill.lang ?? undefined} className="kern-badge">
            {skill.label}
          </li>
        ))}
      </ul>
    </>
  );
}
