import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(organisation): the employer's organisation and its verification status.
export default function OrganisationPage() {
  const { t } = useTranslation();
  return <TodoPage title={t('pages.employer.organisation.title')} api={['GET /api/v1/employers/me', 'PUT /api/v1/employers/me']} />;
}
