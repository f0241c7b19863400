import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { Meilisearch } from 'meilisearch';
import { AppModule } from '../src/app.module';
import { type AppConfig, buildAppConfig } from '../src/config/app-config';
import { validateEnvironment } from '../src/config/environment';
import { configureApp } from '../src/configure-app';
import { runMigrations } from '../src/infrastructure/database/run-migrations';
import { type RunningServers, startServers } from '../src/infrastructure/embedded/embedded-stack';
import { createMeilisearchClient } from '../src/search/meilisearch.client';

/** The real app on fresh embedded servers, plus raw clients to the same servers for the baselines. */
export interface BenchStack {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  meili: Meilisearch;
  pg: Pool;
  servers: RunningServers;
  stop(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  const dir = await mkdtemp(join(tmpdir(), 'tb-bench-'));
  const env = validateEnvironment({
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    PORT: '0',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const servers = await startServers(env);
  const config = buildAppConfig(env, servers.servers);
  await runMigrations(config.databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const pg = new Pool({ connectionString: config.databaseUrl, max: 4 });
  return {
    app,
    config,
    baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    meili: createMeilisearchClient(config.meiliUrl, config.meiliMasterKey),
    pg,
    servers,
    stop: async () => {
      await app.close();
      await pg.end();
      await servers.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
