import { Module } from '@nestjs/common';
import { MeilisearchClientModule } from './meilisearch-client.module';
import { SearchEngineService } from './search-engine.service';

/** Import this to use Meilisearch: features never get the client itself. */
@Module({
  imports: [MeilisearchClientModule],
  providers: [SearchEngineService],
  exports: [SearchEngineService],
})
export class SearchEngineModule {}
