import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TAXONOMY_LANGUAGES, type TaxonomyLanguage } from '../entities/esco-label.entity';

export class AutocompleteQueryDto {
  @ApiPropertyOptional({ description: 'What the user typed so far, in any of de/en/pl/cs', example: 'softwareentw' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q = '';

  @ApiPropertyOptional({ enum: TAXONOMY_LANGUAGES, default: 'en', description: 'Language of the labels shown' })
  @IsOptional()
  @IsIn(TAXONOMY_LANGUAGES, { message: `lang must be one of: ${TAXONOMY_LANGUAGES.join(', ')}` })
  lang: TaxonomyLanguage = 'en';

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}

export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: TAXONOMY_LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(TAXONOMY_LANGUAGES, { message: `lang must be one of: ${TAXONOMY_LANGUAGES.join(', ')}` })
  lang: TaxonomyLanguage = 'en';
}
