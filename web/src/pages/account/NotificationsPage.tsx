import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type components } from '../../api';
import { Button, Checkbox, EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';
import { UNREAD_COUNT_QUERY_KEY } from '../../layout/NotificationsLink';

type Notification = components['schemas']['NotificationView'];
const LIMIT = 50;

/** What happened on the platform that concerns me, newest first: open one (marks it read) or mark it read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const query = { page, limit: LIMIT, ...(unreadOnly ? { unread: 'true' as const } : {}) };
  const list = useQuery({
    queryKey: ['notifications', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query } })),
    refetchOnWindowFocus: true,
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_QUERY_KEY });
  };
  const readAll = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')), onSuccess: refresh });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / LIMIT)) : 1;
  const anyUnread = list.data?.items.some((n) => !n.readAt) ?? false;

  return (
    <Page title={t('notifications.title')}>
      <p className="kern-body">{t('notifications.intro')}</p>
      <div className="tb-actions">
        <Checkbox
          name="unread"
          label={t('notifications.unreadOnly')}
          isSelected={unreadOnly}
          onChange={(on) => {
            setUnreadOnly(on);
            setPage(1);
          }}
        />
        {anyUnread && (
          <Button variant="secondary" isPending={readAll.isPending} onPress={() => readAll.mutate()}>
            {t('notifications.readAll')}
          </Button>
        )}
      </div>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={unreadOnly ? t('notifications.emptyUnreadTitle') : t('notifications.emptyTitle')}>
          <p>{t('notifications.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="tb-notifications" aria-label={t('notifications.listLabel')}>
            {list.data.items.map((notification) => (
              <li key={notification.id}>
                <NotificationCard notification={notification} onChanged={refresh} />
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label={t('notifications.pagination')} className="tb-actions">
              <Button variant="secondary" isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
                {t('notifications.previous')}
              </Button>
              <span className="kern-body">{t('notifications.pageOf', { page, pages })}</span>
              <Button variant="secondary" isDisabled={page >= pages} onPress={() => setPage(page + 1)}>
                {t('notifications.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}

function NotificationCard({ notification, onChanged }: { notification: Notification; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const titleId = useId();
  const markRead = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: notification.id } } })),
    onSuccess: onChanged,
  });
  const unread = !notification.readAt;
  return (
    <article className={`kern-card tb-notification${unread ? ' tb-notification--unread' : ''}`} aria-labelledby={titleId}>
      <div className="kern-card__container">
        <h2 id={titleId} className="kern-title">
          <Link
            to={notification.link}
            className="kern-link"
            onClick={(event) => {
              if (!unread) return;
              // Mark read first, then go: the count in the header is right on the next page.
              event.preventDefault();
              markRead.mutate(undefined, { onSettled: () => void navigate(notification.link) });
            }}
          >
            {notification.title}
          </Link>
        </h2>
        <p className="kern-body kern-body--small tb-notification__meta">
          {unread ? <strong>{t('notifications.unread')}</strong> : t('notifications.read')} · {format.dateTime(notification.createdAt)}
        </p>
        {notification.body.split('\n').map((line, i) => (
          <p key={i} className="kern-body">
            {line}
          </p>
        ))}
        {unread && (
          <Button variant="tertiary" className="kern-btn--x-small" isPending={markRead.isPending} onPress={() => markRead.mutate()}>
            {t('notifications.markRead')}
          </Button>
        )}
      </div>
    </article>
  );
}
