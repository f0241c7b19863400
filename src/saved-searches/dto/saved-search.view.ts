import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiEnum, ApiText, ApiUuid } from '../../common/http/api-schema';
import {
  ALERT_SETTINGS,
  SAVED_SEARCH_KINDS,
  type AlertSetting,
  type SavedSearchEntity,
  type SavedSearchKind,
} from '../entities/saved-search.entity';
import { SAVED_SEARCH_NAME_MAX } from './saved-search.dto';

export class SavedSearchView {
  @ApiUuid()
  id!: string;

  @ApiEnum(SAVED_SEARCH_KINDS, 'SavedSearchKind')
  kind!: SavedSearchKind;

  @ApiText(SAVED_SEARCH_NAME_MAX)
  name!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 2000 },
    maxProperties: 20,
    description: 'The search parameters as the search route takes them',
  })
  query!: Record<string, string>;

  @ApiEnum(ALERT_SETTINGS, 'AlertSetting')
  alert!: AlertSetting;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime({ nullable: true, description: 'When the last alert about new results was sent' })
  lastAlertAt!: string | null;
}

export function toSavedSearchView(row: SavedSearchEntity): SavedSearchView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    query: row.query,
    alert: row.alert,
    createdAt: row.createdAt.toISOString(),
    lastAlertAt: row.lastAlertAt?.toISOString() ?? null,
  };
}
