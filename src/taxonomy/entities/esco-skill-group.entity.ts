import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ESCO skill groups (S1.2.3, L1, T2, ISCED-F fields), the upper levels of the skill hierarchy. */
@Entity('esco_skill_groups')
export class EscoSkillGroupEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_esco_skill_groups' })
  uri!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'text' })
  labelEn!: string;

  @Column({ type: 'text', nullable: true })
  labelDe!: string | null;

  @Column({ type: 'text', nullable: true })
  labelPl!: string | null;

  @Column({ type: 'text', nullable: true })
  labelCs!: string | null;
}
