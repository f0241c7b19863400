import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError, unwrap, type components } from '../../api';
import { Button, EmptyState, Form, LoadingState, Select, TextArea } from '../../components';
import './employer-candidates.css';

export type CandidateView = components['schemas']['CandidateEmployerView'];
type Language = components['schemas']['LanguageView'];

export const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
/** Languages offered in the language filter (ISO 639-1). */
export const LANGUAGE_CODES = ['de', 'en', 'pl', 'cs', 'uk', 'ru', 'vi', 'ar', 'es', 'fr', 'it', 'tr', 'hi', 'zh'] as const;

/** 'de' → 'German' / 'Deutsch' in the reader's language. */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (code: string) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** 'PL' → 'Poland' in the reader's language. */
export function useCountryName() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (code: string | null) => {
    if (!code) return '';
    try {
      return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

export function useListFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (items: readonly string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** "German C1, English B2" as a list. */
export function LanguageLevels({ languages, label }: { languages: readonly Language[]; label: string }) {
  const languageName = useLanguageName();
  if (languages.length === 0) return null;
  return (
    <ul className="tb-tags" aria-label={label}>
      {languages.map((l) => (
        <li key={l.code} className="tb-tag">
          {languageName(l.code)} {l.level}
        </li>
      ))}
    </ul>
  );
}

/** True for the API's answer to an employer who is not verified yet. */
export function isNotVerified(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code === 'employer.not_verified';
}

/** The plain explanation for an unverified employer, with the way to the organisation page. */
export function NotVerified() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('pages.employer.candidates.notVerifiedTitle')}
      action={
        <Link className="kern-link" to="/employer/organisation">
          {t('pages.employer.candidates.notVerifiedLink')}
        </Link>
      }
    >
      <p>{t('pages.employer.candidates.notVerifiedText')}</p>
    </EmptyState>
  );
}

export interface InviteProps {
  candidateId: string;
  candidateName: string;
  /** The offer when opened from its matches; otherwise the employer picks one of their published offers. */
  offerId?: string;
}

/**
 * "Invite" as an inline disclosure: the button opens a form (offer, message) right below it;
 * POST /api/v1/job-offers/{id}/invitations. A 409 invitation.already_invited reads "Already invited".
 */
export function InviteDisclosure({ candidateId, candidateName, offerId }: InviteProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<'sent' | 'already' | null>(null);
  const regionId = useId();
  return (
    <div className="tb-invite">
      {result ? (
        <p className={`kern-alert kern-alert--${result === 'sent' ? 'success' : 'info'} tb-invite__result`} role="status">
          <strong>
            {result === 'sent' ? t('pages.employer.invite.sent', { name: candidateName }) : t('pages.employer.invite.already')}
          </strong>
          {result === 'already' && <> — {t('pages.employer.invite.alreadyText', { name: candidateName })}</>}
        </p>
      ) : (
        <Button
          variant={open ? 'secondary' : 'primary'}
          aria-expanded={open}
          aria-controls={open ? regionId : undefined}
          aria-label={t('pages.employer.invite.openFor', { name: candidateName })}
          onPress={() => setOpen((o) => !o)}
        >
          {t('pages.employer.invite.open')}
        </Button>
      )}
      {open && !result && (
        <div id={regionId} className="tb-invite__panel">
          <InviteForm
            candidateId={candidateId}
            candidateName={candidateName}
            offerId={offerId}
            onDone={(r) => {
              setResult(r);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        </div>
      )}
    </div>
  );
}

function InviteForm({
  candidateId,
  candidateName,
  offerId,
  onDone,
  onCancel,
}: InviteProps & { onDone: (result: 'sent' | 'already') => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string | null>(offerId ?? null);
  const [message, setMessage] = useState('');
  const offers = useQuery({
    queryKey: ['job-offers', 'mine', 'published'],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/mine', { params: { query: { status: 'published', limit: 100 } } })),
    enabled: !offerId,
  });
  const invite = useMutation({
    mutationFn: (body: { offer: string; candidateId: string; message: string }) =>
      unwrap(
        api.POST('/api/v1/job-offers/{id}/invitations', {
          params: { path: { id: body.offer } },
          body: { candidateId: body.candidateId, message: body.message },
        }),
      ),
    onSuccess: (_, body) => {
      void queryClient.invalidateQueries({ queryKey: ['job-offers', body.offer, 'invitations'] });
      onDone('sent');
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'invitation.already_invited') onDone('already');
    },
  });
  if (!offerId && offers.isPending) return <LoadingState />;
  const published = offers.data?.items ?? [];
  if (!offerId && offers.isSuccess && published.length === 0) {
    return <p className="kern-body">{t('pages.employer.invite.noOffers')}</p>;
  }
  const shownError = isApiError(invite.error) && invite.error.code === 'invitation.already_invited' ? null : (invite.error ?? offers.error);
  return (
    <Form
      aria-label={t('pages.employer.invite.title', { name: candidateName })}
      error={shownError}
      onSubmit={() => chosen && invite.mutate({ offer: chosen, candidateId, message })}
    >
      <p className="kern-body">{t('pages.employer.invite.intro')}</p>
      {!offerId && (
        <Select
          name="offer"
          label={t('pages.employer.invite.offer')}
          value={chosen}
          onChange={setChosen}
          isRequired
          options={published.map((o) => ({ value: o.id, label: o.title }))}
        />
      )}
      <TextArea
        name="message"
        label={t('pages.employer.invite.message')}
        description={t('pages.employer.invite.messageHint')}
        value={message}
        onChange={setMessage}
        isRequired
        rows={4}
      />
      <div className="tb-state__action">
        <Button type="submit" isPending={invite.isPending}>
          {t('pages.employer.invite.send')}
        </Button>
        <Button variant="tertiary" onPress={onCancel}>
          {t('pages.employer.invite.cancel')}
        </Button>
      </div>
    </Form>
  );
}
