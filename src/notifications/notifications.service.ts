import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UsersService } from '../auth/users.service';
import { Page, pageOf } from '../common/http/pagination';
import { NotificationView, toNotificationView } from './dto/notification.view';
import type { NotificationsQueryDto } from './dto/notifications-query.dto';
import type { NotificationEvent } from './notification-types';
import { MailOutboxService } from '../mail/mail.module';
import { OPEN_LINK_LABEL, renderNotification } from './notification.texts';
import { NotificationNotFoundError } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';

/**
 * The in-app notifications (and their mails). Features call `notify` in the
 * transaction of the change that is the event, so the notification exists
 * exactly when the change committed; the key makes a repeated event a no-op.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly mail: MailOutboxService,
  ) {}

  /**
   * Renders the type's texts in the recipient's language and writes the
   * notification in the caller's transaction; a recipient that no longer exists gets none.
   * Returns whether a notification was written (false: this event was notified already).
   */
  async notify(manager: EntityManager, event: NotificationEvent): Promise<boolean> {
    const recipient = await this.users.findContactById(event.recipientUserId, manager);
    if (!recipient) return false;
    const text = renderNotification(event.type, event.params as never, recipient.language);
    const fresh = await this.notifications.insertOnce(manager, {
      recipientUserId: recipient.id,
      type: event.type,
      key: event.key,
      title: text.title,
      body: text.body,
      link: event.link,
    });
    if (fresh && recipient.emailNotifications) {
      await this.mail.enqueue(manager, {
        key: event.key,
        to: { userId: recipient.id, email: recipient.email },
        language: recipient.language,
        message: {
          subject: text.title,
          text: text.body,
          link: { label: OPEN_LINK_LABEL[recipient.language], url: this.mail.link(event.link) },
        },
        security: false,
      });
    }
    return fresh;
  }

  async list(user: AuthenticatedUser, query: NotificationsQueryDto): Promise<Page<NotificationView>> {
    const [rows, total] = await this.notifications.listOwn(user.id, query.unread === 'true', query.page, query.limit);
    return pageOf(rows.map(toNotificationView), total, query);
  }

  /** Everything notified to the account, oldest first: part of the person's data export. */
  async exportFor(userId: string): Promise<NotificationView[]> {
    return (await this.notifications.allOwn(userId)).map(toNotificationView);
  }

  async unreadCount(user: AuthenticatedUser): Promise<number> {
    return this.notifications.countUnread(user.id);
  }

  async markRead(user: AuthenticatedUser, id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.id, id))) throw new NotificationNotFoundError();
  }

  async markAllRead(user: AuthenticatedUser): Promise<void> {
    await this.notifications.markAllRead(user.id);
  }
}
