import { ApiDateTime, ApiEnum, ApiInteger, ApiText, ApiUuid, INT32_MAX } from '../../common/http/api-schema';
import type { NotificationEntity } from '../entities/notification.entity';
import { NOTIFICATION_TYPES, type NotificationType } from '../notification-types';

/** One notification, in the language it was written in (the recipient's when it happened). */
export class NotificationView {
  @ApiUuid()
  id!: string;

  @ApiEnum(NOTIFICATION_TYPES, 'NotificationType')
  type!: NotificationType;

  @ApiText(300)
  title!: string;

  @ApiText(20_000)
  body!: string;

  @ApiText(500, { description: 'Path in the web app the notification leads to, e.g. `/me/invitations`' })
  link!: string;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime({ nullable: true, description: 'When the recipient marked it read; null while unread' })
  readAt!: string | null;
}

/** Extension: the header badge's figure. */
export class UnreadCountView {
  @ApiInteger(0, INT32_MAX, { description: 'How many of your notifications are unread' })
  count!: number;
}

export function toNotificationView(row: NotificationEntity): NotificationView {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
