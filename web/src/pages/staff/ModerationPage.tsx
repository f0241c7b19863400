import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type components } from '../../api';
import { Button, EmptyState, ErrorState, Form, LoadingState, Page, Select, TextArea, TextField } from '../../components';
import { useFormat } from '../../format/useFormat';

type QueuedJobOffer = components['schemas']['QueuedJobOffer'];
type QueuedEmployer = components['schemas']['QueuedEmployer'];
type QueueType = 'job_offer' | 'employer';
type Filter = 'all' | QueueType;

const EXCERPT = 240;

/** Says what was decided after the item has left the queue (a live region that stays on the page). */
const AnnounceContext = createContext<(text: string) => void>(() => undefined);
const useAnnounce = () => useContext(AnnounceContext);

/** The moderation queue: organisations waiting for verification and offers in review, oldest first. */
export default function ModerationPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const queue = useQuery({
    queryKey: ['moderation', 'queue', filter, page],
    queryFn: () =>
      unwrap(api.GET('/api/v1/moderation/queue', { params: { query: { page, ...(filter === 'all' ? {} : { type: filter }) } } })),
  });

  const [announcement, setAnnouncement] = useState('');

  return (
    <Page title={t('pages.staff.moderation.title')}>
      <p className="kern-body">{t('pages.staff.moderation.intro')}</p>
      <div role="status">{announcement ? <p className="kern-body tb-status">{announcement}</p> : null}</div>
      <div className="tb-form tb-form--narrow">
        <Select<Filter>
          name="type"
          label={t('pages.staff.moderation.filter')}
          value={filter}
          onChange={(value) => {
            setFilter(value ?? 'all');
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('pages.staff.moderation.filterAll') },
            { value: 'employer', label: t('pages.staff.moderation.filterEmployer') },
            { value: 'job_offer', label: t('pages.staff.moderation.filterOffer') },
          ]}
        />
      </div>
      <h2 className="kern-heading-medium">{t('pages.staff.moderation.queueHeading')}</h2>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title={t('pages.staff.moderation.empty')} headingLevel={3} />
      ) : (
        <>
          <p className="kern-body" aria-live="polite">
            {t('pages.staff.moderation.count', { count: queue.data.total })}
          </p>
          <AnnounceContext.Provider value={setAnnouncement}>
            <ul className="tb-queue">
              {queue.data.items.map((item) => (
                <li key={`${item.type}-${item.id}`} className="tb-queue__item">
                  {item.type === 'employer' ? <EmployerItem item={item} /> : <OfferItem item={item as QueuedJobOffer} />}
                </li>
              ))}
            </ul>
          </AnnounceContext.Provider>
          {queue.data.total > queue.data.limit * queue.data.page || page > 1 ? (
            <nav aria-label={t('pages.staff.moderation.pages')} className="tb-pager">
              <Button variant="secondary" isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
                {t('pages.staff.moderation.previous')}
              </Button>
              <Button variant="secondary" isDisabled={queue.data.total <= queue.data.limit * page} onPress={() => setPage(page + 1)}>
                {t('pages.staff.moderation.next')}
              </Button>
            </nav>
          ) : null}
        </>
      )}
      <CandidateDecision />
    </Page>
  );
}

function EmployerItem({ item }: { item: QueuedEmployer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `employer-${item.id}`;
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="kern-heading-small">
        {t('pages.staff.moderation.employerHeading', { name: item.name })}
      </h3>
      <dl className="tb-facts">
        <dt>{t('pages.staff.moderation.registrationNumber')}</dt>
        <dd>{item.registrationNumber ?? t('pages.staff.moderation.none')}</dd>
        <dt>{t('pages.staff.moderation.website')}</dt>
        <dd>
          {item.website ? (
            <a className="kern-link tb-break" href={item.website} target="_blank" rel="noopener noreferrer">
              {item.website}
            </a>
          ) : (
            t('pages.staff.moderation.none')
          )}
        </dd>
        <dt>{t('pages.staff.moderation.city')}</dt>
        <dd>{item.city}</dd>
        <dt>{t('pages.staff.moderation.industry')}</dt>
        <dd>{item.industry}</dd>
        <dt>{t('pages.staff.moderation.accountEmail')}</dt>
        <dd>{item.emailVerified ? t('pages.staff.moderation.emailVerified') : t('pages.staff.moderation.emailNotVerified')}</dd>
        <dt>{t('pages.staff.moderation.submitted')}</dt>
        <dd>{format.dateTime(item.submittedAt)}</dd>
      </dl>
      <Decision kind="employer" id={item.id} name={item.name} />
    </article>
  );
}

