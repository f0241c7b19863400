import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The built app (`node dist/src/main.js`, what `npm start` runs) as a child
 * process on a DATA_DIR of its own, with nothing external configured: it embeds
 * PostgreSQL and Meilisearch itself. `npm test` builds first (the `pretest` script).
 */
const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const REINDEX = join(ROOT, 'dist', 'src', 'cli', 'search-reindex.js');
const VERIFY = join(ROOT, 'dist', 'src', 'cli', 'search-verify.js');
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 45_000;

interface RunningApp {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Only what a shell would hand down: no settings leak in from the test run (DATABASE_URL, JWT_SECRET, …). */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'];
  const base = Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
  return { ...base, LOG_LEVEL: 'warn', ...extra };
}

const children = new Set<ChildProcess>();

function spawnApp(env: Record<string, string>, script = MAIN): { child: ChildProcess; out: string[]; err: string[] } {
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first (\`npm test\` does it)`);
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const out: string[] = [];
  const err: string[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  return { child, out, err };
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

/** Starts the app and waits for its "listening on http://host:port" line. */
async function startApp(dataDir: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const { child, out, err } = spawnApp({ DATA_DIR: dataDir, PORT: '0', ...env });
  const exited = exitOf(child);
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const match = out.join('').match(/listening on (https?:\/\/\S+)/);
    if (match) return { child, url: match[1], stdout: () => out.join(''), stderr: () => err.join(''), exited };
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `app did not start (exit ${child.exitCode}, signal ${child.signalCode}):\n${out.join('').slice(-3000)}\n${err.join('').slice(-3000)}`,
      );
    }
    await sleep(100);
  }
}

/** Runs the app to completion (for start-ups that must fail). */
async function runToExit(env: Record<string, string>, timeoutMs = 30_000, script = MAIN): Promise<Exit> {
  const started = Date.now();
  const { child, out, err } = spawnApp(env, script);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code, signal } = await exitOf(child);
  clearTimeout(timer);
  return { code, signal, stdout: out.join(''), stderr: err.join(''), ms: Date.now() - started };
}

async function stopApp(app: RunningApp, signal: NodeJS.Signals) {
  app.child.kill(signal);
  const timer = setTimeout(() => app.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  try {
    return await app.exited;
  } finally {
    clearTimeout(timer);
  }
}

async function readProc(pid: string, file: string): Promise<string> {
  try {
    return await readFile(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // gone meanwhile
  }
}

/** Live processes whose command line mentions `needle`. */
async function processesMentioning(needle: string): Promise<{ pid: number; cmdline: string }[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  const found = await Promise.all(
    pids.map(async (pid) => ({ pid: Number(pid), cmdline: (await readProc(pid, 'cmdline')).replace(/\0/g, ' ').trim() })),
  );
  return found.filter((p) => p.cmdline.includes(needle));
}

/** A process, told apart from a later one that reuses its pid by its start time. */
interface ProcessId {
  pid: number;
  startTime: string;
}

async function statOf(pid: number): Promise<{ state: string; ppid: number; startTime: string } | null> {
  const stat = await readProc(String(pid), 'stat');
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
  return { state: fields[0], ppid: Number(fields[1]), startTime: fields[19] };
}

/**
 * Every process below `root` (PostgreSQL's own workers rename themselves, so
 * their command lines no longer show DATA_DIR; the parent links still hold).
 */
async function descendantsOf(root: number): Promise<ProcessId[]> {
  const all = new Map<number, { state: string; ppid: number; startTime: string }>();
  for (const name of (await readdir('/proc')).filter((n) => /^\d+$/.test(n))) {
    const stat = await statOf(Number(name));
    if (stat) all.set(Number(name), stat);
  }
  const result: ProcessId[] = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [pid, stat] of all) {
      if (stat.ppid !== parent) continue;
      result.push({ pid, startTime: stat.startTime });
      queue.push(pid);
    }
  }
  return result;
}

/** Running, that is: not gone, not replaced, and not a zombie (dead, waiting for whoever adopted it to reap it). */
async function stillRunning(p: ProcessId): Promise<boolean> {
  const stat = await statOf(p.pid);
  return stat !== null && stat.startTime === p.startTime && stat.state !== 'Z';
}

