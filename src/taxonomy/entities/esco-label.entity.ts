import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ConceptKind = 'occupation' | 'skill';
export const TAXONOMY_LANGUAGES = ['de', 'en', 'pl', 'cs'] as const;
export type TaxonomyLanguage = (typeof TAXONOMY_LANGUAGES)[number];

/** One preferred or alternative label of a concept in one language, with its lookup key. */
@Entity('esco_labels')
@Check('esco_labels_kind_check', `kind IN ('occupation', 'skill')`)
@Index('esco_labels_normalized_idx', ['normalized'])
@Index('esco_labels_concept_idx', ['conceptUri', 'lang'])
export class EscoLabelEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text' })
  conceptUri!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ConceptKind;

  @Column({ type: 'varchar', length: 2 })
  lang!: TaxonomyLanguage;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean' })
  preferred!: boolean;

  /** normalizeLabel(label) or one of its gender-form variants. */
  @Column({ type: 'text' })
  normalized!: string;
}
