import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig } from '../config/app-config';
import { createMeilisearchClient, MEILI_CLIENT } from './meilisearch.client';
import { SearchHealthIndicator } from './search-health.indicator';

/** Provides the Meilisearch client to the search feature and its health indicator. */
@Module({
  imports: [TerminusModule],
  providers: [
    {
      provide: MEILI_CLIENT,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        createMeilisearchClient(config.get('meiliUrl', { infer: true }), config.get('meiliMasterKey', { infer: true })),
    },
    SearchHealthIndicator,
  ],
  exports: [MEILI_CLIENT, SearchHealthIndicator],
})
export class MeilisearchClientModule {}
