import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
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
import { type AppProcess, startAppProcess } from './app-process';
import type { BenchOptions } from './bench-options';

/**
 * Fresh embedded servers and two apps on them: the measured one in a child process (`appUrl`, `appProcess.pid`:
 * every HTTP figure and the app RSS), and one in this process (`app`) whose services the bench calls directly —
 * the exact references, the reindexer, the capture of the Meilisearch query a route sends. The in-process app's
 * workers are off, so the child does all the outbox work. Raw clients (`meili`, `pg`) serve the floors.
 */
export interface BenchStack {
  app: NestExpressApplication;
  /** The in-process app's URL (query capture only). */
  baseUrl: string;
  /** The measured app (child process). */
  appUrl: string;
  appProcess: AppProcess;
  config: AppConfig;
  meili: Meilisearch;
  pg: Pool;
  servers: RunningServers;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startBenchStack(
  options: Pick<BenchOptions, 'external' | 'cpuProfileDir' | 'heapSnapshotDir'>,
  log: (line: string) => void = () => undefined,
): Promise<BenchStack> {
  const { external } = options;
  const started = Date.now();
  const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const dir = await mkdtemp(join(tmpdir(), 'tb-bench-'));
  const env = validateEnvironment({
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    PORT: '0',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
    SEARCH_WORKER_ENABLED: 'false',
    MAIL_WORKER_ENABLED: 'false',
    SAVED_SEARCH_ALERTS_JOB_ENABLED: 'false',
    ...(external && {
      DATABASE_URL: external.databaseUrl,
      MEILI_URL: external.meiliUrl,
      MEILI_MASTER_KEY: external.meiliMasterKey,
      MEILI_INDEX_PREFIX: external.indexPrefix,
      MEILI_TAXONOMY_INDEX: external.taxonomyIndex,
      JWT_SECRET: randomBytes(32).toString('hex'),
    }),
  });
  const servers = await startServers(env);
  log(`servers up after ${since()}`);
  const cleanups: (() => Promise<unknown>)[] = [() => servers.stop(), () => rm(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e) => console.error('bench: cleanup failed', e));
  };
  try {
    const config = buildAppConfig(env, servers.servers);
    await runMigrations(config.databaseUrl);
    // The in-process app imports the ESCO taxonomy on its first start; the child then finds it there.
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: ['error', 'warn'] });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    cleanups.push(() => app.close());
    log(`in-process app (taxonomy imported) after ${since()}`);
    const appProcess = await startAppProcess(
      { ...servers.servers, indexPrefix: config.meiliIndexPrefix, taxonomyIndex: external?.taxonomyIndex },
      join(dir, 'app'),
      options,
    );
    cleanups.push(() => appProcess.stop());
    log(`app process ${appProcess.pid} up after ${since()}`);
    const pg = new Pool({ connectionString: config.databaseUrl, max: 16 });
    cleanups.push(() => pg.end());
    return {
      app,
      baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
      appUrl: appProcess.url,
      appProcess,
      config,
      meili: createMeilisearchClient(config.meiliUrl, config.meiliMasterKey),
      pg,
      servers,
      dataDir: dir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
