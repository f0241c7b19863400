import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(candidate profile): the profile form (skills and occupations with TaxonomyComboBox), visibility, export and erase.
export default function ProfilePage() {
  const { t } = useTranslation();
  return (
    <TodoPage
      title={t('pages.candidate.profile.title')}
      api={[
        'GET /api/v1/candidates/me',
        'PUT /api/v1/candidates/me',
        'PATCH /api/v1/candidates/me',
        'GET /api/v1/candidates/me/export',
        'DELETE /api/v1/candidates/me',
      ]}
    />
  );
}
