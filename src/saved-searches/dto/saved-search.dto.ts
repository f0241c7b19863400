import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';
import { RequiredText } from '../../common/http/dto-decorators';
import { ALERT_SETTINGS, SAVED_SEARCH_KINDS, type AlertSetting, type SavedSearchKind } from '../entities/saved-search.entity';

export const SAVED_SEARCH_NAME_MAX = 100;

export class CreateSavedSearchDto {
  @ApiProperty({
    enum: SAVED_SEARCH_KINDS,
    enumName: 'SavedSearchKind',
    description: 'Candidates save `job_offers`, employers `candidates`',
  })
  @IsIn(SAVED_SEARCH_KINDS, { message: `kind must be one of: ${SAVED_SEARCH_KINDS.join(', ')}` })
  kind!: SavedSearchKind;

  @ApiProperty({ type: String, maxLength: SAVED_SEARCH_NAME_MAX, example: 'Python in Dresden' })
  @RequiredText(SAVED_SEARCH_NAME_MAX)
  name!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    maxProperties: 20,
    description:
      'The parameters of the search route (`GET /job-offers/search` or `/candidates/search`), checked by the same rules: ' +
      'strings as in a URL, or numbers, true/false and lists of strings',
    example: { q: 'Python', cities: 'Dresden,Leipzig' },
  })
  @IsObject({ message: 'query must be an object of search parameters' })
  query!: Record<string, unknown>;

  @ApiProperty({
    enum: ALERT_SETTINGS,
    enumName: 'AlertSetting',
    description: '`daily`: once a day; `instant`: as soon as something new is findable',
  })
  @IsIn(ALERT_SETTINGS, { message: `alert must be one of: ${ALERT_SETTINGS.join(', ')}` })
  alert!: AlertSetting;
}
