import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CandidateRetentionJob } from '../../src/candidates/candidate-retention.job';
import { uniqueEmail } from '../factories/users';
import { profileBody } from '../factories/candidates';
import { SHARED_TAXONOMY_INDEX } from '../utils/prepare-template';
import { inIndex, outboxDrained } from '../utils/search';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * Two app processes (`node dist/src/main.js`, built by `npm test`'s pretest) on
 * one PostgreSQL database and one Meilisearch index prefix, as several
 * instances of one installation behind a load balancer. An in-process app
 * owns the database (cloned from the template) and the indexes; its own
 * search worker is off, so only the two processes work the outbox.
 */
const MAIN = join(resolve(__dirname, '..', '..'), 'dist', 'src', 'main.js');
const ACCOUNT_LIMIT = 5;
const PASSWORD = 'correct horse battery staple';

interface Instance {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

async function startInstance(host: TestApp, dataDir: string): Promise<Instance> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (\`npm test\` does it)`);
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'].filter((k) => process.env[k] !== undefined);
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(keep.map((k) => [k, process.env[k]])),
    LOG_LEVEL: 'warn',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: host.config.databaseUrl,
    MEILI_URL: host.config.meiliUrl,
    MEILI_MASTER_KEY: host.config.meiliMasterKey,
    MEILI_INDEX_PREFIX: host.config.meiliIndexPrefix,
    MEILI_TAXONOMY_INDEX: SHARED_TAXONOMY_INDEX,
    JWT_SECRET: host.config.jwtSecret,
    AUTH_RATE_LIMIT_PER_MINUTE: String(ACCOUNT_LIMIT),
    AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
    SEARCH_WORKER_POLL_MS: '100',
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const out: string[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const match = out.join('').match(/listening on (https?:\/\/\S+)/);
    if (match) return { child, url: match[1], exited };
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`instance did not start (exit ${child.exitCode}):\n${out.join('').slice(-3000)}`);
    }
    await sleep(50);
  }
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), 15_000);
  await instance.exited;
  clearTimeout(timer);
}

async function call(instance: Instance, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${instance.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

async function register(instance: Instance, role: 'candidate' | 'employer' = 'candidate') {
  const res = await call(instance, 'POST', '/api/v1/auth/register', { email: uniqueEmail(role), password: PASSWORD, role });
  expect(res.status).toBe(201);
  const { user, accessToken } = res.body as { user: { id: string; email: string }; accessToken: string };
  return { ...user, token: accessToken };
}

/** Statuses of `attempts` wrong-password logins on one account, the n-th sent to instances[n % instances.length]. */
async function failedLogins(instances: Instance[], email: string, attempts: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let n = 0; n < attempts; n++) {
    const res = await call(instances[n % instances.length], 'POST', '/api/v1/auth/login', { email, password: 'wrong password 0000' });
    statuses.push(res.status);
  }
  return statuses;
}

describe('several app instances on one PostgreSQL and one Meilisearch', () => {
  let host: TestApp;
  let second: TestApp;
  let dataDir: string;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    host = await createTestApp({ env: { SEARCH_WORKER_ENABLED: 'false' } });
    second = await createTestApp({ shareWith: host, env: { SEARCH_WORKER_ENABLED: 'false' } });
    dataDir = await mkdtemp(join(tmpdir(), 'instances-'));
    [a, b] = await Promise.all([startInstance(host, join(dataDir, 'a')), startInstance(host, join(dataDir, 'b'))]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await second?.close();
    await host?.close();
    await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('counts login attempts on one account together across instances: 429 at the same attempt as on one instance', async () => {
    const alternated = await register(a);
    const single = await register(a);
    const expected = [...Array<number>(ACCOUNT_LIMIT).fill(401), 429, 429];
    expect(await failedLogins([a], single.email, ACCOUNT_LIMIT + 2)).toEqual(expected);
    expect(await failedLogins([a, b], alternated.email, ACCOUNT_LIMIT + 2)).toEqual(expected);
    // The counters are PostgreSQL's: they outlive any one process.
    const rows = await host.sql(`SELECT hits FROM throttler_hits WHERE throttler = 'account'`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses on instance B a token signed out on instance A', async () => {
    const user = await register(a);
    expect((await call(b, 'GET', '/api/v1/auth/me', undefined, user.token)).status).toBe(200);
    expect((await call(a, 'POST', '/api/v1/auth/logout', undefined, user.token)).status).toBe(204);
    expect((await call(b, 'GET', '/api/v1/auth/me', undefined, user.token)).status).toBe(401);
    expect((await call(a, 'GET', '/api/v1/auth/me', undefined, user.token)).status).toBe(401);
  });

  it("shares the search outbox between the instances' workers: every write through either becomes searchable once", async () => {
    const writes = Array.from({ length: 12 }, (_, n) => (n % 2 ? a : b));
    const profiles = await Promise.all(
      writes.map(async (instance) => {
        const user = await register(instance);
        const res = await call(instance, 'PUT', '/api/v1/candidates/me', profileBody(), user.token);
        expect(res.status).toBe(200);
        return res.body.id as string;
      }),
    );
    await outboxDrained(host, undefined, 30_000);
    const indexed = await Promise.all(profiles.map((id) => inIndex(host, 'candidates', id)));
    expect(indexed).toEqual(profiles.map(() => true));
    expect(await host.sql(`SELECT id FROM search_outbox`)).toEqual([]);
  });

  it('runs a scheduled job once when two instances fire it at the same moment, and not again right after', async () => {
    await host.sql(`DELETE FROM scheduled_job_runs WHERE name = 'candidate-retention'`);
    const jobs = [host, second].map((t) => t.app.get(CandidateRetentionJob));
    const ran = await Promise.all(jobs.map((job) => job.run()));
    expect(ran.filter(Boolean)).toHaveLength(1);
    // Fired again a moment later (a slower clock, a late cron tick): the run slot is taken.
    expect(await jobs[0].run()).toBe(false);
    expect(await jobs[1].run()).toBe(false);
    const [run] = await host.sql<{ last_finished_at: Date | null }>(
      `SELECT last_finished_at FROM scheduled_job_runs WHERE name = 'candidate-retention'`,
    );
    expect(run.last_finished_at).not.toBeNull();
  });
});
