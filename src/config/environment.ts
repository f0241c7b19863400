import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  isEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every setting the process reads from its environment. Nothing outside
 * src/config reads process.env: the app gets a typed, validated copy.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 0 and 65535' })
  @Min(0, { message: 'PORT must be a whole number between 0 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 0 and 65535' })
  PORT = 3000;

  @IsString()
  DATA_DIR = './.data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s/]+(:\d+)?\/[^\s/?]+(\?\S*)?$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  /**
   * One Meilisearch server, or several replicas separated by commas (`http://meili-1:7700,http://meili-2:7700`),
   * all with the same MEILI_MASTER_KEY: the outbox writes every change to each, searches go to a healthy one.
   */
  @IsOptional()
  @IsServerList()
  MEILI_URL?: string;

  /** Required whenever Meilisearch is external; the embedded one gets a generated key. */
  @ValidateIf((env: EnvironmentVariables) => env.MEILI_URL !== undefined || env.MEILI_MASTER_KEY !== undefined)
  @IsString({ message: 'MEILI_MASTER_KEY is required when MEILI_URL is set' })
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  MEILI_MASTER_KEY?: string;

  /**
   * Upper bound of the RAM the embedded Meilisearch may use while indexing (`--max-indexing-memory`), e.g. `1GiB` or
   * `512 MB`; unset → Meilisearch's default (two thirds of the machine's RAM). An external Meilisearch takes its own setting.
   */
  @IsOptional()
  @Matches(/^\d+(\.\d+)?\s?(B|[KMGT]i?B)$/, {
    message: 'MEILI_MAX_INDEXING_MEMORY must be an amount of memory such as 1GiB, 512MiB or 2 GB',
  })
  MEILI_MAX_INDEXING_MEMORY?: string;

  /** Prefix of every index name, so several apps (or test suites) can share one server. */
  @Matches(/^[a-zA-Z0-9_-]{0,40}$/, { message: 'MEILI_INDEX_PREFIX may hold only letters, digits, _ and -' })
  MEILI_INDEX_PREFIX = '';

  /**
   * Uid of the taxonomy label index, when it should not carry MEILI_INDEX_PREFIX: the
   * reference data is the same for every tenant, so several apps (or test suites) may share one.
   */
  @IsOptional()
  @Matches(/^[a-zA-Z0-9_-]{1,80}$/, { message: 'MEILI_TAXONOMY_INDEX may hold only letters, digits, _ and -' })
  MEILI_TAXONOMY_INDEX?: string;

  /** Required with an external database (production); the embedded default generates and keeps one. */
  @ValidateIf((env: EnvironmentVariables) => env.DATABASE_URL !== undefined || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required when DATABASE_URL is set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt({ message: 'JWT_EXPIRES_IN_SECONDS must be a whole number of seconds' })
  @Min(60, { message: 'JWT_EXPIRES_IN_SECONDS must be at least 60' })
  @Max(7 * 24 * 3600, { message: 'JWT_EXPIRES_IN_SECONDS must be at most 604800 (7 days)' })
  JWT_EXPIRES_IN_SECONDS = 3600;

  @ValidateIf((env: EnvironmentVariables) => env.STAFF_PASSWORD !== undefined || env.STAFF_EMAIL !== undefined)
  @IsEmail({}, { message: 'STAFF_EMAIL must be an e-mail address when STAFF_PASSWORD is set' })
  STAFF_EMAIL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.STAFF_EMAIL !== undefined || env.STAFF_PASSWORD !== undefined)
  @IsString({ message: 'STAFF_PASSWORD is required when STAFF_EMAIL is set' })
  @MinLength(12, { message: 'STAFF_PASSWORD must be at least 12 characters' })
  @MaxLength(256)
  STAFF_PASSWORD?: string;

  /** Login attempts per minute for one account from one client address (password guessing). */
  @Transform(toInt)
  @IsInt({ message: 'AUTH_RATE_LIMIT_PER_MINUTE must be a whole number' })
  @Min(1, { message: 'AUTH_RATE_LIMIT_PER_MINUTE must be at least 1' })
  AUTH_RATE_LIMIT_PER_MINUTE = 10;

  /** Login and register requests per minute from one client address, whatever the account (stuffing, mass sign-ups). */
  @Transform(toInt)
  @IsInt({ message: 'AUTH_CLIENT_RATE_LIMIT_PER_MINUTE must be a whole number' })
  @Min(1, { message: 'AUTH_CLIENT_RATE_LIMIT_PER_MINUTE must be at least 1' })
  AUTH_CLIENT_RATE_LIMIT_PER_MINUTE = 300;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Run the index outbox worker in this process (turn off on pure API replicas). */
  @Transform(toBool)
  @IsIn([true, false], { message: 'SEARCH_WORKER_ENABLED must be true or false' })
  SEARCH_WORKER_ENABLED = true;

  /**
   * How often the outbox worker looks for due rows when nothing woke it. New rows
   * wake it at once (NOTIFY); the poll picks up retries whose back-off ended.
   */
  @Transform(toInt)
  @IsInt({ message: 'SEARCH_WORKER_POLL_MS must be a whole number of milliseconds' })
  @Min(10, { message: 'SEARCH_WORKER_POLL_MS must be at least 10' })
  @Max(3_600_000, { message: 'SEARCH_WORKER_POLL_MS must be at most 3600000 (one hour)' })
  SEARCH_WORKER_POLL_MS = 200;

  /**
   * On SIGTERM/SIGINT, how long requests already being served may take to finish (no new connections are
   * accepted meanwhile); connections still open then are closed and shutdown goes on.
   */
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_DRAIN_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'SHUTDOWN_DRAIN_MS must be at least 0' })
  @Max(600_000, { message: 'SHUTDOWN_DRAIN_MS must be at most 600000 (ten minutes)' })
  SHUTDOWN_DRAIN_MS = 10_000;

  /** Run the scheduled saved-search alert job (daily alerts, leftover instant runs) in this process. */
  @Transform(toBool)
  @IsIn([true, false], { message: 'SAVED_SEARCH_ALERTS_JOB_ENABLED must be true or false' })
  SAVED_SEARCH_ALERTS_JOB_ENABLED = true;

  /** SMTP server for outgoing mail (`smtp://user:pass@host:587`, `smtps://…`); unset → mails are written to DATA_DIR/mail/*.eml. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/?#]+(\/\S*)?$/, { message: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465' })
  @IsValidUrl('SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465')
  SMTP_URL?: string;

  /** Sender of every mail: an address, optionally with a display name (`Name <address>`). */
  @IsMailbox()
  MAIL_FROM = 'TalentBridge Sachsen <no-reply@talentbridge.localhost>';

  /** Where the web app is reached: links in mails point here. Unset → http://HOST:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'PUBLIC_URL must be an http(s) URL without query, e.g. https://talentbridge.example',
  })
  @IsValidUrl('PUBLIC_URL must be an http(s) URL without query, e.g. https://talentbridge.example')
  PUBLIC_URL?: string;

  /** Run the mail outbox worker in this process (turn off on pure API replicas). */
  @Transform(toBool)
  @IsIn([true, false], { message: 'MAIL_WORKER_ENABLED must be true or false' })
  MAIL_WORKER_ENABLED = true;

  /** How often the mail worker looks for due mail when nothing woke it (it is woken at each commit that wrote mail). */
  @Transform(toInt)
  @IsInt({ message: 'MAIL_POLL_INTERVAL_MS must be a whole number of milliseconds' })
  @Min(50, { message: 'MAIL_POLL_INTERVAL_MS must be at least 50' })
  @Max(600_000, { message: 'MAIL_POLL_INTERVAL_MS must be at most 600000 (10 minutes)' })
  MAIL_POLL_INTERVAL_MS = 5_000;

  /** First retry delay after a failed send; doubles with each attempt, capped at one hour. */
  @Transform(toInt)
  @IsInt({ message: 'MAIL_RETRY_BASE_MS must be a whole number of milliseconds' })
  @Min(10, { message: 'MAIL_RETRY_BASE_MS must be at least 10' })
  @Max(3_600_000, { message: 'MAIL_RETRY_BASE_MS must be at most 3600000 (1 hour)' })
  MAIL_RETRY_BASE_MS = 30_000;

  /** A mail the SMTP server keeps refusing (4xx) is given up after this many attempts; an unreachable server is retried forever. */
  @Transform(toInt)
  @IsInt({ message: 'MAIL_MAX_ATTEMPTS must be a whole number' })
  @Min(1, { message: 'MAIL_MAX_ATTEMPTS must be at least 1' })
  @Max(100, { message: 'MAIL_MAX_ATTEMPTS must be at most 100' })
  MAIL_MAX_ATTEMPTS = 10;

  /** Candidate profiles whose owner has not signed in for this many days are hidden from employers. */
  @Transform(toInt)
  @IsInt({ message: 'RETENTION_HIDE_AFTER_DAYS must be a whole number of days' })
  @Min(1, { message: 'RETENTION_HIDE_AFTER_DAYS must be at least 1' })
  @Max(3650, { message: 'RETENTION_HIDE_AFTER_DAYS must be at most 3650' })
  RETENTION_HIDE_AFTER_DAYS = 183;

  /** …and erased (profile and account) after this many days without sign-in; must be more than the hide period. */
  @Transform(toInt)
  @IsInt({ message: 'RETENTION_ERASE_AFTER_DAYS must be a whole number of days' })
  @Min(2, { message: 'RETENTION_ERASE_AFTER_DAYS must be at least 2' })
  @Max(3650, { message: 'RETENTION_ERASE_AFTER_DAYS must be at most 3650' })
  @IsGreaterThanHidePeriod()
  RETENTION_ERASE_AFTER_DAYS = 365;
}

