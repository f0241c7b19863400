import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(matches): the best published offers for me, with the explanation of each score.
export default function MatchesPage() {
  const { t } = useTranslation();
  return <TodoPage title={t('pages.candidate.matches.title')} api={['GET /api/v1/candidates/me/matches']} />;
}
