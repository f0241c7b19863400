import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HooksModule } from '../../common/hooks/hooks.module';
import { SearchEngineModule } from '../search-engine.module';
import { SearchIndexFailureEntity } from './entities/search-index-failure.entity';
import { SearchOutboxEntryEntity } from './entities/search-outbox-entry.entity';
import { SearchRebuildEntity } from './entities/search-rebuild.entity';
import { IndexRegistry } from './index-registry';
import { OutboxProcessor } from './outbox-processor';
import { OutboxWorker } from './outbox-worker';
import { OutboxRepository } from './outbox.repository';
import { SearchOutboxService } from './search-outbox.service';
import { SearchAdminController } from './search-admin.controller';
import { SearchReindexerService } from './search-reindexer.service';
import { SearchVerifierService } from './search-verifier.service';

/**
 * The Postgres → Meilisearch pipeline shared by every indexed resource.
 * Features import this module, mark their IndexedResource provider with
 * @SearchIndexed() and call SearchOutboxService in their write transactions.
 */
@Module({
  imports: [
    DiscoveryModule,
    HooksModule,
    SearchEngineModule,
    TypeOrmModule.forFeature([SearchOutboxEntryEntity, SearchIndexFailureEntity, SearchRebuildEntity]),
  ],
  controllers: [SearchAdminController],
  providers: [
    IndexRegistry,
    OutboxRepository,
    OutboxProcessor,
    OutboxWorker,
    SearchOutboxService,
    SearchReindexerService,
    SearchVerifierService,
  ],
  exports: [SearchOutboxService, SearchReindexerService, SearchVerifierService, SearchEngineModule],
})
export class SearchIndexingModule {}
