import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '../api';
import { useAuth } from '../auth/AuthProvider';
import { useSignOut } from '../auth/useSignOut';
import { Button } from '../components';
import { NotificationsLink } from './NotificationsLink';

type NavKey =
  | 'findJobs'
  | 'signIn'
  | 'signUp'
  | 'profile'
  | 'matches'
  | 'invitations'
  | 'savedSearches'
  | 'organisation'
  | 'offers'
  | 'candidates'
  | 'moderation'
  | 'auditLog'
  | 'overview';
interface NavItem {
  to: string;
  label: NavKey;
  end?: boolean;
}

/** The main navigation per role; add a role's new page here (and its route in routes.tsx). */
export const NAVIGATION: Record<Role | 'anonymous', readonly NavItem[]> = {
  anonymous: [
    { to: '/', label: 'findJobs', end: true },
    { to: '/sign-in', label: 'signIn' },
    { to: '/sign-up', label: 'signUp' },
  ],
  candidate: [
    { to: '/', label: 'findJobs', end: true },
    { to: '/me/matches', label: 'matches' },
    { to: '/me/invitations', label: 'invitations' },
    { to: '/saved-searches', label: 'savedSearches' },
    { to: '/me/profile', label: 'profile' },
  ],
  employer: [
    { to: '/employer/offers', label: 'offers' },
    { to: '/employer/candidates', label: 'candidates' },
    { to: '/saved-searches', label: 'savedSearches' },
    { to: '/employer/organisation', label: 'organisation' },
  ],
  staff: [
    { to: '/staff/moderation', label: 'moderation' },
    { to: '/staff/audit-log', label: 'auditLog' },
    { to: '/staff/overview', label: 'overview' },
  ],
};

export function Navigation() {
  const { t } = useTranslation();
  const auth = useAuth();
  const signOut = useSignOut();
  const items = NAVIGATION[auth.user?.role ?? 'anonymous'];
  return (
    <div className="tb-nav">
      <nav aria-label={t('shell.mainNavigation')} className="kern-container">
        <ul className="tb-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end ?? false} className="tb-nav__link">
                {t(`nav.${item.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {auth.user && (
        <section className="kern-container tb-account" aria-label={t('shell.accountNavigation')}>
          <p className="kern-body kern-body--small tb-account__who">
            {t('shell.signedInAs', { email: auth.user.email, role: t(`roles.${auth.user.role}`) })}
          </p>
          <div className="tb-actions">
            <NotificationsLink />
            <NavLink to="/account" className="kern-link kern-body--small">
              {t('shell.account')}
            </NavLink>
            <Button variant="tertiary" className="kern-btn--x-small" onPress={() => void signOut('/')}>
              {t('shell.signOut')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
