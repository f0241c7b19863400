import type { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/infrastructure/database/data-source-options';
import { createMeilisearchReplicas } from '../../src/search/meilisearch.client';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { TaxonomyImportRepository } from '../../src/taxonomy/taxonomy-import.repository';
import { TaxonomyImporterService } from '../../src/taxonomy/taxonomy-importer.service';
import { TaxonomyIndexSync } from '../../src/taxonomy/taxonomy-index-sync';
import { TaxonomyRepository } from '../../src/taxonomy/taxonomy.repository';

/** The label index is reference data, identical for every suite: built once per run and shared. */
export const SHARED_TAXONOMY_INDEX = 'test_shared_taxonomy';

/**
 * Fills the template database once per test run, after the migrations, with
 * the reference data the app imports on first start (the ESCO taxonomy), and
 * builds the shared taxonomy label index in Meilisearch.
 */
export async function prepareTemplate(servers: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string }): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(servers.databaseUrl, { poolSize: 2 })).initialize();
  try {
    await new TaxonomyImporterService(new TaxonomyImportRepository(dataSource)).importAll();
    const settings: Partial<AppConfig> = { meiliIndexPrefix: 'test_', meiliIndexUids: { taxonomy: SHARED_TAXONOMY_INDEX } };
    const config = { get: (key: keyof AppConfig) => settings[key] } as unknown as ConfigService<AppConfig, true>;
    const engine = new SearchEngineService(createMeilisearchReplicas([servers.meiliUrl], servers.meiliMasterKey), config);
    await new TaxonomyIndexSync(new TaxonomyRepository(dataSource), engine).syncIfStale();
  } finally {
    await dataSource.destroy();
  }
}
