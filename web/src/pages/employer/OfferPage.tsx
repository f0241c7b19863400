import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(one offer of the employer): edit, submit, close, its matches, applications and invitations.
export default function OfferPage() {
  const { t } = useTranslation();
  return (
    <TodoPage
      title={t('pages.employer.offer.title')}
      api={[
        'GET /api/v1/job-offers/{id}',
        'PATCH /api/v1/job-offers/{id}',
        'POST /api/v1/job-offers/{id}/submit',
        'POST /api/v1/job-offers/{id}/close',
        'GET /api/v1/job-offers/{id}/matches',
        'GET /api/v1/job-offers/{id}/applications',
        'POST /api/v1/job-offers/{id}/invitations',
      ]}
    />
  );
}
