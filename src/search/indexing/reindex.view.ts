import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ApiInteger, INT32_MAX } from '../../common/http/api-schema';

export class ReindexResult {
  @ApiInteger(0, INT32_MAX, { description: 'Documents in the new index' })
  documents!: number;

  /** Documents Meilisearch refused (recorded in search_index_failures); the rest of the index is built. */
  @ApiInteger(0, INT32_MAX, { description: 'Documents Meilisearch refused (recorded in search_index_failures); the rest is built' })
  rejected!: number;
}

export class ReindexResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ReindexResult) },
    maxProperties: 20,
    description: 'Per index (job_offers, candidates, taxonomy, …), what the rebuild wrote',
  })
  indexes!: Record<string, ReindexResult>;
}
