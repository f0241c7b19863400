import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MeilisearchClientModule } from './meilisearch-client.module';
import { SearchEngineService } from './search-engine.service';
import { SearchHealthIndicator } from './search-health.indicator';

/** Import this to use Meilisearch: features never get the clients themselves. */
@Module({
  imports: [MeilisearchClientModule, TerminusModule],
  providers: [SearchEngineService, SearchHealthIndicator],
  exports: [SearchEngineService, SearchHealthIndicator],
})
export class SearchEngineModule {}
