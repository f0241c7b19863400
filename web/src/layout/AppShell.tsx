import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigation } from 'react-router';
import { SessionEndOnArrival } from '../auth/useSignOut';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Navigation } from './Navigation';

/**
 * The frame of every page: skip link, header (product name, language, navigation by role), the
 * page in <main>, footer. Pages render into <Outlet>; they bring their own <Page title> (the h1).
 */
export function AppShell() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <>
      <SessionEndOnArrival />
      <a href="#main" className="tb-skip-link">
        {t('shell.skipToContent')}
      </a>
      <header className="tb-header">
        <div className="kern-container tb-header__bar">
          <Link to="/" className="tb-brand" aria-label={t('shell.homeLink')}>
            <span className="tb-brand__mark" aria-hidden="true" />
            <span className="tb-brand__name">{t('app.name')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        <Navigation />
      </header>
      <main id="main" tabIndex={-1} className="kern-container tb-main">
        <Outlet />
      </main>
      <footer className="tb-footer">
        <div className="kern-container">
          <p className="kern-body kern-body--small">{t('shell.footer.about')}</p>
          <p className="kern-body kern-body--small">
            <a className="kern-link" href="/docs">
              {t('shell.footer.apiDocs')}
            </a>
          </p>
        </div>
      </footer>
      <div className="kern-sr-only" role="status" aria-live="polite">
        {navigation.state === 'loading' ? t('shell.loadingPage') : ''}
      </div>
      {navigation.state === 'loading' && <div className="tb-progress" aria-hidden="true" />}
    </>
  );
}
