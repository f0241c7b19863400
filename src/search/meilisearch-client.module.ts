import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { createMeilisearchReplicas, MEILI_REPLICAS } from './meilisearch.client';
import { ReplicaStatus } from './replica-status';

/** Provides the Meilisearch replicas (one unless MEILI_URL lists several) and what this process knows of their health. */
@Module({
  providers: [
    {
      provide: MEILI_REPLICAS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        createMeilisearchReplicas(config.get('meiliUrls', { infer: true }), config.get('meiliMasterKey', { infer: true })),
    },
    ReplicaStatus,
  ],
  exports: [MEILI_REPLICAS, ReplicaStatus],
})
export class MeilisearchClientModule {}
