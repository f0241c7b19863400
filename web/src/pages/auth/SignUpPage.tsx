import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError, type SelfRegisterableRole } from '../../api';
import { useAuth } from '../../auth/AuthProvider';
import { FIRST_STEP_OF_ROLE, HOME_OF_ROLE, safeNext } from '../../auth/roles';
import { Button, Form, Page, RadioGroup, TextField } from '../../components';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

export default function SignUpPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [role, setRole] = useState<SelfRegisterableRole | null>(params.get('role') === 'employer' ? 'employer' : null);
  const signUp = useMutation({
    mutationFn: auth.signUp,
    onSuccess: (user) =>
      void navigate(next ?? (user.role === 'staff' ? HOME_OF_ROLE.staff : FIRST_STEP_OF_ROLE[user.role]), { replace: true }),
  });
  if (auth.user && !signUp.isPending && !signUp.isSuccess) return <Navigate to={HOME_OF_ROLE[auth.user.role]} replace />;
  const error =
    isApiError(signUp.error) && signUp.error.status === 409
      ? signUp.error.withFieldError('email', t('auth.signUp.emailTaken'))
      : signUp.error;

  return (
    <Page title={t('auth.signUp.title')}>
      <p className="kern-body">{t('auth.signUp.intro')}</p>
      <Form
        error={error}
        className="tb-form--narrow"
        onSubmit={(data) =>
          signUp.mutate({
            email: String(data.get('email') ?? ''),
            password: String(data.get('password') ?? ''),
            // An unchosen role is sent as such: the API answers which field is missing, in one place.
            role: (role ?? '') as SelfRegisterableRole,
          })
        }
      >
        <RadioGroup<SelfRegisterableRole>
          name="role"
          label={t('auth.signUp.role')}
          value={role}
          onChange={setRole}
          isRequired
          options={[
            { value: 'candidate', label: t('auth.signUp.roleCandidate'), description: t('auth.signUp.roleCandidateHint') },
            { value: 'employer', label: t('auth.signUp.roleEmployer'), description: t('auth.signUp.roleEmployerHint') },
          ]}
        />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t('auth.email')}
          description={t('auth.signUp.emailHint')}
          isRequired
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('auth.password')}
          description={t('auth.signUp.passwordHint')}
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          isRequired
        />
        <Button type="submit" isPending={signUp.isPending}>
          {t('auth.signUp.submit')}
        </Button>
      </Form>
      <p className="kern-body tb-aside">
        {t('auth.signUp.haveAccount')}{' '}
        <Link className="kern-link" to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>
          {t('auth.signUp.signInInstead')}
        </Link>
      </p>
    </Page>
  );
}
