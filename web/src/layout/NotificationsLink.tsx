import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { api, unwrap } from '../api';

export const UNREAD_COUNT_QUERY_KEY = ['notifications', 'unread-count'] as const;
/** Gentle polling: once a minute, and when the window gets the focus again (TanStack Query's refetchOnWindowFocus). */
const POLL_MS = 60_000;

/** The header's way to the notifications, with the unread count in its accessible name ("Notifications, 3 unread"). */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: UNREAD_COUNT_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
  const count = unread.data?.count ?? 0;
  return (
    <NavLink to="/notifications" className="kern-link kern-body--small tb-notifications-link">
      {count > 0 ? t('shell.notificationsUnread', { count }) : t('shell.notifications')}
      {count > 0 && (
        <span className="tb-badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
