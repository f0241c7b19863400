import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { TaxonomyImporter } from './taxonomy-importer.service';

/** Fills the reference tables on the first start (they are empty after the migrations). */
@Injectable()
export class TaxonomyBootstrap implements OnApplicationBootstrap {
  constructor(private readonly importer: TaxonomyImporter) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.importer.importIfEmpty();
  }
}
