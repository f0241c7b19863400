import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import { EmbeddedPostgresServer } from '../../src/infrastructure/embedded/embedded-postgres.server';
import { runMigrations } from '../../src/infrastructure/database/run-migrations';
import { prepareTemplate } from './prepare-template';
import { publishTestServers } from './test-servers';

const TEMPLATE_DATABASE = 'talentbridge_template';

/** One embedded PostgreSQL and one Meilisearch for the whole run, on free ports. */
export default async function globalSetup(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'talentbridge-test-'));
  const meiliMasterKey = 'test-master-key-0123456789';
  const started = await Promise.allSettled([
    EmbeddedPostgresServer.start({ dataDir: join(workDir, 'postgres'), password: 'test-password', database: TEMPLATE_DATABASE }),
    EmbeddedMeilisearchServer.start({ dataDir: join(workDir, 'meilisearch'), masterKey: meiliMasterKey }),
  ]);
  const [pgResult, meiliResult] = started;
  if (pgResult.status === 'rejected' || meiliResult.status === 'rejected') {
    // Never leave the one that did start running.
    await Promise.all(started.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
    throw pgResult.status === 'rejected' ? pgResult.reason : (meiliResult as PromiseRejectedResult).reason;
  }
  const postgres = pgResult.value;
  const meilisearch = meiliResult.value;
  (globalThis as Record<string, unknown>).__TALENTBRIDGE_SERVERS__ = { postgres, meilisearch, workDir };
  try {
    // The migrations run here, on every test run: the e2e suites prove them.
    await runMigrations(postgres.urlFor(TEMPLATE_DATABASE));
    await prepareTemplate({ databaseUrl: postgres.urlFor(TEMPLATE_DATABASE), meiliUrl: meilisearch.url, meiliMasterKey });
  } catch (error) {
    await Promise.all([postgres.stop(), meilisearch.stop()]);
    throw error;
  }
  publishTestServers({
    adminDatabaseUrl: postgres.urlFor('postgres'),
    templateDatabase: TEMPLATE_DATABASE,
    databaseUrlTemplate: postgres.urlFor('{db}'),
    meiliUrl: meilisearch.url,
    meiliMasterKey,
    jwtSecret: 'test-jwt-secret-that-is-long-enough-0123456789',
    workDir,
  });
}
