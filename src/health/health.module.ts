import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MeilisearchClientModule } from '../search/meilisearch-client.module';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', gracefulShutdownTimeoutMs: 0 }), MeilisearchClientModule],
  controllers: [HealthController],
})
export class HealthModule {}
