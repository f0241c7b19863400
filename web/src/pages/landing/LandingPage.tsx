import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(job search): search published offers (q, skills, languages, cities, filters) and list them with facets.
export default function LandingPage() {
  const { t } = useTranslation();
  return (
    <TodoPage title={t('pages.landing.title')} api={['GET /api/v1/job-offers/search', 'GET /api/v1/taxonomy/skills', 'GET /api/v1/places']}>
      <p className="kern-body kern-body--large">{t('pages.landing.intro')}</p>
      <p className="kern-body">{t('pages.landing.searchTodo')}</p>
    </TodoPage>
  );
}
