import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CandidateProfileEntity } from '../../candidates/entities/candidate-profile.entity';
import { JobOfferEntity } from '../../job-offers/entities/job-offer.entity';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * An employer's invitation of a candidate to one of its offers. When the
 * candidate is erased the row stays for the employer, anonymised:
 * `candidateProfileId` NULL and `candidateErased` true.
 */
@Entity('invitations')
@Check('invitations_status_check', `status IN ('pending', 'accepted', 'declined')`)
@Index('IDX_invitations_candidate', ['candidateProfileId', 'employerUserId'])
@Index('UQ_invitations_offer_candidate', ['jobOfferId', 'candidateProfileId'], { unique: true, where: 'candidate_profile_id IS NOT NULL' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitations' })
  id!: string;

  @Column({ type: 'uuid' })
  jobOfferId!: string;

  @ManyToOne(() => JobOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_offer_id', foreignKeyConstraintName: 'FK_invitations_job_offer' })
  jobOffer?: JobOfferEntity;

  /** The employer account that invited (whom acceptance shares contact data with). */
  @Column({ type: 'uuid', nullable: true })
  employerUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  candidateProfileId!: string | null;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'candidate_profile_id', foreignKeyConstraintName: 'FK_invitations_candidate_profile' })
  candidateProfile?: CandidateProfileEntity | null;

  @Column({ type: 'boolean', default: false })
  candidateErased!: boolean;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: InvitationStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
