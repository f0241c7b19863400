import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api';
import { Button, Form, Notice, Page, TextField } from '../../components';

/** "Forgot your password?": asks for the e-mail address and mails a reset link (the answer never tells whether the account exists). */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
  return (
    <Page title={t('account.forgot.title')}>
      {request.isSuccess ? (
        <Notice tone="success" title={t('account.forgot.sentTitle')}>
          <p className="kern-body">{t('account.forgot.sentText')}</p>
        </Notice>
      ) : (
        <>
          <p className="kern-body">{t('account.forgot.intro')}</p>
          <Form error={request.error} className="tb-form--narrow" onSubmit={(data) => request.mutate(String(data.get('email') ?? ''))}>
            <TextField name="email" type="email" autoComplete="email" label={t('auth.email')} isRequired />
            <Button type="submit" isPending={request.isPending}>
              {t('account.forgot.submit')}
            </Button>
          </Form>
        </>
      )}
      <p className="kern-body tb-aside">
        <Link className="kern-link" to="/sign-in">
          {t('account.forgot.backToSignIn')}
        </Link>
      </p>
    </Page>
  );
}
