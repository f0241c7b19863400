import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any fixed number: all app instances take the same advisory lock around migrating. */
const MIGRATION_LOCK_ID = 741_852_963;

/**
 * Applies pending migrations, each in its own transaction, under an advisory
 * lock so that several instances starting at once migrate only once.
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl, { poolSize: 1 }) });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** SQL that would bring the database in line with the entities: empty when migrations and entities agree. */
export async function pendingSchemaChanges(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl, { poolSize: 1 }) });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}
