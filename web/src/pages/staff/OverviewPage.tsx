import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(overview for the agency): figures and the state of the service.
export default function OverviewPage() {
  const { t } = useTranslation();
  return <TodoPage title={t('pages.staff.overview.title')} api={['GET /health']} />;
}
