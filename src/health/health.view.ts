import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ApiEnum, ApiObject, ApiText } from '../common/http/api-schema';

/** The health check's answer (@nestjs/terminus), the same shape for 200 and 503. */

export class HealthIndicatorView {
  @ApiEnum(['up', 'down'], 'HealthIndicatorStatus')
  status!: 'up' | 'down';

  @ApiText(1000, { required: false, description: 'Why it is down' })
  message?: string;

  @ApiProperty({
    type: 'object',
    required: false,
    maxProperties: 32,
    description:
      'Search only, when MEILI_URL lists several Meilisearch replicas: each replica (`search-replica-1`, …) up or down. ' +
      '`search` is up while at least one replica answers.',
    additionalProperties: {
      type: 'object',
      required: ['status'],
      additionalProperties: false,
      properties: { status: { type: 'string', enum: ['up', 'down'] }, message: { type: 'string', maxLength: 1000 } },
    },
  } as unknown as ApiPropertyOptions)
  replicas?: Record<string, { status: 'up' | 'down'; message?: string }>;
}

export class HealthIndicators {
  @ApiProperty({ type: HealthIndicatorView, required: false, description: 'PostgreSQL' })
  database?: HealthIndicatorView;

  @ApiProperty({ type: HealthIndicatorView, required: false, description: 'Meilisearch' })
  search?: HealthIndicatorView;
}

export class HealthResponse {
  @ApiEnum(['ok', 'error', 'shutting_down'], 'HealthStatus')
  status!: 'ok' | 'error' | 'shutting_down';

  @ApiObject(HealthIndicators, { description: 'The indicators that are up' })
  info!: HealthIndicators;

  @ApiObject(HealthIndicators, { description: 'The indicators that are down' })
  error!: HealthIndicators;

  @ApiObject(HealthIndicators, { description: 'Every indicator' })
  details!: HealthIndicators;
}
