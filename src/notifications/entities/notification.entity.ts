import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../auth/entities/user.entity';
import type { NotificationType } from '../notification-types';

/**
 * One in-app notification, rendered once in the recipient's language when the
 * event happened. `key` names the event (e.g. `invitation.received:<id>`): one
 * row per recipient and event, so a retried or repeated event never notifies twice.
 * Deleted with the account.
 */
@Entity('notifications')
@Index('UQ_notifications_recipient_key', ['recipientUserId', 'key'], { unique: true })
@Index('IDX_notifications_recipient_created', ['recipientUserId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notifications' })
  id!: string;

  @Column({ type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'FK_notifications_recipient' })
  recipient?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  type!: NotificationType;

  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Path in the web app (e.g. `/me/invitations`). */
  @Column({ type: 'varchar', length: 500 })
  link!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
