import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ApiInteger, INT32_MAX } from '../../common/http/api-schema';

export class VerifyResult {
  @ApiProperty({ description: 'True when the index holds exactly the documents PostgreSQL says belong in it' })
  inSync!: boolean;

  @ApiInteger(0, INT32_MAX, { description: 'Rows PostgreSQL says belong in the index (visible candidates, published offers, …)' })
  expectedCount!: number;

  @ApiInteger(0, INT32_MAX, { description: 'Documents in the index (with several replicas: on the one holding fewest)' })
  indexedCount!: number;

  @ApiInteger(0, INT32_MAX, { description: 'Ids that belong in the index but are not in it' })
  missingCount!: number;

  @ApiInteger(0, INT32_MAX, { description: 'Ids in the index that do not belong there' })
  unexpectedCount!: number;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: 200 },
    maxItems: 1000,
    description: 'Missing ids, sorted (at most 1,000)',
  })
  missing!: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: 200 },
    maxItems: 1000,
    description: 'Unexpected ids, sorted (at most 1,000)',
  })
  unexpected!: string[];
}

export class VerifyResponse {
  @ApiProperty({ description: 'True when every index is in sync' })
  inSync!: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(VerifyResult) },
    maxProperties: 20,
    description: 'Per index (job_offers, candidates, …), PostgreSQL compared with the index by id',
  })
  indexes!: Record<string, VerifyResult>;
}
