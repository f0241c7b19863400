import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SkillRelation = 'essential' | 'optional';

/** ESCO's link between an occupation and a skill it needs (essential) or may use (optional). */
@Entity('esco_occupation_skills')
@Check('esco_occupation_skills_relation_check', `relation IN ('essential', 'optional')`)
@Index('esco_occupation_skills_skill_idx', ['skillUri'])
export class EscoOccupationSkillEntity {
  @PrimaryColumn({ type: 'text' })
  occupationUri!: string;

  @PrimaryColumn({ type: 'text' })
  skillUri!: string;

  @Column({ type: 'varchar', length: 16 })
  relation!: SkillRelation;
}
