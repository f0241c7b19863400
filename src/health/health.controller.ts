import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/decorators/public.decorator';
import { SearchHealthIndicator } from '../search/search-health.indicator';
import { HealthResponse } from './health.view';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly search: SearchHealthIndicator,
  ) {}

  /**
   * 200 when PostgreSQL and Meilisearch both answer, 503 (same shape, "down" entries) otherwise. With several
   * Meilisearch replicas, search is up while one of them answers; `search.replicas` tells which.
   */
  @Public()
  @Get()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Whether the service, its database and its search answer',
    description: 'Anyone (for load balancers and monitoring).',
  })
  @ApiOkResponse({ type: HealthResponse, description: 'PostgreSQL and Meilisearch both answer' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'Something is down: the same shape, with `"down"` entries' })
  check(): Promise<HealthResponse> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () => this.search.isHealthy('search'),
    ]) as Promise<HealthResponse>;
  }
}
