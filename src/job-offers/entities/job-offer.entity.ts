import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRow } from '../../common/entities/versioned-row';
import type { LanguageCode } from '../../common/languages/languages';
import type { LanguageLevel } from '../../common/reference/levels';
import { EmployerEntity } from '../../employers/entities/employer.entity';
import type { StoredConcept } from '../../taxonomy/stored-concept';

export const JOB_OFFER_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'closed'] as const;
export type JobOfferStatus = (typeof JOB_OFFER_STATUSES)[number];
import type { ContractType, DegreeLevel, SalaryPeriod, Workplace } from '../../common/reference/levels';

export interface LanguageRequirement {
  code: LanguageCode;
  minLevel: LanguageLevel;
}

/** numeric columns come back from pg as strings. */
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('job_offers')
@Check('job_offers_status_check', `status IN ('draft', 'pending_review', 'published', 'rejected', 'closed')`)
@Check('job_offers_workplace_check', `workplace IN ('onsite', 'hybrid', 'remote')`)
@Check('job_offers_contract_type_check', `contract_type IN ('permanent', 'fixed_term', 'internship', 'apprenticeship')`)
@Check('job_offers_salary_check', `salary_min > 0 AND salary_min <= salary_max AND salary_period IN ('year', 'month', 'hour')`)
@Index('IDX_job_offers_employer', ['employerId', 'createdAt'])
@Index('IDX_job_offers_queue', ['status', 'submittedAt'])
// GIN index over published offers' retrieval keys (migration AddOfferSkillArrays): partial, so TypeORM leaves it alone.
@Index('IDX_job_offers_published_retrieval_keys', { synchronize: false })
export class JobOfferEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: JobOfferStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 300 })
  occupationLabel!: string;

  @Column({ type: 'text', nullable: true })
  occupationUri!: string | null;

  /** ISCO-08 unit group of the occupation (null for free text). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  iscoCode!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  requiredSkills!: StoredConcept[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  optionalSkills!: StoredConcept[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  languages!: LanguageRequirement[];

  // Kept by the trigger job_offers_skill_arrays from the two skill lists (never written by the app, never read into
  // an entity): what candidate → offers matching asks PostgreSQL about (JobOffersRepository.skillOverlaps).
  @Column({ type: 'text', array: true, default: () => `'{}'`, select: false, insert: false, update: false })
  requiredSkillUris?: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'`, select: false, insert: false, update: false })
  optionalSkillUris?: string[];

  @Column({ type: 'smallint', default: 0, select: false, insert: false, update: false })
  requiredTextSkillCount?: number;

  @Column({ type: 'smallint', default: 0, select: false, insert: false, update: false })
  optionalTextSkillCount?: number;

  /** Every skill URI, plus markers for "requires no skill" and "requires a text skill" (see the migration). */
  @Column({ type: 'text', array: true, default: () => `'{}'`, select: false, insert: false, update: false })
  retrievalKeys?: string[];

  @Column({ type: 'varchar', length: 100 })
  city!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 16 })
  workplace!: Workplace;

  @Column({ type: 'varchar', length: 16 })
  contractType!: ContractType;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numeric })
  salaryMin!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numeric })
  salaryMax!: number;

  @Column({ type: 'varchar', length: 3, default: 'EUR' })
  salaryCurrency!: 'EUR';

  @Column({ type: 'varchar', length: 8 })
  salaryPeriod!: SalaryPeriod;

  @Column({ type: 'boolean', default: false })
  visaSponsorship!: boolean;

  @Column({ type: 'boolean', default: false })
  relocationSupport!: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  minDegree!: DegreeLevel | null;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
