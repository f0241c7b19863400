import { type INestApplication, type ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { type AppConfig, buildAppConfig } from '../../src/config/app-config';
import { validateEnvironment } from '../../src/config/environment';
import { configureApp } from '../../src/configure-app';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { staffUser, type TestUser } from '../factories/users';
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

/** What factories and helpers need of an app: requests and SQL (a TestApp or a suite's app). */
export type TestClient = Pick<TestApp, 'http' | 'sql'>;

export interface TestAppOptions {
  /** Extra environment settings, validated like real ones. */
  env?: Record<string, string>;
  /** Override the Meilisearch URL (e.g. a server this suite stops and starts). */
  meiliUrl?: string;
  /** Extra modules, e.g. a probe controller for guard tests. */
  imports?: ModuleMetadata['imports'];
  /**
   * A second app instance on the database and indexes of this one (several
   * instances of one installation); its close leaves them to the first.
   */
  shareWith?: Pick<TestApp, 'config'>;
}

/** One statement on the maintenance database (CREATE/DROP DATABASE), on a connection of its own. */
export async function adminQuery(text: string): Promise<void> {
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
  const shared = options.shareWith?.config;
  const name = shared ? shared.meiliIndexPrefix.replace(/_$/, '') : `t_${randomBytes(6).toString('hex')}`;
  if (!shared) await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${servers.templateDatabase}"`);
  // A folder of its own (mail files without SMTP_URL land in DATA_DIR/mail), removed at close.
  const dataDir = await mkdtemp(join(tmpdir(), `${name}-`));
  const env = validateEnvironment({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
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
  // A suite that cuts the database (database-outage) breaks this connection too: not a crash of the run.
  db.on('error', () => undefined);
  await db.connect();
  return {
    app,
    config,
    // The one place requests to the app are made: every suite's http() comes here (useTestApp delegates).
    http: () => checkedAgainstOpenApi(app, request(app.getHttpServer())),
    sql: async <T>(text: string, params?: unknown[]) => (await db.query(text, params)).rows as T[],
    close: async () => {
      await app.close();
      await db.end();
      await rm(dataDir, { recursive: true, force: true });
      if (shared) return;
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      for (const url of config.meiliUrls) await deleteIndexesWithPrefix(url, config.meiliMasterKey, config.meiliIndexPrefix);
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

export interface UseTestAppOptions extends TestAppOptions {
  /** Also make a staff account once the app is up (`t.staff`). */
  staff?: boolean;
}

/** A suite's app: the TestApp of its beforeAll, without close (afterAll closes it). */
export interface SuiteApp extends Omit<TestApp, 'close'> {
  /** The suite's staff account (needs `{ staff: true }`). */
  readonly staff: TestUser;
}

/**
 * The preamble of a suite: registers a beforeAll that starts the app on a
 * database of its own (and makes a staff account when asked) and an afterAll
 * that closes it. Call it inside `describe`, before the suite's own hooks,
 * which then run after it (and its own afterAll hooks after the close).
 * `options` may be a function, read in the beforeAll, for settings known only
 * once an earlier beforeAll has run (e.g. the URL of a server the suite starts).
 */
export function useTestApp(options: UseTestAppOptions | (() => UseTestAppOptions) = {}): SuiteApp {
  let current: TestApp | undefined;
  let staff: TestUser | undefined;
  beforeAll(async () => {
    const settings = typeof options === 'function' ? options() : options;
    current = await createTestApp(settings);
    if (settings.staff) staff = await staffUser(current);
  });
  afterAll(async () => {
    const closing = current;
    current = undefined;
    staff = undefined;
    await closing?.close();
  });
  const live = (): TestApp => {
    if (!current) throw new Error('useTestApp: the app is not running (use it in tests and hooks, not while the suite is collected)');
    return current;
  };
  return {
    get app() {
      return live().app;
    },
    get config() {
      return live().config;
    },
    http: () => live().http(),
    sql: <T = Record<string, unknown>>(text: string, params?: unknown[]) => live().sql<T>(text, params),
    get staff(): TestUser {
      live();
      if (!staff) throw new Error('useTestApp: no staff account; ask for one with useTestApp({ staff: true })');
      return staff;
    },
  };
}
