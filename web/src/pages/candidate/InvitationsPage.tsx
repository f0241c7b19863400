import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(invitations): invitations from employers, accept (shares contact data) or decline.
export default function InvitationsPage() {
  const { t } = useTranslation();
  return (
    <TodoPage
      title={t('pages.candidate.invitations.title')}
      api={['GET /api/v1/candidates/me/invitations', 'POST /api/v1/invitations/{id}/accept', 'POST /api/v1/invitations/{id}/decline']}
    />
  );
}
