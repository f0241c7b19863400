import { type ConfigService } from '@nestjs/config';
import { type EnvironmentVariables, meiliUrlList } from './environment';

/** The resolved, typed configuration the app runs with (after embedded servers are up). */
export interface AppConfig {
  nodeEnv: EnvironmentVariables['NODE_ENV'];
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  /** The first (or only) Meilisearch server. */
  meiliUrl: string;
  /** Every Meilisearch replica, in MEILI_URL's order (one entry unless MEILI_URL lists several). */
  meiliUrls: string[];
  meiliMasterKey: string;
  meiliIndexPrefix: string;
  /** Index uids that do not follow the prefix rule, by logical name. */
  meiliIndexUids: Record<string, string>;
  jwtSecret: string;
  jwtExpiresInSeconds: number;
  staffAccount: { email: string; password: string } | null;
  authRateLimitPerMinute: number;
  authClientRateLimitPerMinute: number;
  logLevel: EnvironmentVariables['LOG_LEVEL'];
  searchWorkerEnabled: boolean;
  /** The outbox worker's poll interval when no NOTIFY woke it (retries whose back-off ended). */
  searchWorkerPollMs: number;
  /** Run the scheduled saved-search alert job here (daily alerts; once across instances anyway, by advisory lock). */
  savedSearchAlertsJobEnabled: boolean;
  /** Candidate data retention: hide after this many days without sign-in, erase after that many. */
  retention: { hideAfterDays: number; eraseAfterDays: number };
  mail: MailConfig;
}

export interface MailConfig {
  /** null: no SMTP server, mails are written as .eml files to `<dataDir>/mail/`. */
  smtpUrl: string | null;
  from: string;
  /** Base of every link in mails, without a trailing slash. */
  publicUrl: string;
  workerEnabled: boolean;
  pollIntervalMs: number;
  retryBaseMs: number;
  maxAttempts: number;
}

/** Inject this to read configuration: `config.get('port', { infer: true })`. */
export type TypedConfigService = ConfigService<AppConfig, true>;

export interface ResolvedServers {
  databaseUrl: string;
  /** One URL or a comma-separated list of replicas. */
  meiliUrl: string;
  meiliMasterKey: string;
  jwtSecret: string;
}

export function buildAppConfig(env: EnvironmentVariables, servers: ResolvedServers): AppConfig {
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    dataDir: env.DATA_DIR,
    databaseUrl: servers.databaseUrl,
    meiliUrl: meiliUrlList(servers.meiliUrl)[0],
    meiliUrls: meiliUrlList(servers.meiliUrl),
    meiliMasterKey: servers.meiliMasterKey,
    meiliIndexPrefix: env.MEILI_INDEX_PREFIX,
    meiliIndexUids: env.MEILI_TAXONOMY_INDEX ? { taxonomy: env.MEILI_TAXONOMY_INDEX } : {},
    jwtSecret: servers.jwtSecret,
    jwtExpiresInSeconds: env.JWT_EXPIRES_IN_SECONDS,
    staffAccount: env.STAFF_EMAIL && env.STAFF_PASSWORD ? { email: env.STAFF_EMAIL, password: env.STAFF_PASSWORD } : null,
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    authClientRateLimitPerMinute: env.AUTH_CLIENT_RATE_LIMIT_PER_MINUTE,
    logLevel: env.LOG_LEVEL,
    searchWorkerEnabled: env.SEARCH_WORKER_ENABLED,
    searchWorkerPollMs: env.SEARCH_WORKER_POLL_MS,
    savedSearchAlertsJobEnabled: env.SAVED_SEARCH_ALERTS_JOB_ENABLED,
    retention: { hideAfterDays: env.RETENTION_HIDE_AFTER_DAYS, eraseAfterDays: env.RETENTION_ERASE_AFTER_DAYS },
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM,
      publicUrl: (env.PUBLIC_URL ?? defaultPublicUrl(env.HOST, env.PORT)).replace(/\/+$/, ''),
      workerEnabled: env.MAIL_WORKER_ENABLED,
      pollIntervalMs: env.MAIL_POLL_INTERVAL_MS,
      retryBaseMs: env.MAIL_RETRY_BASE_MS,
      maxAttempts: env.MAIL_MAX_ATTEMPTS,
    },
  };
}

/** http://HOST:PORT, with a wildcard bind address (0.0.0.0, ::) read as localhost. */
function defaultPublicUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
