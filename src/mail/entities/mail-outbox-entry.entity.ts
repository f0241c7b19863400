import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MailLanguage } from '../outgoing-mail';

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One mail to one recipient for one event, written in the transaction of the
 * event and rendered already (the worker only sends). `key` makes a second
 * enqueue of the same event a no-op; `status` moves pending → sent | failed once.
 */
@Entity('mail_outbox')
@Unique('UQ_mail_outbox_key', ['key'])
@Index('IDX_mail_outbox_due', ['nextAttemptAt', 'id'], { where: `status = 'pending'` })
@Index('IDX_mail_outbox_user', ['userId'])
@Check('mail_outbox_status_check', `status IN ('pending', 'sent', 'failed')`)
export class MailOutboxEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  key!: string;

  /** The account the mail is for (null for an address without one); erasing the account removes its mails. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: MailLanguage;

  @Column({ type: 'boolean' })
  security!: boolean;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text' })
  htmlBody!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
