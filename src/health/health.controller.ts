import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/decorators/public.decorator';
import { SearchHealthIndicator } from '../search/search-health.indicator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly search: SearchHealthIndicator,
  ) {}

  /** 200 when PostgreSQL and Meilisearch both answer, 503 (same shape, "down" entries) otherwise. */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () => this.search.isHealthy('search'),
    ]);
  }
}
