import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ESCO occupation concept; its labels live in esco_labels. */
@Entity('esco_occupations')
export class EscoOccupationEntity {
  @PrimaryColumn({ type: 'text' })
  uri!: string;

  /** ISCO-08 unit group, 4 digits as text (leading zeros kept). */
  @Column({ type: 'varchar', length: 4 })
  iscoCode!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  escoCode!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;
}
