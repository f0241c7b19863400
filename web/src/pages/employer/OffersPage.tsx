import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(offers): the employer's offers in every status, and creating one.
export default function OffersPage() {
  const { t } = useTranslation();
  return <TodoPage title={t('pages.employer.offers.title')} api={['GET /api/v1/job-offers/mine', 'POST /api/v1/job-offers']} />;
}
