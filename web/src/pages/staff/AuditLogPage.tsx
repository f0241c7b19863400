import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError, unwrap, type components } from '../../api';
import { Button, EmptyState, ErrorState, Form, LoadingState, Page, Select, TextField } from '../../components';
import { useFormat } from '../../format/useFormat';

type Entry = components['schemas']['AuditLogView'];
const ENTITY_TYPES = ['employer', 'job_offer', 'candidate', 'application', 'invitation'] as const;
type EntityFilter = 'all' | (typeof ENTITY_TYPES)[number];

/** The audit log: every decision and status change, newest first, filtered by entity. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [entityType, setEntityType] = useState<EntityFilter>('all');
  const [filter, setFilter] = useState<{ entityType?: string; entityId?: string; page: number }>({ page: 1 });
  const log = useQuery({
    queryKey: ['moderation', 'audit-log', filter],
    queryFn: () => unwrap(api.GET('/api/v1/moderation/audit-log', { params: { query: filter } })),
  });

  const actionText = (action: string) => {
    const key = `pages.staff.auditLog.actions.${action.replace('.', '_')}`;
    // An action this page has no words for yet is shown as the API names it.
    return t(key as 'pages.staff.auditLog.title', { defaultValue: action });
  };
  const state = (value: Record<string, unknown> | null) =>
    value
      ? Object.entries(value)
          .map(
            ([k, v]) => `${k}: ${typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)}`,
          )
          .join(', ')
      : '—';

  return (
    <Page title={t('pages.staff.auditLog.title')}>
      <p className="kern-body">{t('pages.staff.auditLog.intro')}</p>
      <Form
        error={log.error}
        className="tb-filters"
        onSubmit={(data) => {
          const entityId = String(data.get('entityId') ?? '').trim();
          setFilter({ page: 1, ...(entityType !== 'all' ? { entityType } : {}), ...(entityId ? { entityId } : {}) });
        }}
      >
        <Select<EntityFilter>
          name="entityType"
          label={t('pages.staff.auditLog.entityType')}
          value={entityType}
          onChange={(value) => setEntityType(value ?? 'all')}
          options={[
            { value: 'all', label: t('pages.staff.auditLog.entityAll') },
            ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`pages.staff.auditLog.entities.${type}`) })),
          ]}
        />
        <TextField name="entityId" label={t('pages.staff.auditLog.entityId')} />
        <Button type="submit">{t('pages.staff.auditLog.apply')}</Button>
      </Form>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        isApiError(log.error) && log.error.status === 400 ? null : (
          <ErrorState error={log.error} onRetry={() => void log.refetch()} />
        )
      ) : log.data.items.length === 0 ? (
        <EmptyState title={t('pages.staff.auditLog.empty')} />
      ) : (
        <>
          <div className="tb-table-wrap" tabIndex={0} role="region" aria-labelledby="audit-caption">
            <table className="tb-table">
              <caption id="audit-caption">{t('pages.staff.auditLog.caption', { count: log.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pages.staff.auditLog.time')}</th>
                  <th scope="col">{t('pages.staff.auditLog.actor')}</th>
                  <th scope="col">{t('pages.staff.auditLog.action')}</th>
                  <th scope="col">{t('pages.staff.auditLog.entity')}</th>
                  <th scope="col">{t('pages.staff.auditLog.reason')}</th>
                  <th scope="col">{t('pages.staff.auditLog.change')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((entry: Entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{format.dateTime(entry.createdAt)}</th>
                    <td>
                      {t(`pages.staff.auditLog.actors.${entry.actorRole}` as 'pages.staff.auditLog.title', {
                        defaultValue: entry.actorRole,
                      })}
                    </td>
                    <td>{actionText(entry.action)}</td>
                    <td>
                      {t(`pages.staff.auditLog.entities.${entry.entityType}` as 'pages.staff.auditLog.title', {
                        defaultValue: entry.entityType,
                      })}
                      <br />
                      <code className="tb-break">{entry.entityId}</code>
                      {entry.entityType === 'candidate' ? (
                        <>
                          <br />
                          <Link className="kern-link" to={`/staff/moderation?candidate=${entry.entityId}#candidate-decision`}>
                            {t('pages.staff.auditLog.moderateCandidate')}
                          </Link>
                        </>
                      ) : null}
                    </td>
                    <td>{entry.reason ?? '—'}</td>
                    <td>
                      {state(entry.before)} → {state(entry.after)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label={t('pages.staff.auditLog.pages')} className="tb-pager">
            <Button variant="secondary" isDisabled={filter.page <= 1} onPress={() => setFilter({ ...filter, page: filter.page - 1 })}>
              {t('pages.staff.moderation.previous')}
            </Button>
            <Button
              variant="secondary"
              isDisabled={log.data.total <= log.data.limit * filter.page}
              onPress={() => setFilter({ ...filter, page: filter.page + 1 })}
            >
              {t('pages.staff.moderation.next')}
            </Button>
          </nav>
        </>
      )}
    </Page>
  );
}
