import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRow } from '../../common/entities/versioned-row';
import { UserEntity } from '../../auth/entities/user.entity';

export const EMPLOYER_SIZES = ['1-9', '10-49', '50-249', '250+'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];
export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The organisation behind an employer account (one per account), checked by agency staff before it may publish. */
@Entity('employers')
@Check('employers_size_check', `size IN ('1-9', '10-49', '50-249', '250+')`)
@Check('employers_verification_status_check', `verification_status IN ('pending', 'verified', 'rejected')`)
@Index('IDX_employers_queue', ['verificationStatus', 'submittedAt'])
export class EmployerEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The employer account that owns the organisation. */
  @Column({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 100 })
  city!: string;

  @Column({ type: 'varchar', length: 5 })
  postalCode!: string;

  @Column({ type: 'varchar', length: 100 })
  industry!: string;

  @Column({ type: 'varchar', length: 8 })
  size!: EmployerSize;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  registrationNumber!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  verificationStatus!: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  /** When the organisation last entered the verification queue. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;
}
