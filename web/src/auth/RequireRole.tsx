import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api';
import { LoadingState, Page } from '../components';
import { useAuth } from './AuthProvider';

/**
 * Guards the routes below it (a layout route): anonymous visitors go to sign-in (and come back after),
 * signed-in users of another role get a plain explanation. The API checks again: this is for people.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.user) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(auth.user.role)) {
    return (
      <Page title={t('auth.wrongRole.title')}>
        <p className="kern-body">{t('auth.wrongRole.text', { roles: roles.map((role) => t(`roles.${role}`)).join(', ') })}</p>
      </Page>
    );
  }
  return <Outlet />;
}
