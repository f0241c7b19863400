import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The one DataSource configuration, shared by the app, the migration CLI and
 * the tests. The schema comes only from migrations: `synchronize` stays off.
 */
export function dataSourceOptions(databaseUrl: string, overrides: Partial<{ poolSize: number }> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [join(ROOT, 'src', '**', '*.entity.{js,ts}')],
    migrations: [join(ROOT, 'migrations', '*.{js,ts}')],
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+, no extension needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    poolSize: overrides.poolSize ?? 10,
    // A query that cannot get a connection (PostgreSQL down or restarting) fails within 3 s, and the
    // exception filter answers 503 database.unavailable; the pool makes new connections once it is back.
    extra: { connectionTimeoutMillis: 3_000 },
  };
}