/** RETENTION_ERASE_AFTER_DAYS > RETENTION_HIDE_AFTER_DAYS: the candidate must get the chance to come back. */
function IsGreaterThanHidePeriod() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isGreaterThanHidePeriod',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args) =>
          typeof value === 'number' && value > (args!.object as EnvironmentVariables).RETENTION_HIDE_AFTER_DAYS,
        defaultMessage: () => 'RETENTION_ERASE_AFTER_DAYS must be greater than RETENTION_HIDE_AFTER_DAYS',
      },
    });
}

const MEILI_URL_PATTERN = /^https?:\/\/[^\s/,]+(\/[^\s,]*)?$/;

/** The entries of a comma-separated MEILI_URL (blanks around commas ignored). */
export function meiliUrlList(value: string): string[] {
  return value.split(',').map((entry) => entry.trim());
}

/** Each entry of MEILI_URL looks like http://host:7700 and parses; the message names the wrong one. */
function IsServerList() {
  const wrong = (value: unknown): string | null => {
    if (typeof value !== 'string') return String(value);
    const entries = meiliUrlList(value);
    const bad = entries.find((entry) => !MEILI_URL_PATTERN.test(entry) || !URL.canParse(entry));
    if (bad !== undefined) return bad;
    const seen = new Set<string>();
    for (const entry of entries) {
      const normal = new URL(entry).href;
      if (seen.has(normal)) return `${entry} (listed twice)`;
      seen.add(normal);
    }
    return null;
  };
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isServerList',
      target: target.constructor,
      propertyName,
      options: {
        message: (args) =>
          `MEILI_URL must be http://host:7700 or a comma-separated list of such URLs; wrong entry: "${wrong(args.value) ?? ''}"`,
      },
      validator: { validate: (value: unknown) => wrong(value) === null },
    });
}

/** A value `new URL()` accepts (the pattern alone lets through e.g. a bad port). */
function IsValidUrl(message: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isValidUrl',
      target: target.constructor,
      propertyName,
      options: { message },
      validator: { validate: (value: unknown) => typeof value === 'string' && URL.canParse(value) },
    });
}

/** `address@domain` or `Display Name <address@domain>`, one line. */
function IsMailbox() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isMailbox',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an e-mail address, optionally as "Name <address>"` },
      validator: { validate: (value: unknown) => typeof value === 'string' && mailboxAddress(value) !== null },
    });
}

/** The address of a mailbox (`a@b.c` or `Name <a@b.c>`), or null. */
export function mailboxAddress(value: string): string | null {
  const match = /^\s*(?:([^<>\r\n]*?)\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[2] ?? match?.[3];
  return address && isEmail(address) ? address : null;
}

export class ConfigurationError extends Error {}

/** Validates the raw environment; throws one readable line per wrong setting. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }));
    throw new ConfigurationError(`Invalid configuration: ${lines.join('; ')}`);
  }
  return env;
}
