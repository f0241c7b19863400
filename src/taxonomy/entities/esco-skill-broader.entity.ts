import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type BroaderType = 'skill' | 'skill_group';

/**
 * ESCO's skill hierarchy: `skillUri` (a skill or a skill group) has the broader
 * concept `broaderUri`. Matching uses only the skill → skill rows (a skill and
 * its direct broader or narrower skills), never whole groups.
 */
@Entity('esco_skill_broader')
@Check('esco_skill_broader_type_check', `broader_type IN ('skill', 'skill_group')`)
@Index('esco_skill_broader_broader_idx', ['broaderUri'])
export class EscoSkillBroaderEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_esco_skill_broader' })
  skillUri!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_esco_skill_broader' })
  broaderUri!: string;

  @Column({ type: 'varchar', length: 16 })
  broaderType!: BroaderType;
}
