import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as a string (to keep precision); two decimals fit a JS number exactly enough. */
const numericEur: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * EU Blue Card salary thresholds (gross EUR a year), effective-dated: the row
 * in force on a day is the latest one whose validFrom is on or before it.
 * Staff add next year's row through the API; no deploy needed.
 */
@Entity('blue_card_thresholds')
@Check('blue_card_thresholds_positive_check', `standard_annual_eur > 0 AND reduced_annual_eur > 0`)
@Check('blue_card_thresholds_reduced_check', `reduced_annual_eur <= standard_annual_eur`)
export class BlueCardThresholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** ISO date (YYYY-MM-DD); one row per date. */
  @Column({ type: 'date', unique: true })
  validFrom!: string;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numericEur })
  standardAnnualEur!: number;

  /** For shortage occupations and recent graduates (§18g(1) sentence 2 AufenthG). */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numericEur })
  reducedAnnualEur!: number;

  /** Where the figures come from (announcement, page), shown in match explanations. */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
