import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api';
import { useAuth } from '../../auth/AuthProvider';
import { HOME_OF_ROLE, safeNext } from '../../auth/roles';
import { Button, Form, Notice, Page, TextField } from '../../components';

export default function SignInPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signIn = useMutation({
    mutationFn: auth.signIn,
    onSuccess: (user) => void navigate(next ?? HOME_OF_ROLE[user.role], { replace: true }),
  });
  if (auth.user && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next ?? HOME_OF_ROLE[auth.user.role]} replace />;
  // Wrong credentials are one answer for both fields: say so at the password, never which one was wrong.
  const error =
    isApiError(signIn.error) && signIn.error.status === 401
      ? signIn.error.withFieldError('password', t('auth.signIn.wrongCredentials'))
      : signIn.error;

  return (
    <Page title={t('auth.signIn.title')}>
      {params.get('reset') === 'done' && (
        <Notice tone="success" title={t('account.reset.doneTitle')}>
          <p className="kern-body">{t('account.reset.doneText')}</p>
        </Notice>
      )}
      <p className="kern-body">{t('auth.signIn.intro')}</p>
      <Form
        error={error}
        className="tb-form--narrow"
        onSubmit={(data) => signIn.mutate({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') })}
      >
        <TextField name="email" type="email" autoComplete="email" label={t('auth.email')} isRequired />
        <TextField name="password" type="password" autoComplete="current-password" label={t('auth.password')} isRequired />
        <Button type="submit" isPending={signIn.isPending}>
          {t('auth.signIn.submit')}
        </Button>
      </Form>
      <p className="kern-body tb-aside">
        <Link className="kern-link" to="/forgot-password">
          {t('account.forgot.link')}
        </Link>
      </p>
      <p className="kern-body tb-aside">
        {t('auth.signIn.noAccount')}{' '}
        <Link className="kern-link" to={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
          {t('auth.signIn.createAccount')}
        </Link>
      </p>
    </Page>
  );
}
