import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(candidate search for verified employers.)
export default function CandidatesPage() {
  const { t } = useTranslation();
  return <TodoPage title={t('pages.employer.candidates.title')} api={['GET /api/v1/candidates/search', 'GET /api/v1/candidates/{id}']} />;
}
