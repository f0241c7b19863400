import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TAXONOMY_LANGUAGES, type TaxonomyLanguage } from '../entities/esco-label.entity';

/**
 * The one validation of `lang` (de|en|pl|cs, optional; the property defaults
 * to 'en'): every route that shows skill or occupation labels uses it. (The
 * enum stays inline: a query parameter's `$ref` schema would lose its default.)
 */
export function ShownLanguage(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: TAXONOMY_LANGUAGES,
      default: 'en',
      description: 'Language of the skill and occupation labels shown (English where ESCO has no label in it; free text as written)',
    }),
    IsOptional(),
    IsIn(TAXONOMY_LANGUAGES, { message: `lang must be one of: ${TAXONOMY_LANGUAGES.join(', ')}` }),
  );
}

export class AutocompleteQueryDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, description: 'What the user typed so far, in any of de/en/pl/cs', example: 'softwareentw' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q = '';

  @ShownLanguage()
  lang: TaxonomyLanguage = 'en';

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}

/** `?lang=` alone: the language of the skill and occupation labels shown. */
export class LanguageQueryDto {
  @ShownLanguage()
  lang: TaxonomyLanguage = 'en';
}
