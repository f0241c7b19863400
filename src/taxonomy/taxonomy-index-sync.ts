import { Injectable, Logger } from '@nestjs/common';
import { SearchEngineService } from '../search/search-engine.service';
import { taxonomyDocumentId, taxonomyIndexDefinition } from './taxonomy.index';
import { TaxonomyRepository } from './taxonomy.repository';

/** Keeps the label index in step with the reference tables: rebuilt (and swapped in) only when it differs. */
@Injectable()
export class TaxonomyIndexSync {
  private readonly logger = new Logger(TaxonomyIndexSync.name);

  constructor(
    private readonly repository: TaxonomyRepository,
    private readonly search: SearchEngineService,
  ) {}

  async syncIfStale(): Promise<boolean> {
    const expected = await this.repository.labelDocumentCount();
    await this.search.ensureIndex(taxonomyIndexDefinition);
    if ((await this.search.documentCount(taxonomyIndexDefinition.name)) === expected) return false;
    await this.rebuild();
    return true;
  }

  async rebuild(): Promise<number> {
    const repository = this.repository;
    async function* documents() {
      for await (const batch of repository.labelDocuments()) {
        yield batch.map((doc) => ({ id: taxonomyDocumentId(doc.conceptUri, doc.lang), ...doc }));
      }
    }
    const count = await this.search.rebuild(taxonomyIndexDefinition, documents());
    this.logger.log(`Taxonomy label index rebuilt: ${count} documents`);
    return count;
  }
}
