import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/infrastructure/database/data-source-options';
import { TaxonomyImportRepository } from '../../src/taxonomy/taxonomy-import.repository';
import { TaxonomyImporter } from '../../src/taxonomy/taxonomy-importer.service';

/**
 * Fills the template database once per test run, after the migrations, with
 * the reference data the app would import on first start (the ESCO taxonomy).
 */
export async function prepareTemplate(servers: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string }): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(servers.databaseUrl, { poolSize: 2 })).initialize();
  try {
    await new TaxonomyImporter(new TaxonomyImportRepository(dataSource)).importAll();
  } finally {
    await dataSource.destroy();
  }
}
