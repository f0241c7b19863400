import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRow } from '../../common/entities/versioned-row';
import type { MailLanguage } from '../../mail/outgoing-mail';
import type { Role } from '../role';

@Entity('users')
@Check('users_role_check', `role IN ('candidate', 'employer', 'staff')`)
@Check('users_language_check', `language IN ('de', 'en', 'pl', 'cs')`)
export class UserEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /** The language of the account's mails (set at sign-up, changeable). */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language!: MailLanguage;

  /** When the owner followed the link of the verification mail (or of a password reset); null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Whether notifications are also mailed (security mails are always sent). */
  @Column({ type: 'boolean', default: true })
  emailNotifications!: boolean;

  /** Every access token carries the generation it was issued in; bumping it ends every session of the account. */
  @Column({ type: 'integer', default: 0 })
  tokenGeneration!: number;
}
