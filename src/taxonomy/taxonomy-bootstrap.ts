import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TaxonomyIndexSync } from './taxonomy-index-sync';
import { TaxonomyImporterService } from './taxonomy-importer.service';

const RETRY_MS = 30_000;

/**
 * First start: fill the reference tables, then the label index. Later starts:
 * two cheap count checks. Meilisearch being down does not stop the app: the
 * index sync is retried in the background until it succeeds.
 */
@Injectable()
export class TaxonomyBootstrap implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TaxonomyBootstrap.name);
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly importer: TaxonomyImporterService,
    private readonly index: TaxonomyIndexSync,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.importer.importIfEmpty();
    await this.syncIndex();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  private async syncIndex(): Promise<void> {
    try {
      await this.index.syncIfStale();
    } catch (error) {
      this.logger.warn(`Taxonomy index not synced (${(error as Error).message}); retrying in ${RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.syncIndex(), RETRY_MS);
      this.retry.unref();
    }
  }
}
