import { useTranslation } from 'react-i18next';
import { TodoPage } from '../../components';

// TODO(audit log): every decision, who, what, when, why.
export default function AuditLogPage() {
  const { t } = useTranslation();
  return <TodoPage title={t('pages.staff.auditLog.title')} api={['GET /api/v1/moderation/audit-log']} />;
}
