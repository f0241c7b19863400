import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError, unwrap, type components } from '../../api';
import { EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';
import { InviteDisclosure, isNotVerified, LanguageLevels, NotVerified, useLanguageName, useListFormat } from './candidate-parts';
import { matchSentences, pointsText, type SentenceTools, type Translate } from './match-sentences';

type CandidateMatch = components['schemas']['CandidateMatch'];

/** Ranked candidates for one of my offers (GET /api/v1/job-offers/{id}/matches) with the reasons per factor. */
export default function MatchesForOfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const offer = useQuery({
    queryKey: ['job-offers', id],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}', { params: { path: { id } } })),
  });
  const matches = useQuery({
    queryKey: ['job-offers', id, 'matches'],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}/matches', { params: { path: { id }, query: { limit: 20 } } })),
  });
  const title = t('pages.employer.matches.title');
  const links = (
    <p className="tb-row">
      <Link className="kern-link" to="/employer/offers">
        {t('pages.employer.matches.back')}
      </Link>
      <Link className="kern-link" to={`/employer/offers/${id}/responses`}>
        {t('pages.employer.matches.responses')}
      </Link>
    </p>
  );
  let body: React.ReactNode;
  if (matches.isPending) body = <LoadingState />;
  else if (matches.isError) {
    body = isNotVerified(matches.error) ? <NotVerified /> : <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />;
  } else if (matches.data.items.length === 0) {
    body = (
      <EmptyState title={t('pages.employer.matches.none')}>
        <p>
          {offer.data && offer.data.status !== 'published'
            ? t('pages.employer.matches.notPublished')
            : t('pages.employer.matches.noneText')}
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <ol className="tb-results">
        {matches.data.items.map((match, index) => (
          <li key={match.candidate.id}>
            <MatchCard match={match} rank={index + 1} offerId={id} />
          </li>
        ))}
      </ol>
    );
  }
  return (
    <Page title={title}>
      {links}
      {offer.data && <p className="kern-body">{t('pages.employer.matches.intro', { title: offer.data.title })}</p>}
      {offer.isError && !isApiError(offer.error) && <ErrorState error={offer.error} />}
      {body}
    </Page>
  );
}

function MatchCard({ match, rank, offerId }: { match: CandidateMatch; rank: number; offerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const list = useListFormat();
  const headingId = useId();
  const translate: Translate = (key, values) => String(t(key as never, values as never));
  const factors = useMemo(() => {
    const tools: SentenceTools = { translate, languageName, date: (iso) => format.date(iso), list };
    return matchSentences(match.explanation, tools);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the helpers follow the language, as t does
  }, [match.explanation, t, format]);
  const points = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const c = match.candidate;
  return (
    <article className="tb-result" aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-small">
        {t('pages.employer.matches.rank', { rank })}: {c.firstName} — {t('pages.employer.matches.score', { score: points(match.score) })}
      </h2>
      {c.headline && <p className="kern-body">{c.headline}</p>}
      <LanguageLevels languages={c.languages} label={t('pages.employer.candidates.languagesList')} />
      <h3 className="kern-heading-small">{t('pages.employer.matches.breakdown')}</h3>
      <div className="tb-meters">
        {factors.map((f) => {
          const label = t(`pages.employer.matches.factor.${f.factor}`);
          const text = pointsText(translate, label, f.share, f.weight, points);
          const percent = f.weight > 0 ? Math.max(0, Math.min(100, (f.share / f.weight) * 100)) : 0;
          return (
            <div key={f.factor}>
              <span className="tb-meter__label" id={`${headingId}-${f.factor}`} aria-hidden="true">
                {text}
              </span>
              <div
                role="meter"
                aria-label={label}
                aria-valuemin={0}
                aria-valuemax={f.weight}
                aria-valuenow={f.share}
                aria-valuetext={text}
                className="tb-meter__track"
              >
                <div className="tb-meter__fill" style={{ width: `${percent}%` }} />
              </div>
            </div>
          );
        })}
      </div>
      <dl>
        {factors.map((f) => (
          <div key={f.factor}>
            <dt className="kern-label">{t(`pages.employer.matches.factor.${f.factor}`)}</dt>
            <dd>
              <ul>
                {f.sentences.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <p className="tb-row">
        <Link className="kern-link" to={`/employer/candidates/${c.id}`}>
          {t('pages.employer.matches.profile')}
          <span className="kern-sr-only">: {c.firstName}</span>
        </Link>
      </p>
      <InviteDisclosure candidateId={c.id} candidateName={c.firstName} offerId={offerId} />
    </article>
  );
}
