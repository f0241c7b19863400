import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../auth/entities/user.entity';
import type { StoredConcept } from '../../taxonomy/stored-concept';
import type { DegreeLevel, LanguageLevel, Visibility, WorkPermit } from '../reference/levels';
import type { RecognitionStatus, ResidenceTitle } from '../../residence-law/residence-facts';

export interface StoredDegree {
  level: DegreeLevel;
  field: string;
  institution: string;
  country: string;
  graduationYear: number;
  /** 1–12 when stated (decides "recent graduate" to the month). */
  graduationMonth?: number | null;
  /** Recognition in Germany; absent in rows saved before it existed (= unknown). */
  recognition?: RecognitionStatus;
}

/** Work experience in one occupation (resolved to ESCO like desiredOccupations). */
export interface StoredExperience extends StoredConcept {
  years: number;
}

export interface StoredLanguage {
  code: string;
  level: LanguageLevel;
}

/**
 * A foreign graduate's profile, one per candidate account. Lists are JSONB
 * (always replaced whole); `version` guards concurrent edits; staff and
 * retention hiding are kept apart from the candidate's own `visibility`.
 */
@Entity('candidate_profiles')
@Check('candidate_profiles_visibility_check', `visibility IN ('hidden', 'employers')`)
@Check('candidate_profiles_work_permit_check', `work_permit IN ('eu_citizen', 'has_permit', 'needs_visa')`)
@Check(
  'candidate_profiles_residence_title_check',
  `residence_title IN ('student', 'job_search', 'opportunity_card', 'recognition_measure', 'skilled_worker', 'blue_card', 'temporary_protection', 'settled', 'family', 'other')`,
)
@Check('candidate_profiles_salary_currency_check', `salary_currency = 'EUR'`)
@Index('IDX_candidate_profiles_searchable', ['visibility', 'hiddenByStaffAt', 'retentionHiddenAt'])
export class CandidateProfileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_candidate_profiles' })
  id!: string;

  @Column({ type: 'uuid' })
  @Index('UQ_candidate_profiles_user_id', { unique: true })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_candidate_profiles_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  headline!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  countryOfOrigin!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  residenceCountry!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  degrees!: StoredDegree[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  skills!: StoredConcept[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  languages!: StoredLanguage[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  desiredOccupations!: StoredConcept[];

  /** Saxon municipalities by their shown name (places/), as resolved when saved; older rows may hold what was typed. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  preferredCities!: string[];

  /** The AGS of each of `preferredCities`, same order (empty for rows saved before the official data). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  preferredCityAgs!: string[];

  @Column({ type: 'boolean', default: false })
  openToRemote!: boolean;

  @Column({ type: 'boolean', default: false })
  crossBorderCommuter!: boolean;

  /** The date the candidate can start from; null = not stated (what that means for search and matching: availability.ts). */
  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  workPermit!: WorkPermit | null;

  /** ISO 3166-1 alpha-2 codes; any EU/EEA/Swiss one means free movement. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  citizenships!: string[];

  /** The residence title held now (meaningful with workPermit has_permit). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  residenceTitle!: ResidenceTitle | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  experience!: StoredExperience[];

  @Column({ type: 'integer', nullable: true })
  salaryMin!: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  salaryCurrency!: 'EUR' | null;

  @Column({ type: 'varchar', length: 16, default: 'hidden' })
  visibility!: Visibility;

  /** Set by agency staff ("hide"); cleared by "restore". */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenByStaffAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  hiddenByStaffReason!: string | null;

  /** Set by the retention job after long inactivity; cleared when the candidate saves the profile again. */
  @Column({ type: 'timestamptz', nullable: true })
  retentionHiddenAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
