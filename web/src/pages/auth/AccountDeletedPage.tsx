import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink, Page } from '../../components';

/** After "Delete my account": public (the session has ended), says what happened. */
export default function AccountDeletedPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <Page title={t('pages.auth.accountDeleted.title')}>
      <p className="kern-body">{t('pages.auth.accountDeleted.text')}</p>
      {params.get('search') === 'pending' && <p className="kern-body">{t('pages.auth.accountDeleted.searchPending')}</p>}
      <ButtonLink to="/">{t('errors.goHome')}</ButtonLink>
    </Page>
  );
}