/** Polls until nothing of the app's servers is left; returns what is still there after `timeoutMs`. */
async function leftovers(dataDir: string, tree: ProcessId[], timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const byCommandLine = (await processesMentioning(dataDir)).map((p) => `${p.pid}: ${p.cmdline}`);
    const alive = (await Promise.all(tree.map(async (p) => ((await stillRunning(p)) ? [p] : [])))).flat();
    const byTree = await Promise.all(alive.map(async (p) => `${p.pid}: ${(await readProc(String(p.pid), 'cmdline')).replace(/\0/g, ' ')}`));
    const left = [...new Set([...byCommandLine, ...byTree])];
    if (!left.length || Date.now() > deadline) return left;
    await sleep(200);
  }
}

/** Last resort for a failed test: nothing started here may outlive the run. */
async function killEverything(dataDirs: string[]): Promise<void> {
  for (const child of children) {
    if (child.pid) for (const p of await descendantsOf(child.pid)) tryKill(p.pid);
    child.kill('SIGKILL');
  }
  for (const dir of dataDirs) for (const p of await processesMentioning(dir)) tryKill(p.pid);
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies of several routes, asserted field by field
async function json(url: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** One POST on a connection of its own; `connected` resolves once the TCP connection is up. */
function postOnOwnConnection(url: string, body: unknown): { connected: Promise<void>; answered: Promise<number | string> } {
  let onConnect!: () => void;
  const connected = new Promise<void>((done) => (onConnect = done));
  const answered = new Promise<number | string>((done) => {
    const req = httpRequest(url, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.once('end', () => done(res.statusCode ?? 0));
    });
    req.once('socket', (socket) => socket.once('connect', onConnect));
    req.once('error', (error) => done((error as NodeJS.ErrnoException).code ?? error.message));
    req.end(JSON.stringify(body));
  });
  return { connected, answered };
}

/** Whether a fresh TCP connection to `url`'s port is accepted. */
function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
  });
}

jest.setTimeout(300_000);

