import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError, unwrap } from '../../api';
import { ME_QUERY_KEY, useAuth } from '../../auth/AuthProvider';
import { ErrorState, LoadingState, Notice, Page } from '../../components';
import { ResendVerificationButton } from '../account/ResendVerificationButton';

/** Where the link of the verification mail leads: it confirms the address at once (the token works once). */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useMutation({
    mutationFn: (value: string) => unwrap(api.POST('/api/v1/auth/verify-email', { body: { token: value } })),
    // The session's own GET /auth/me may still be in flight from page load, having read the address as unconfirmed:
    // an initial fetch without data is reused rather than cancelled by invalidate, so cancel it first. The page says
    // "confirmed" only once the fresh user is in, so the account page behind the link shows it too.
    onSuccess: async () => {
      await queryClient.cancelQueries({ queryKey: ME_QUERY_KEY });
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
  // Once per token: React's development double effects must not spend the single-use token twice.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    verify.mutate(token);
  }, [token, verify]);

  const expired = !token || (isApiError(verify.error) && verify.error.status === 400);
  return (
    <Page title={t('account.verify.title')}>
      {verify.isSuccess ? (
        <Notice tone="success" title={t('account.verify.done')}>
          <p className="kern-body">{t('account.verify.doneText')}</p>
          <p className="kern-body">
            <Link className="kern-link" to={auth.user ? '/account' : '/sign-in'}>
              {auth.user ? t('account.verify.toAccount') : t('account.verify.toSignIn')}
            </Link>
          </p>
        </Notice>
      ) : expired ? (
        <div className="kern-alert kern-alert--warning tb-state" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title">{t('account.verify.expired')}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{auth.user ? t('account.verify.expiredSignedIn') : t('account.verify.expiredText')}</p>
            {auth.user ? (
              <ResendVerificationButton />
            ) : (
              <p className="kern-body">
                <Link className="kern-link" to="/sign-in?next=%2Faccount">
                  {t('account.verify.toSignIn')}
                </Link>
              </p>
            )}
          </div>
        </div>
      ) : verify.isError ? (
        <ErrorState error={verify.error} onRetry={() => verify.mutate(token)} />
      ) : (
        <LoadingState label={t('account.verify.checking')} />
      )}
    </Page>
  );
}
