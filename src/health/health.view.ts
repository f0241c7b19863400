import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiObject, ApiText } from '../common/http/api-schema';

/** The health check's answer (@nestjs/terminus), the same shape for 200 and 503. */

export class HealthIndicatorView {
  @ApiEnum(['up', 'down'], 'HealthIndicatorStatus')
  status!: 'up' | 'down';

  @ApiText(1000, { required: false, description: 'Why it is down' })
  message?: string;
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
