import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(moderation queue): offers and employers waiting for a decision.
export default function ModerationPage() {
  const { t } = useTranslation();
  return (
    <TodoPage
      title={t('pages.staff.moderation.title')}
      api={[
        'GET /api/v1/moderation/queue',
        'POST /api/v1/moderation/job-offers/{id}/decision',
        'POST /api/v1/moderation/employers/{id}/decision',
      ]}
    />
  );
}
