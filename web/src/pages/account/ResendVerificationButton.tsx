import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';
import { Button, FormError } from '../../components';

/** "Send the link again": a new verification mail to the signed-in account. */
export function ResendVerificationButton() {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/auth/verify-email/resend')) });
  return (
    <div>
      <Button variant="secondary" isPending={resend.isPending} onPress={() => resend.mutate()}>
        {t('account.email.resend')}
      </Button>
      <p className="kern-body" role="status">
        {resend.isSuccess ? t('account.email.resent') : ''}
      </p>
      {resend.isError && <FormError error={resend.error} />}
    </div>
  );
}
