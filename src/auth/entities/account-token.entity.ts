import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';

export const ACCOUNT_TOKEN_PURPOSES = ['verify_email', 'password_reset'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * The token of a mailed link (e-mail verification, password reset). Only its
 * SHA-256 is stored: the random token itself exists in the mail alone. Single
 * use: consuming sets `usedAt` in the same statement that checks it is unset.
 */
@Entity('account_tokens')
@Unique('UQ_account_tokens_hash', ['tokenHash'])
@Index('IDX_account_tokens_user', ['userId', 'purpose'])
@Check('account_tokens_purpose_check', `purpose IN ('verify_email', 'password_reset')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account_tokens' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_tokens_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  purpose!: AccountTokenPurpose;

  /** Hex SHA-256 of the token. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
