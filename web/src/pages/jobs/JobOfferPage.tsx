import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TodoPage } from '../../components';

// TODO(job offer): the published offer (anyone), with "apply" for signed-in candidates.
export default function JobOfferPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <TodoPage
      title={t('pages.jobs.offer.title')}
      api={[`GET /api/v1/job-offers/${id ?? '{id}'}`, 'POST /api/v1/job-offers/{id}/applications']}
    />
  );
}
