import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiList, ApiObject, ApiText } from '../../common/http/api-schema';
import { TAXONOMY_LANGUAGES, type TaxonomyLanguage } from '../entities/esco-label.entity';

/** Longest label answered: ESCO labels, or what a user typed (offers take up to 300 characters). */
export const CONCEPT_LABEL_MAX = 500;
export const ESCO_URI_MAX = 200;

/** A skill or occupation as answered: the label shown and the language it is in (null for free text). */
export class ShownConcept {
  @ApiText(CONCEPT_LABEL_MAX, { example: 'Python (computer programming)' })
  label!: string;

  @ApiText(ESCO_URI_MAX, { nullable: true, format: 'uri', description: 'The ESCO concept; null for free text that matched none' })
  escoUri!: string | null;

  @ApiProperty({ enum: TAXONOMY_LANGUAGES, enumName: 'TaxonomyLanguage', nullable: true, description: 'Language of `label`; null for free text' })
  lang!: TaxonomyLanguage | null;
}

/** An ESCO concept in one language (always an ESCO concept, never free text). */
export class EscoConcept {
  @ApiText(ESCO_URI_MAX, { format: 'uri' })
  escoUri!: string;

  @ApiText(CONCEPT_LABEL_MAX)
  label!: string;

  @ApiEnum(TAXONOMY_LANGUAGES, 'TaxonomyLanguage', { description: 'Language of `label` (English where ESCO has none in the requested one)' })
  lang!: TaxonomyLanguage;
}

export class AutocompleteItem extends EscoConcept {
  @ApiText(CONCEPT_LABEL_MAX, { description: 'The label (any language, preferred or alternative) closest to what was typed' })
  matchedLabel!: string;
}

export class AutocompleteResponse {
  @ApiList(AutocompleteItem, 50, { description: 'Best first; empty for an empty `q`' })
  items!: AutocompleteItem[];
}

/** ESCO links at most a few hundred skills to one occupation; all of them are answered. */
export class OccupationSkillsResponse {
  @ApiObject(EscoConcept)
  occupation!: EscoConcept;

  @ApiProperty({ type: EscoConcept, isArray: true, description: 'Essential skills, by label' })
  essential!: EscoConcept[];

  @ApiProperty({ type: EscoConcept, isArray: true, description: 'Optional skills, by label' })
  optional!: EscoConcept[];
}
