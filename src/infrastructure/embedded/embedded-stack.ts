import { join, resolve } from 'node:path';
import { type EnvironmentVariables } from '../../config/environment';
import { type ResolvedServers } from '../../config/app-config';
import { EmbeddedMeilisearchServer } from './embedded-meilisearch.server';
import { EmbeddedPostgresServer } from './embedded-postgres.server';
import { lockDataDir } from './data-dir-lock';
import { loadOrCreateSecrets } from './secrets.store';

export interface RunningServers {
  servers: ResolvedServers;
  /** Stops whatever was embedded (nothing when both servers are external). */
  stop(): Promise<void>;
  embedded: { postgres?: EmbeddedPostgresServer; meilisearch?: EmbeddedMeilisearchServer };
}

export interface StartOptions {
  /** Only the database is needed (e.g. `npm run migration:run`). */
  databaseOnly?: boolean;
  log?: (line: string) => void;
}

/**
 * The embedded default: each server that has no URL in the environment is
 * started here, with its data under DATA_DIR. With both URLs set nothing is embedded.
 */
export async function startServers(env: EnvironmentVariables, options: StartOptions = {}): Promise<RunningServers> {
  const dataDir = resolve(env.DATA_DIR);
  const needsEmbedded = !env.DATABASE_URL || !env.MEILI_URL || !env.JWT_SECRET;
  const embedsServers = !env.DATABASE_URL || (!env.MEILI_URL && !options.databaseOnly);
  const unlock = embedsServers ? await lockDataDir(dataDir) : async () => undefined;
  const secrets = needsEmbedded ? await loadOrCreateSecrets(dataDir) : null;
  const embedded: RunningServers['embedded'] = {};
  const stop = async () => {
    await embedded.meilisearch?.stop();
    await embedded.postgres?.stop();
    await unlock();
  };
  try {
    if (!env.DATABASE_URL) {
      embedded.postgres = await EmbeddedPostgresServer.start({
        dataDir: join(dataDir, 'postgres'),
        password: secrets!.postgresPassword,
        database: 'talentbridge',
        log: options.log,
      });
    }
    if (!env.MEILI_URL && !options.databaseOnly) {
      embedded.meilisearch = await EmbeddedMeilisearchServer.start({
        dataDir: join(dataDir, 'meilisearch'),
        masterKey: secrets!.meiliMasterKey,
        maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
        log: options.log,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    servers: {
      databaseUrl: env.DATABASE_URL ?? embedded.postgres!.url,
      meiliUrl: env.MEILI_URL ?? embedded.meilisearch?.url ?? '',
      // The embedded server always runs with the key kept under DATA_DIR.
      meiliMasterKey: embedded.meilisearch ? secrets!.meiliMasterKey : env.MEILI_MASTER_KEY!,
      jwtSecret: env.JWT_SECRET ?? secrets!.jwtSecret,
    },
    stop,
    embedded,
  };
}
