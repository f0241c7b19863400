import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../infrastructure/database/data-source-options';
import { runMigrations } from '../infrastructure/database/run-migrations';
import { TaxonomyImportRepository } from '../taxonomy/taxonomy-import.repository';
import { TaxonomyImporterService } from '../taxonomy/taxonomy-importer.service';
import { withDatabase } from './with-database';

/** `npm run taxonomy:import`: (re)loads the shipped ESCO data; safe to run any number of times. */
void withDatabase(async (url) => {
  await runMigrations(url);
  const dataSource = await new DataSource(dataSourceOptions(url, { poolSize: 2 })).initialize();
  try {
    const summary = await new TaxonomyImporterService(new TaxonomyImportRepository(dataSource)).importAll();
    console.log(`ESCO taxonomy imported: ${JSON.stringify(summary)}`);
  } finally {
    await dataSource.destroy();
  }
});
