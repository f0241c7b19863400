import { useMutation, useQueryClient, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type components } from '../../api';
import { Button, ButtonLink, EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';

type Invitation = components['schemas']['CandidateInvitationView'];
type Answer = 'accept' | 'decline';

/** Newest first; a candidate gets few invitations, so one page of the most the API gives is all of them in practice. */
const INVITATION_LIMIT = 100;
const QUERY_KEY = ['candidates', 'me', 'invitations'] as const;

/** Invitations from employers: accept (shares my contact data with that employer only) or decline. */
export default function InvitationsPage() {
  const { t } = useTranslation();
  const invitations = useQuery({
    queryKey: QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/candidates/me/invitations', { params: { query: { limit: INVITATION_LIMIT } } })),
  });

  return (
    <Page title={t('pages.candidate.invitations.title')}>
      <p className="kern-body">{t('pages.candidate.invitations.intro')}</p>
      <p className="kern-body">{t('pages.candidate.invitations.privacy')}</p>
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState
          title={t('pages.candidate.invitations.emptyTitle')}
          action={<ButtonLink to="/me/profile">{t('pages.candidate.matches.editProfile')}</ButtonLink>}
        >
          <p>{t('pages.candidate.invitations.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="tb-invitations" aria-label={t('pages.candidate.invitations.listLabel')}>
          {invitations.data.items.map((invitation) => (
            <li key={invitation.id}>
              <InvitationCard invitation={invitation} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function InvitationCard({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const titleId = useId();
  const messageId = useId();
  const notice = useRef<HTMLParagraphElement>(null);
  const [justAnswered, setJustAnswered] = useState<Invitation['status'] | null>(null);

  const answer = useMutation({
    mutationFn: (how: Answer) =>
      unwrap(
        how === 'accept'
          ? api.POST('/api/v1/invitations/{id}/accept', { params: { path: { id: invitation.id } } })
          : api.POST('/api/v1/invitations/{id}/decline', { params: { path: { id: invitation.id } } }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(QUERY_KEY, (old: { items: Invitation[] } | undefined) =>
        old ? { ...old, items: old.items.map((item) => (item.id === updated.id ? updated : item)) } : old,
      );
      setJustAnswered(updated.status);
    },
    // 409: answered meanwhile (another tab): show what it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: QUERY_KEY }),
  });

  useEffect(() => {
    if (justAnswered) notice.current?.focus();
  }, [justAnswered]);

  const employer = invitation.employer.name;
  const offerPublished = invitation.offer.status === 'published';

  return (
    <article className="kern-card tb-invitation" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <h2 id={titleId} className="kern-title">
          {offerPublished ? (
            <Link to={`/jobs/${invitation.offer.id}`} className="kern-link">
              {invitation.offer.title}
            </Link>
          ) : (
            invitation.offer.title
          )}
        </h2>
        <p className="kern-body tb-invitation__meta">
          {t('pages.candidate.invitations.from', { employer })} ·{' '}
          {t('pages.candidate.invitations.received', { date: format.date(invitation.createdAt) })}
        </p>
        {!offerPublished && <p className="kern-body kern-hint">{t('pages.candidate.invitations.offerClosed')}</p>}
        <h3 id={messageId} className="kern-heading-small">
          {t('pages.candidate.invitations.messageLabel')}
        </h3>
        <blockquote className="kern-body tb-invitation__message" aria-labelledby={messageId}>
          {invitation.message}
        </blockquote>
        <p className="kern-body">
          <span>{t('pages.candidate.invitations.statusLabel')}: </span>
          <strong>{t(`pages.candidate.invitations.status.${invitation.status}`)}</strong>
          {invitation.respondedAt && <> · {t('pages.candidate.invitations.answered', { date: format.date(invitation.respondedAt) })}</>}
        </p>
        {justAnswered && (
          <div className="kern-alert kern-alert--success" role="status">
            <div className="kern-alert__body">
              <p ref={notice} tabIndex={-1} className="kern-body">
                {justAnswered === 'accepted'
                  ? t('pages.candidate.invitations.acceptedNotice', { employer })
                  : t('pages.candidate.invitations.declinedNotice', { employer })}
              </p>
            </div>
          </div>
        )}
        {answer.isError && <ErrorState error={answer.error} headingLevel={3} />}
        {invitation.status === 'pending' && (
          <div className="tb-invitation__actions">
            <Button
              isPending={answer.isPending && answer.variables === 'accept'}
              aria-describedby={titleId}
              onPress={() => answer.mutate('accept')}
            >
              {t('pages.candidate.invitations.accept')}
            </Button>
            <Button
              variant="secondary"
              isPending={answer.isPending && answer.variables === 'decline'}
              aria-describedby={titleId}
              onPress={() => answer.mutate('decline')}
            >
              {t('pages.candidate.invitations.decline')}
            </Button>
          </div>
        )}
      </div>
    </article>
  );
}
