import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AccountLanguage, ApiError, unwrap, type User } from '../../api';
import { ME_QUERY_KEY, useAuth } from '../../auth/AuthProvider';
import { tokenStore } from '../../auth/token-store';
import { Button, Checkbox, Form, LoadingState, Notice, Page, Select, TextField } from '../../components';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password-rules';
import { ResendVerificationButton } from './ResendVerificationButton';

/** The account of every role: the e-mail address and its confirmation, the mails (language, on/off), the password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.user) return <LoadingState />;
  return (
    <Page title={t('account.title')}>
      <EmailSection user={auth.user} />
      <MailSection user={auth.user} />
      <PasswordSection />
    </Page>
  );
}

function EmailSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="tb-profile-section">
      <h2 id={heading} className="kern-heading-medium">
        {t('account.email.title')}
      </h2>
      <p className="kern-body">
        <strong>{user.email}</strong>
      </p>
      <p className="kern-body">{user.emailVerified ? t('account.email.verified') : t('account.email.notVerified')}</p>
      {!user.emailVerified && <ResendVerificationButton />}
    </section>
  );
}

function MailSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useId();
  const [language, setLanguage] = useState<AccountLanguage>(user.language);
  const [mailed, setMailed] = useState(user.notifications.email);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/auth/me', { body: { language, notifications: { email: mailed } } })),
    onSuccess: (updated) => queryClient.setQueryData(ME_QUERY_KEY, updated),
  });
  return (
    <section aria-labelledby={heading} className="tb-profile-section">
      <h2 id={heading} className="kern-heading-medium">
        {t('account.mail.title')}
      </h2>
      <Form error={save.error} className="tb-form--narrow" onSubmit={() => save.mutate()}>
        <Select<AccountLanguage>
          name="language"
          label={t('account.mail.language')}
          description={t('account.mail.languageHint')}
          options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
          value={language}
          onChange={(value) => value && setLanguage(value)}
        />
        <Checkbox
          name="notifications.email"
          label={t('account.mail.notifications')}
          description={t('account.mail.notificationsHint')}
          isSelected={mailed}
          onChange={setMailed}
        />
        <Button type="submit" isPending={save.isPending}>
          {t('account.mail.save')}
        </Button>
        <p className="kern-body" role="status">
          {save.isSuccess ? t('account.mail.saved') : ''}
        </p>
      </Form>
    </section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const heading = useId();
  const [mismatch, setMismatch] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => unwrap(api.POST('/api/v1/auth/password', { body })),
    // This session goes on with the new token; every other one has ended.
    onSuccess: (answer) => {
      tokenStore.set(answer.accessToken);
      setFormKey((key) => key + 1);
    },
  });
  const error = mismatch ? new ApiError(400, 'client.password_mismatch', [], { repeat: [t('account.password.mismatch')] }) : change.error;
  return (
    <section aria-labelledby={heading} className="tb-profile-section">
      <h2 id={heading} className="kern-heading-medium">
        {t('account.password.title')}
      </h2>
      {change.isSuccess && (
        <Notice tone="success" headingLevel={3} title={t('account.password.changed')}>
          <p className="kern-body">{t('account.password.changedText')}</p>
        </Notice>
      )}
      <Form
        key={formKey}
        error={error}
        className="tb-form--narrow"
        onSubmit={(data) => {
          const newPassword = String(data.get('newPassword') ?? '');
          const same = newPassword === String(data.get('repeat') ?? '');
          setMismatch(!same);
          if (same) change.mutate({ currentPassword: String(data.get('currentPassword') ?? ''), newPassword });
        }}
      >
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('account.password.current')}
          isRequired
        />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t('account.password.new')}
          description={t('auth.signUp.passwordHint')}
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          isRequired
        />
        <TextField name="repeat" type="password" autoComplete="new-password" label={t('account.password.repeat')} isRequired />
        <Button type="submit" isPending={change.isPending}>
          {t('account.password.submit')}
        </Button>
      </Form>
    </section>
  );
}
