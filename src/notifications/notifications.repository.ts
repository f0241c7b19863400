import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { NotificationEntity } from './entities/notification.entity';
import type { NotificationType } from './notification-types';

export interface NewNotification {
  recipientUserId: string;
  type: NotificationType;
  key: string;
  title: string;
  body: string;
  link: string;
}

/** The notifications table. Every read and change is scoped to the recipient (the owner id is a required argument). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  /** Inserts in the caller's transaction; false when this recipient already has a notification with this key. */
  async insertOnce(manager: EntityManager, row: NewNotification): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO notifications (recipient_user_id, type, key, title, body, link)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (recipient_user_id, key) DO NOTHING
       RETURNING id`,
      [row.recipientUserId, row.type, row.key, row.title, row.body, row.link],
    );
    return inserted.length > 0;
  }

  /** The recipient's notifications, newest first. */
  listOwn(recipientUserId: string, unreadOnly: boolean, page: number, limit: number): Promise<[NotificationEntity[], number]> {
    return this.notifications.findAndCount({
      where: { recipientUserId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** Every notification of the recipient, oldest first (for the GDPR export). */
  allOwn(recipientUserId: string): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { recipientUserId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countUnread(recipientUserId: string): Promise<number> {
    return this.notifications.countBy({ recipientUserId, readAt: IsNull() });
  }

  /** Marks one of the recipient's notifications read (kept at the first reading); false when it is not theirs or absent. */
  async markRead(recipientUserId: string, id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.notifications.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_user_id = $2 RETURNING id`,
      [id, recipientUserId],
    );
    return result[1] > 0;
  }

  /** Marks all of the recipient's unread notifications read; how many. */
  async markAllRead(recipientUserId: string): Promise<number> {
    const result = await this.notifications.update({ recipientUserId, readAt: IsNull() }, { readAt: () => 'now()' });
    return result.affected ?? 0;
  }
}
