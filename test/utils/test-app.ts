import { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { AppConfig, buildAppConfig } from '../../src/config/app-config';
import { validateEnvironment } from '../../src/config/environment';
import { configureApp } from '../../src/configure-app';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { checkedAgainstOpenApi } from './openapi-conformance';
import { SHARED_TAXONOMY_INDEX } from './prepare-template';
import { testServers } from './test-servers';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** A fresh supertest request against the app; every answer is checked against its OpenAPI document (openapi-conformance.ts). */
  http(): ReturnType<typeof request>;
  /** Direct SQL on this suite's own database (for assertions on stored state). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment settings, validated like real ones. */
  env?: Record<string, string>;
  /** Override the Meilisearch URL (e.g. a server this suite stops and starts). */
  meiliUrl?: string;
  /** Extra modules, e.g. a probe controller for guard tests. */
  imports?: ModuleMetadata['imports'];
}

async function adminQuery(text: string): Promise<void> {
  const client = new Client({ connectionString: testServers().adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * The real app, as main.ts builds it, on a database of its own (cloned from the
 * migrated template) and with its own Meilisearch index prefix: suites never see each other's data.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const servers = testServers();
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${servers.templateDatabase}"`);
  const env = validateEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MEILI_INDEX_PREFIX: `${name}_`,
    MEILI_TAXONOMY_INDEX: SHARED_TAXONOMY_INDEX,
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
    DATABASE_URL: servers.databaseUrlFor(name),
    MEILI_URL: options.meiliUrl ?? servers.meiliUrl,
    MEILI_MASTER_KEY: servers.meiliMasterKey,
    JWT_SECRET: servers.jwtSecret,
    ...options.env,
  });
  const config = buildAppConfig(env, {
    databaseUrl: env.DATABASE_URL!,
    meiliUrl: env.MEILI_URL!,
    meiliMasterKey: env.MEILI_MASTER_KEY!,
    jwtSecret: env.JWT_SECRET!,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config), ...(options.imports ?? [])],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app);
  await app.init();

  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  return {
    app,
    config,
    http: () => checkedAgainstOpenApi(app, request(app.getHttpServer())),
    sql: async <T>(text: string, params?: unknown[]) => (await db.query(text, params)).rows as T[],
    close: async () => {
      await app.close();
      await db.end();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await deleteIndexesWithPrefix(config.meiliUrl, config.meiliMasterKey, config.meiliIndexPrefix);
    },
  };
}

async function deleteIndexesWithPrefix(url: string, key: string, prefix: string): Promise<void> {
  const meili = createMeilisearchClient(url, key);
  try {
    const { results } = await meili.getIndexes({ limit: 1000 });
    await Promise.all(results.filter((i) => i.uid.startsWith(prefix)).map((i) => meili.deleteIndex(i.uid)));
  } catch {
    /* a suite that stopped its own search server has nothing to clean there */
  }
}
