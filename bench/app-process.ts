import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort } from '../src/infrastructure/embedded/free-port';
import { terminate, waitFor } from '../src/infrastructure/embedded/process-utils';

export interface AppProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The built app (`node dist/src/main.js`) in a child process against the bench's servers, so the load generator
 * (in the bench process) and the app do not share a heap and the app's RSS is the app's alone. Its search outbox
 * worker is on: profile edits reach Meilisearch through it (freshness).
 */
export async function startAppProcess(
  servers: {
    databaseUrl: string;
    meiliUrl: string;
    meiliMasterKey: string;
    jwtSecret: string;
    indexPrefix: string;
    taxonomyIndex?: string;
  },
  dataDir: string,
  diagnostics: { cpuProfileDir?: string; heapSnapshotDir?: string } = {},
): Promise<AppProcess> {
  const { cpuProfileDir, heapSnapshotDir } = diagnostics;
  const port = await findFreePort();
  const output: string[] = [];
  // With a profile folder the app writes a V8 CPU profile there when it exits (open it in Chrome DevTools).
  const profile = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  // With a snapshot folder SIGUSR2 makes the app write a heap snapshot there (`--diagnostic-dir`, not its cwd, which
  // stays the bench's so the app resolves its paths as always); Node does not create the folder itself.
  if (heapSnapshotDir) await mkdir(heapSnapshotDir, { recursive: true });
  const snapshot = heapSnapshotDir ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${heapSnapshotDir}`] : [];
  const child = spawn(process.execPath, [...profile, ...snapshot, join(__dirname, '..', 'src', 'main.js')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: servers.databaseUrl,
      MEILI_URL: servers.meiliUrl,
      MEILI_MASTER_KEY: servers.meiliMasterKey,
      MEILI_INDEX_PREFIX: servers.indexPrefix,
      ...(servers.taxonomyIndex && { MEILI_TAXONOMY_INDEX: servers.taxonomyIndex }),
      JWT_SECRET: servers.jwtSecret,
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
      SEARCH_WORKER_ENABLED: 'true',
      MAIL_WORKER_ENABLED: 'false',
      SAVED_SEARCH_ALERTS_JOB_ENABLED: 'false',
    },
  });
  const collect = (chunk: Buffer) => output.push(chunk.toString('utf8'));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exitCode !== null) throw new Error(`exited with ${exitCode}`);
        return (await fetch(`${url}/health`).catch(() => null))?.ok ?? false;
      },
      120_000,
      'the app process to answer /health',
    );
  } catch (error) {
    if (child.pid && exitCode === null) await terminate(child.pid, 'SIGTERM', 10_000);
    throw new Error(`The app process did not start (${(error as Error).message}): ${output.join('').slice(-2000)}`);
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (exitCode === null && child.pid) await terminate(child.pid, 'SIGTERM', 15_000);
    },
  };
}
