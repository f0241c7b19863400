import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError, unwrap, type components } from '../../api';
import { Button, ButtonLink, EmptyState, ErrorState, Form, LoadingState, Page, TextArea } from '../../components';
import { useFormat } from '../../format/useFormat';
import { explainMatch, type FactorExplanation, type MatchSentences } from './match-sentences';

type OfferMatch = components['schemas']['OfferMatch'];
type Application = components['schemas']['ApplicationView'];

/** What this visit knows about my applications (the API has no list of them): from the answers to applying. */
type Applied = { kind: 'applied'; application: Application } | { kind: 'already' };

const MATCH_LIMIT = 20;

/** The best published offers for me, each with why it fits (plain sentences, points per factor) and "Apply". */
export default function MatchesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const applyTo = params.get('apply');
  const [applied, setApplied] = useState<Record<string, Applied>>({});
  // The offer of `?apply=` that is not among my matches stays shown once applied (the parameter is dropped then).
  const [elsewhereId, setElsewhereId] = useState<string | null>(applyTo);
  useEffect(() => {
    if (applyTo) setElsewhereId(applyTo);
  }, [applyTo]);

  const matches = useQuery({
    queryKey: ['candidates', 'me', 'matches'],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/me/matches', { params: { query: { limit: MATCH_LIMIT } } })),
  });

  const markApplied = (offerId: string, state: Applied) => setApplied((all) => ({ ...all, [offerId]: state }));
  const closeApply = () => {
    if (!applyTo) return;
    const next = new URLSearchParams(params);
    next.delete('apply');
    setParams(next, { replace: true });
  };

  return (
    <Page title={t('pages.candidate.matches.title')}>
      <p className="kern-body">{t('pages.candidate.matches.intro')}</p>
      {matches.isPending ? (
        <LoadingState />
      ) : matches.isError ? (
        isApiError(matches.error) && matches.error.status === 404 ? (
          <EmptyState
            title={t('pages.candidate.matches.noProfileTitle')}
            action={
              <ButtonLink to="/me/profile" variant="primary">
                {t('pages.candidate.matches.noProfileAction')}
              </ButtonLink>
            }
          >
            <p>{t('pages.candidate.matches.noProfileText')}</p>
          </EmptyState>
        ) : (
          <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
        )
      ) : (
        <>
          {elsewhereId &&
            (applyTo === elsewhereId || applied[elsewhereId]) &&
            !matches.data.items.some((m) => m.jobOffer.id === elsewhereId) && (
              <ApplyElsewhere offerId={elsewhereId} applied={applied[elsewhereId]} onApplied={markApplied} onClose={closeApply} />
            )}
          {matches.data.items.length === 0 ? (
            <EmptyState
              title={t('pages.candidate.matches.emptyTitle')}
              action={<ButtonLink to="/me/profile">{t('pages.candidate.matches.editProfile')}</ButtonLink>}
            >
              <p>{t('pages.candidate.matches.emptyText')}</p>
            </EmptyState>
          ) : (
            <ol className="tb-matches" aria-label={t('pages.candidate.matches.listLabel')}>
              {matches.data.items.map((match) => (
                <li key={match.jobOffer.id}>
                  <MatchCard
                    match={match}
                    applied={applied[match.jobOffer.id]}
                    startOpen={applyTo === match.jobOffer.id}
                    onApplied={markApplied}
                    onClose={closeApply}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Page>
  );
}

interface MatchCardProps {
  match: OfferMatch;
  applied: Applied | undefined;
  startOpen: boolean;
  onApplied: (offerId: string, state: Applied) => void;
  onClose: () => void;
}

function MatchCard({ match, applied, startOpen, onApplied, onClose }: MatchCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const offer = match.jobOffer;
  const explained = useMemo(() => explainMatch(match.explanation, t, format.locale), [match.explanation, t, format.locale]);
  const why = explained.factors.filter((f) => f.factor !== 'workPermit');

  return (
    <article className="kern-card tb-match" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <header className="tb-match__header">
          <h2 id={titleId} className="kern-title">
            <Link to={`/jobs/${offer.id}`} className="kern-link">
              {offer.title}
            </Link>
          </h2>
          <p className="kern-body tb-match__meta">
            {offer.employer.name} · {offer.city}
          </p>
          <p className="kern-body tb-match__score">
            <span>{t('pages.candidate.matches.scoreLabel')}: </span>
            <strong>{t('pages.candidate.matches.score', { score: format.number(match.score, { maximumFractionDigits: 1 }) })}</strong>
          </p>
        </header>

        <h3 className="kern-heading-small">{t('pages.candidate.matches.whyTitle')}</h3>
        <ul className="kern-list tb-match__why">
          {why.flatMap((factor) => factor.sentences.map((sentence) => <li key={`${factor.factor}-${sentence}`}>{sentence}</li>))}
        </ul>

        <VisaSection visa={explained.visa} />

        <h3 className="kern-heading-small">{t('pages.candidate.matches.breakdownTitle')}</h3>
        <ul className="tb-factors">
          {explained.factors.map((factor) => (
            <FactorMeter key={factor.factor} factor={factor} />
          ))}
        </ul>

        <ApplySection
          offerId={offer.id}
          offerTitle={offer.title}
          employer={offer.employer.name}
          applied={applied}
          startOpen={startOpen}
          onApplied={onApplied}
          onClose={onClose}
        />
      </div>
    </article>
  );
}

function VisaSection({ visa }: { visa: MatchSentences['visa'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="kern-heading-small">{t('pages.candidate.matches.visaTitle')}</h3>
      <p className="kern-body">
        <strong>{visa.sentence}.</strong> {visa.hint}
      </p>
      {visa.changeOfPurpose && <p className="kern-body">{visa.changeOfPurpose}</p>}
      <p className="kern-body">
        {t('pages.candidate.matches.visaRoute')} <span lang="en">{visa.route}</span>
      </p>
      {visa.openQuestions.length > 0 && (
        <>
          <p className="kern-body">{t('pages.candidate.matches.openQuestions')}</p>
          <ul className="kern-list" lang="en">
            {visa.openQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      )}
      {visa.recognition && (
        <>
          <h4 className="kern-heading-small">{t('pages.candidate.matches.recognitionTitle')}</h4>
          <p className="kern-body" lang="en">
            {visa.recognition}
          </p>
        </>
      )}
      <p className="kern-body kern-hint">{t('pages.candidate.matches.visaDisclaimer')}</p>
    </>
  );
}

/** One factor's points as a labelled meter: the caption carries the numbers, the bar only repeats them. */
function FactorMeter({ factor }: { factor: FactorExplanation }) {
  const labelId = useId();
  const percent = factor.weight > 0 ? Math.min(100, (factor.share / factor.weight) * 100) : 0;
  return (
    <li className="tb-factor">
      <span id={labelId} className="tb-factor__label">
        {factor.points}
      </span>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={factor.weight}
        aria-valuenow={factor.share}
        aria-valuetext={factor.points}
        className="tb-factor__meter"
      >
        <div className="tb-factor__bar" style={{ width: `${percent}%` }} />
      </div>
    </li>
  );
}

interface ApplySectionProps {
  offerId: string;
  offerTitle: string;
  employer: string;
  applied: Applied | undefined;
  startOpen: boolean;
  onApplied: (offerId: string, state: Applied) => void;
  onClose: () => void;
}

/** "Apply" opens a form in place (a disclosure): message, what applying shares, send. */
function ApplySection({ offerId, offerTitle, employer, applied, startOpen, onApplied, onClose }: ApplySectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(startOpen);
  const formId = useId();
  const region = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (startOpen) {
      setOpen(true);
      region.current?.scrollIntoView({ block: 'start' });
    }
  }, [startOpen]);

  const apply = useMutation({
    mutationFn: (message: string) =>
      unwrap(api.POST('/api/v1/job-offers/{id}/applications', { params: { path: { id: offerId } }, body: { message } })),
    onSuccess: (application) => {
      onApplied(offerId, { kind: 'applied', application });
      setOpen(false);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) {
        onApplied(offerId, { kind: 'already' });
        setOpen(false);
        onClose();
      }
    },
  });

  useEffect(() => {
    if (applied) status.current?.focus();
  }, [applied]);

  if (applied) {
    return (
      <div className="kern-alert kern-alert--success tb-match__applied" role="status">
        <div className="kern-alert__body">
          <p ref={status} tabIndex={-1} className="kern-body">
            <strong>{t('pages.candidate.matches.appliedBadge')}</strong>
            {' — '}
            {applied.kind === 'applied'
              ? `${t('pages.candidate.matches.applied', { employer })} (${format.dateTime(applied.application.createdAt)})`
              : t('pages.candidate.matches.alreadyApplied')}
          </p>
        </div>
      </div>
    );
  }

  return (
    <div ref={region} className="tb-apply">
      <Button
        variant={open ? 'secondary' : 'primary'}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={t('pages.candidate.matches.applyFor', { title: offerTitle })}
        onPress={() => {
          setOpen(!open);
          if (open) onClose();
        }}
      >
        {t('pages.candidate.matches.apply')}
      </Button>
      {open && (
        <div id={formId} className="tb-apply__form">
          <h3 className="kern-heading-small">{t('pages.candidate.matches.applyTitle')}</h3>
          <p className="kern-body">{t('pages.candidate.matches.applyPrivacy', { employer })}</p>
          <Form
            error={isApiError(apply.error) && apply.error.status === 409 ? undefined : apply.error}
            onSubmit={(data) => apply.mutate(String(data.get('message') ?? ''))}
          >
            <TextArea
              name="message"
              label={t('pages.candidate.matches.messageLabel')}
              description={t('pages.candidate.matches.messageDescription')}
              isRequired
              maxLength={2000}
              autoFocus
            />
            <div className="tb-apply__actions">
              <Button type="submit" isPending={apply.isPending}>
                {t('pages.candidate.matches.send')}
              </Button>
              <Button
                variant="tertiary"
                onPress={() => {
                  setOpen(false);
                  onClose();
                }}
              >
                {t('pages.candidate.matches.cancel')}
              </Button>
            </div>
          </Form>
        </div>
      )}
    </div>
  );
}

/** `?apply=<offerId>` for an offer that is not among my matches (e.g. from the offer page): apply to it here. */
function ApplyElsewhere({
  offerId,
  applied,
  onApplied,
  onClose,
}: {
  offerId: string;
  applied: Applied | undefined;
  onApplied: (offerId: string, state: Applied) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const offer = useQuery({
    queryKey: ['job-offers', offerId],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}', { params: { path: { id: offerId } } })),
  });
  if (offer.isPending) return <LoadingState />;
  if (offer.isError) {
    return (
      <div className="kern-alert kern-alert--warning tb-state" role="status">
        <div className="kern-alert__body">
          <p className="kern-body">{t('pages.candidate.matches.offerUnavailable')}</p>
        </div>
      </div>
    );
  }
  return (
    <section className="kern-card tb-match" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <h2 id={titleId} className="kern-title">
          <Link to={`/jobs/${offer.data.id}`} className="kern-link">
            {offer.data.title}
          </Link>
        </h2>
        <p className="kern-body tb-match__meta">
          {offer.data.employer.name} · {offer.data.city}
        </p>
        <ApplySection
          offerId={offer.data.id}
          offerTitle={offer.data.title}
          employer={offer.data.employer.name}
          applied={applied}
          startOpen
          onApplied={onApplied}
          onClose={onClose}
        />
      </div>
    </section>
  );
}