function OfferItem({ item }: { item: QueuedJobOffer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `offer-${item.id}`;
  const details = useQuery({
    queryKey: ['job-offers', item.id],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}', { params: { path: { id: item.id } } })),
  });
  const description = details.data?.description ?? '';
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="kern-heading-small">
        {t('pages.staff.moderation.offerHeading', { title: item.title })}
      </h3>
      <dl className="tb-facts">
        <dt>{t('pages.staff.moderation.employer')}</dt>
        <dd>
          {item.employer.name}
          {item.employer.verificationStatus !== 'verified' ? ` (${t('pages.staff.moderation.employerNotVerified')})` : ''}
        </dd>
        <dt>{t('pages.staff.moderation.occupation')}</dt>
        <dd>{item.occupation.label}</dd>
        <dt>{t('pages.staff.moderation.city')}</dt>
        <dd>{item.city}</dd>
        <dt>{t('pages.staff.moderation.salary')}</dt>
        <dd>{details.data ? format.salary(details.data.salary) : '…'}</dd>
        <dt>{t('pages.staff.moderation.submitted')}</dt>
        <dd>{format.dateTime(item.submittedAt)}</dd>
      </dl>
      {details.isError ? (
        <ErrorState error={details.error} onRetry={() => void details.refetch()} headingLevel={3} />
      ) : details.data ? (
        <p className="kern-body tb-break">{description.length > EXCERPT ? `${description.slice(0, EXCERPT).trimEnd()} …` : description}</p>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={`/jobs/${item.id}`}>
          {t('pages.staff.moderation.offerDetails', { title: item.title })}
        </Link>
      </p>
      <Decision kind="job_offer" id={item.id} name={item.title} />
    </article>
  );
}

/** Approve (verify) or reject one queue item; rejecting needs a reason, which the API checks and names. */
function Decision({ kind, id, name }: { kind: QueueType; id: string; name: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: async ({ decision, reason }: { decision: 'approve' | 'reject'; reason: string }) => {
      const body = reason ? { reason } : {};
      if (kind === 'employer')
        return unwrap(
          api.POST('/api/v1/moderation/employers/{id}/decision', {
            params: { path: { id } },
            body: { decision: decision === 'approve' ? 'verify' : 'reject', ...body },
          }),
        );
      return unwrap(api.POST('/api/v1/moderation/job-offers/{id}/decision', { params: { path: { id } }, body: { decision, ...body } }));
    },
    onSuccess: (_, { decision }) => {
      announce(t(decision === 'approve' ? 'pages.staff.moderation.approvedAnnounce' : 'pages.staff.moderation.rejectedAnnounce', { name }));
      void client.invalidateQueries({ queryKey: ['moderation'] });
    },
  });
  const approveLabel = kind === 'employer' ? t('pages.staff.moderation.verify') : t('pages.staff.moderation.approve');
  return (
    <Form
      error={decide.error}
      aria-label={t('pages.staff.moderation.decisionFor', { name })}
      onSubmit={() => decide.mutate({ decision: 'approve', reason: reason.trim() })}
    >
      <TextArea
        name="reason"
        rows={3}
        value={reason}
        onChange={setReason}
        label={t('pages.staff.moderation.reason')}
        description={t('pages.staff.moderation.reasonHelp')}
      />
      <div className="tb-actions">
        <Button type="submit" isPending={decide.isPending && decide.variables?.decision === 'approve'}>
          {approveLabel}
        </Button>
        <Button
          variant="secondary"
          onPress={() => decide.mutate({ decision: 'reject', reason: reason.trim() })}
          isPending={decide.isPending && decide.variables?.decision === 'reject'}
        >
          {t('pages.staff.moderation.reject')}
        </Button>
      </div>
    </Form>
  );
}

/** Hide a candidate profile from search, or restore it, by its id (from the audit log or a report). */
function CandidateDecision() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [done, setDone] = useState('');
  const decide = useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: 'hide' | 'restore'; reason: string }) =>
      unwrap(
        api.POST('/api/v1/moderation/candidates/{id}/decision', {
          params: { path: { id } },
          body: { decision, reason },
        }),
      ),
    onSuccess: (_, { decision }) =>
      setDone(t(decision === 'hide' ? 'pages.staff.moderation.candidateHidden' : 'pages.staff.moderation.candidateRestored')),
  });
  const [decision, setDecision] = useState<'hide' | 'restore'>('hide');
  return (
    <section aria-labelledby="candidate-decision">
      <h2 id="candidate-decision" className="kern-heading-medium">
        {t('pages.staff.moderation.candidateHeading')}
      </h2>
      <p className="kern-body">{t('pages.staff.moderation.candidateIntro')}</p>
      <Form
        error={decide.error}
        className="tb-form--narrow"
        onSubmit={(data) => {
          setDone('');
          decide.mutate({ id: String(data.get('id') ?? '').trim(), decision, reason: String(data.get('reason') ?? '').trim() });
        }}
      >
        <TextField
          name="id"
          defaultValue={params.get('candidate') ?? ''}
          label={t('pages.staff.moderation.candidateId')}
          description={t('pages.staff.moderation.candidateIdHelp')}
          isRequired
        />
        <Select<'hide' | 'restore'>
          name="decision"
          label={t('pages.staff.moderation.candidateDecision')}
          value={decision}
          onChange={(value) => setDecision(value ?? 'hide')}
          options={[
            { value: 'hide', label: t('pages.staff.moderation.hide') },
            { value: 'restore', label: t('pages.staff.moderation.restore') },
          ]}
        />
        <TextArea name="reason" rows={3} label={t('pages.staff.moderation.reason')} isRequired />
        <Button type="submit" isPending={decide.isPending}>
          {t('pages.staff.moderation.candidateSubmit')}
        </Button>
      </Form>
      <div role="status">{done ? <p className="kern-body">{done}</p> : null}</div>
    </section>
  );
}