describe('the built app as a process: start, restart, stop', () => {
  let workDir: string;
  let dataDir: string;
  const user = { email: `lifecycle.${Date.now()}@example.org`, password: 'a long enough password', role: 'candidate' };
  let firstRun: { userId: string; token: string } | undefined;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'talentbridge-lifecycle-'));
    dataDir = join(workDir, 'data');
  });

  afterAll(async () => {
    await killEverything([dataDir]);
    await rm(workDir, { recursive: true, force: true });
  });

  it('comes up with embedded PostgreSQL and Meilisearch, serves /health, and on SIGTERM exits 0 leaving no server behind', async () => {
    const app = await startApp(dataDir);
    const servers = await processesMentioning(dataDir);
    expect(servers.some((p) => p.cmdline.includes(join(dataDir, 'postgres')))).toBe(true);
    expect(servers.some((p) => p.cmdline.includes(join(dataDir, 'meilisearch')))).toBe(true);

    const health = await json(`${app.url}/health`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, search: { status: 'up' } } });

    const registered = await json(`${app.url}/api/v1/auth/register`, { method: 'POST', body: JSON.stringify(user) });
    expect(registered.status).toBe(201);
    firstRun = { userId: registered.body.user.id, token: registered.body.accessToken };

    const tree = await descendantsOf(app.child.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(2);
    expect(await stopApp(app, 'SIGTERM')).toEqual({ code: 0, signal: null });
    expect(await leftovers(dataDir, tree)).toEqual([]);
  });

  it('finds its data again on the next start: the user can log in and the earlier token is still accepted', async () => {
    if (!firstRun) throw new Error('needs the first start (first test) to have registered a user');
    const app = await startApp(dataDir);
    const tree = await descendantsOf(app.child.pid!);
    try {
      const login = await json(`${app.url}/api/v1/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ id: firstRun.userId, email: user.email, role: 'candidate' });

      const me = await json(`${app.url}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${firstRun.token}` } });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: firstRun.userId, email: user.email, role: 'candidate' });
    } finally {
      expect(await stopApp(app, 'SIGTERM')).toEqual({ code: 0, signal: null });
    }
    expect(await leftovers(dataDir, tree)).toEqual([]);
  });

  it('stops everything on SIGINT (Ctrl-C) too', async () => {
    const app = await startApp(dataDir);
    const tree = await descendantsOf(app.child.pid!);
    expect((await json(`${app.url}/health`)).status).toBe(200);
    expect(await stopApp(app, 'SIGINT')).toEqual({ code: 0, signal: null });
    expect(await leftovers(dataDir, tree)).toEqual([]);
  });

  it('a second app (or command) on the same DATA_DIR refuses to start and leaves the running one untouched', async () => {
    const app = await startApp(dataDir);
    const tree = await descendantsOf(app.child.pid!);
    try {
      const second = await runToExit({ DATA_DIR: dataDir, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is in use by process ${app.child.pid}`);
      expect((await json(`${app.url}/health`)).status).toBe(200);
    } finally {
      expect(await stopApp(app, 'SIGTERM')).toEqual({ code: 0, signal: null });
    }
    expect(await leftovers(dataDir, tree)).toEqual([]);
  });

  it('SIGTERM under load: requests being served finish with 2xx, new connections are refused, it exits in bounded time', async () => {
    const app = await startApp(dataDir, {
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
      SHUTDOWN_DRAIN_MS: '30000',
    });
    const tree = await descendantsOf(app.child.pid!);
    const serverPids = tree.map((p) => p.pid);
    // Sign-ups hash a password each (slow by design): 24 at once keep the app busy for a while.
    const load = Array.from({ length: 24 }, (_, i) =>
      postOnOwnConnection(`${app.url}/api/v1/auth/register`, {
        email: `drain.${Date.now()}.${i}@example.org`,
        password: 'a long enough password',
        role: 'candidate',
      }),
    );
    await Promise.all(load.map((r) => r.connected));
    // Until the app has read each request (a connection whose request is not read yet counts as idle and is closed).
    await sleep(1_500);
    const signalled = Date.now();
    app.child.kill('SIGTERM');
    await sleep(200);
    const refused = await connectionRefused(app.url);
    const statuses = await Promise.all(load.map((r) => r.answered));
    const killer = setTimeout(() => app.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const exit = await app.exited.finally(() => clearTimeout(killer));
    const exitMs = Date.now() - signalled;

    expect({ failed: statuses.filter((s) => s !== 201), stderr: app.stderr().slice(-2000) }).toEqual({
      failed: [],
      stderr: expect.any(String),
    });
    expect(refused).toBe(true);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(45_000);
    expect(app.stderr()).not.toContain('were cut off');
    // The embedded PostgreSQL and Meilisearch (and PostgreSQL's workers) are gone, checked by pid.
    expect(serverPids.length).toBeGreaterThanOrEqual(2);
    expect(await leftovers(dataDir, tree)).toEqual([]);
  });

  it('changes waiting in the search outbox at SIGTERM are applied by the next start', async () => {
    const staff = { STAFF_EMAIL: `staff.${Date.now()}@example.org`, STAFF_PASSWORD: 'staff password 0123456789' };
    const app = await startApp(dataDir, staff);
    const tree = await descendantsOf(app.child.pid!);
    // Search dies first (its embedded server, killed), so the profile saved next can only wait in the outbox.
    const [meili] = await processesMentioning(join(dataDir, 'meilisearch'));
    process.kill(meili.pid, 'SIGKILL');
    const candidate = await json(`${app.url}/api/v1/auth/register`, {
      method: 'POST',
      body: JSON.stringify({ email: `outbox.${Date.now()}@example.org`, password: 'a long enough password', role: 'candidate' }),
    });
    const profile = await json(`${app.url}/api/v1/candidates/me`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${candidate.body.accessToken}` },
      body: JSON.stringify({
        firstName: 'Ana',
        lastName: 'Popescu',
        headline: 'Outbox welder',
        skills: ['welding'],
        languages: [{ code: 'ro', level: 'native' }],
        visibility: 'employers',
      }),
    });
    const stopped = await stopApp(app, 'SIGTERM');
    expect({ status: profile.status, body: profile.status === 200 ? 'saved' : profile.body }).toEqual({ status: 200, body: 'saved' });
    expect(stopped).toEqual({ code: 0, signal: null });
    expect(await leftovers(dataDir, tree)).toEqual([]);
    // Stopped with the change still waiting: the index lacks the profile.
    const before = await runToExit({ DATA_DIR: dataDir }, 120_000, VERIFY);
    expect({ code: before.code, out: before.stdout }).toEqual({ code: 1, out: expect.stringMatching(/candidates: DIFFERS .*missing 1,/) });

    // No reindex at start-up: only the outbox can bring the profile into the index.
    const next = await startApp(dataDir);
    try {
      const login = await json(`${next.url}/api/v1/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: staff.STAFF_EMAIL, password: staff.STAFF_PASSWORD }),
      });
      const verify = () => json(`${next.url}/api/v1/search/verify`, { headers: { Authorization: `Bearer ${login.body.accessToken}` } });
      let report = await verify();
      for (const deadline = Date.now() + 30_000; !report.body?.inSync && Date.now() < deadline; report = await verify()) await sleep(250);
      expect(report.body).toMatchObject({ inSync: true, indexes: { candidates: { missingCount: 0, unexpectedCount: 0 } } });
      expect(report.body.indexes.candidates.expectedCount).toBeGreaterThanOrEqual(1);
    } finally {
      expect(await stopApp(next, 'SIGTERM')).toEqual({ code: 0, signal: null });
    }
  });

  it("`npm run search:reindex` rebuilds the indexes on the stopped app's DATA_DIR and stops its servers again", async () => {
    const run = await runToExit({ DATA_DIR: dataDir }, 120_000, REINDEX);
    expect({ code: run.code, stderr: run.stderr.slice(-500) }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(run.stdout).toMatch(
      /Reindexed: \{"job_offers":\{"documents":\d+,"rejected":0\},"candidates":\{"documents":\d+,"rejected":0\}\}/,
    );
    expect(await processesMentioning(dataDir)).toEqual([]);
  });

  it('after a hard kill, the next start stops the servers left behind and serves the same data', async () => {
    if (!firstRun) throw new Error('needs the first start (first test) to have registered a user');
    const killed = await startApp(dataDir);
    const orphans = await descendantsOf(killed.child.pid!);
    killed.child.kill('SIGKILL');
    await killed.exited;
    // A hard kill gives the app no chance to stop its servers: they outlive it.
    expect((await processesMentioning(dataDir)).length).toBeGreaterThanOrEqual(2);

    const app = await startApp(dataDir);
    const tree = await descendantsOf(app.child.pid!);
    try {
      const stillThere = (await Promise.all(orphans.map(async (p) => ((await stillRunning(p)) ? [p.pid] : [])))).flat();
      expect(stillThere).toEqual([]);
      const me = await json(`${app.url}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${firstRun.token}` } });
      expect(me.status).toBe(200);
    } finally {
      expect(await stopApp(app, 'SIGTERM')).toEqual({ code: 0, signal: null });
    }
    expect(await leftovers(dataDir, [...tree, ...orphans])).toEqual([]);
  });
});

describe('the built app refuses a wrong configuration before starting anything', () => {
  let workDir: string;
  beforeAll(async () => (workDir = await mkdtemp(join(tmpdir(), 'talentbridge-config-'))));
  afterAll(async () => {
    await killEverything([workDir]);
    await rm(workDir, { recursive: true, force: true });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['DATABASE_URL', { DATABASE_URL: 'not-a-url' }],
    ['JWT_SECRET', { DATABASE_URL: 'postgres://u:p@127.0.0.1:1/db' }],
  ])('names %s in one line on stderr and exits non-zero at once', async (setting, env) => {
    const dataDir = join(workDir, setting);
    const exit = await runToExit({ DATA_DIR: dataDir, ...env });
    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(exit.ms).toBeLessThan(15_000);
    const lines = exit.stderr.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(setting);
    expect(exit.stdout).not.toContain('listening');
    // Nothing was embedded: no data folder, no secrets, no server on it.
    expect(existsSync(dataDir)).toBe(false);
    expect(await processesMentioning(dataDir)).toEqual([]);
  });
});
