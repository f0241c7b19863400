import { useTranslation } from 'react-i18next';
import { ButtonLink, Page } from '../components';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p className="kern-body">{t('notFound.text')}</p>
      <ButtonLink to="/">{t('errors.goHome')}</ButtonLink>
    </Page>
  );
}
