import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, isApiError, unwrap } from '../../api';
import { Button, Form, Page, TextField } from '../../components';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

/** Where the link of the reset mail leads: a new password, twice; afterwards every earlier sign-in has ended. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } })),
    onSuccess: () => void navigate('/sign-in?reset=done', { replace: true }),
  });
  const expired = !token || (isApiError(reset.error) && reset.error.code === 'auth.link_invalid');
  if (expired) {
    return (
      <Page title={t('account.reset.title')}>
        <div className="kern-alert kern-alert--warning tb-state" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title">{t('account.reset.expired')}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('account.reset.expiredText')}</p>
            <p className="kern-body">
              <Link className="kern-link" to="/forgot-password">
                {t('account.reset.askAgain')}
              </Link>
            </p>
          </div>
        </div>
      </Page>
    );
  }
  const error = mismatch ? new ApiError(400, 'client.password_mismatch', [], { repeat: [t('account.password.mismatch')] }) : reset.error;
  return (
    <Page title={t('account.reset.title')}>
      <p className="kern-body">{t('account.reset.intro')}</p>
      <Form
        error={error}
        className="tb-form--narrow"
        onSubmit={(data) => {
          const password = String(data.get('password') ?? '');
          const same = password === String(data.get('repeat') ?? '');
          setMismatch(!same);
          if (same) reset.mutate(password);
        }}
      >
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('account.password.new')}
          description={t('auth.signUp.passwordHint')}
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          isRequired
        />
        <TextField name="repeat" type="password" autoComplete="new-password" label={t('account.password.repeat')} isRequired />
        <Button type="submit" isPending={reset.isPending}>
          {t('account.reset.submit')}
        </Button>
      </Form>
    </Page>
  );
}
