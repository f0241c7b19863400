import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ESCO skill or knowledge concept; its labels live in esco_labels. */
@Entity('esco_skills')
export class EscoSkillEntity {
  @PrimaryColumn({ type: 'text' })
  uri!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  skillType!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reuseLevel!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;
}
