import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { SHARED_TAXONOMY_INDEX } from '../utils/prepare-template';
import { testServers } from '../utils/test-servers';

/** Every (target, figure) the table must hold after a run; the numbers are never asserted. */
const ROWS: [string, string][] = [
  ['1 · `GET /job-offers/:id/matches?limit=20`', 'p95, concurrency 1'],
  ['1 · `GET /job-offers/:id/matches?limit=20`', 'p95, concurrency 8 (autocannon)'],
  ['1 · `GET /job-offers/:id/matches?limit=20`', 'throughput, concurrency 8'],
  ['1 · `GET /job-offers/:id/matches?limit=20`', 'top-20 positions equal to the exact reference'],
  ['2 · `GET /candidates/me/matches`', 'p95, concurrency 1'],
  ['2 · `GET /candidates/me/matches`', 'top-20 positions equal to the exact reference'],
  ['3 · job search', 'p95, concurrency 16 (autocannon)'],
  ['3 · job search', 'throughput, concurrency 16'],
  ['3 · candidate search', 'p95, concurrency 1 (autocannon)'],
  ['3 · candidate search', 'p95, concurrency 16 (autocannon)'],
  ['4 · full reindex', 'candidates index, docs/s'],
  ['4 · full reindex', 'job_offers index, docs/s'],
  ['5 · freshness', 'p95'],
  ['6 · memory', 'app RSS, peak under the load (child process)'],
  ['6 · memory', 'size on disk'],
  ['6 · memory', 'indexing speed, --max-indexing-memory'],
];

async function admin(text: string): Promise<void> {
  const client = new Client({ connectionString: testServers().adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * The bench cannot rot: the built bench (`node dist/bench/run.js`) with BENCH_SMOKE=1 — 2,000 candidates and offers,
 * one size, short load runs — on the test run's servers (a database cloned from the migrated template, so the ESCO
 * import is not repeated; an index prefix of its own), writing to a temp file: every scenario runs, every row is there.
 */
describe('npm run bench (smoke)', () => {
  it('runs every scenario without an error and writes a table with every row', async () => {
    const servers = testServers();
    const name = `bench_smoke_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE DATABASE "${name}" TEMPLATE "${servers.templateDatabase}"`);
    const dir = await mkdtemp(join(tmpdir(), 'tb-bench-smoke-'));
    const out = join(dir, 'benchmarks.md');
    const meili = createMeilisearchClient(servers.meiliUrl, servers.meiliMasterKey);
    try {
      const stderr: string[] = [];
      const code = await new Promise<number | null>((done) => {
        const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'bench', 'run.js')], {
          env: {
            ...process.env,
            BENCH_SMOKE: '1',
            BENCH_OUT: out,
            BENCH_SIZES: '500',
            BENCH_OFFERS: '200',
            BENCH_DATABASE_URL: servers.databaseUrlFor(name),
            BENCH_MEILI_URL: servers.meiliUrl,
            BENCH_MEILI_MASTER_KEY: servers.meiliMasterKey,
            BENCH_MEILI_INDEX_PREFIX: `${name}_`,
            BENCH_MEILI_TAXONOMY_INDEX: SHARED_TAXONOMY_INDEX,
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
        child.once('exit', done);
      });
      expect({ code, log: code === 0 ? '' : stderr.join('').slice(-3000) }).toEqual({ code: 0, log: '' });
      const table = await readFile(out, 'utf8');
      expect(table).not.toMatch(/FAILED/);
      const lines = table.split('\n').filter((l) => l.startsWith('| '));
      for (const [target, figure] of ROWS) {
        expect({ target, figure, found: lines.some((l) => l.includes(target) && l.includes(figure)) }).toEqual({
          target,
          figure,
          found: true,
        });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      for (const index of (await meili.getIndexes({ limit: 1000 })).results)
        if (index.uid.startsWith(`${name}_`)) await meili.deleteIndex(index.uid).waitTask();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 180_000);
});
