import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { buildAppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { startServers } from '../infrastructure/embedded/embedded-stack';
import { runMigrations } from '../infrastructure/database/run-migrations';
import { SearchReindexer } from '../search/indexing/search-reindexer.service';

/**
 * `npm run search:reindex [name…]`: rebuilds every search index (or the named
 * ones) from PostgreSQL into a fresh index and swaps it in. Against external
 * servers it can run while the app serves traffic; with the embedded servers,
 * stop the app first (or use POST /api/v1/search/reindex as staff).
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const running = await startServers(env);
  try {
    const config = buildAppConfig(env, running.servers);
    await runMigrations(config.databaseUrl);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, searchWorkerEnabled: false }), {
      logger: ['error', 'warn', 'log'],
    });
    try {
      const counts = await app.get(SearchReindexer).reindex(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
      console.log(`Reindexed: ${JSON.stringify(counts)}`);
    } finally {
      await app.close();
    }
  } finally {
    await running.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
