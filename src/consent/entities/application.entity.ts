import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CandidateProfileEntity } from '../../candidates/entities/candidate-profile.entity';
import { JobOfferEntity } from '../../job-offers/entities/job-offer.entity';

/**
 * A candidate's application to a published offer: the candidate's consent to
 * share contact data with the offer's employer. Erasure anonymises the row
 * (`candidateProfileId` NULL, `candidateErased` true, message replaced).
 */
@Entity('applications')
@Index('IDX_applications_candidate', ['candidateProfileId', 'employerUserId'])
@Index('UQ_applications_offer_candidate', ['jobOfferId', 'candidateProfileId'], { unique: true, where: 'candidate_profile_id IS NOT NULL' })
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_applications' })
  id!: string;

  @Column({ type: 'uuid' })
  jobOfferId!: string;

  @ManyToOne(() => JobOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_offer_id', foreignKeyConstraintName: 'FK_applications_job_offer' })
  jobOffer?: JobOfferEntity;

  @Column({ type: 'uuid', nullable: true })
  candidateProfileId!: string | null;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'candidate_profile_id', foreignKeyConstraintName: 'FK_applications_candidate_profile' })
  candidateProfile?: CandidateProfileEntity | null;

  @Column({ type: 'boolean', default: false })
  candidateErased!: boolean;

  /** The offer owner's account at the time of applying (whom the application shares contact data with). */
  @Column({ type: 'uuid', nullable: true })
  employerUserId!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
