import { resolve } from 'node:path';

/**
 * What one bench run measures, from its environment (the bench is a tool, not the app: it reads process.env here,
 * once). BENCH_SMOKE=1 is the few-second variant `npm test` runs so the bench cannot rot; its numbers mean nothing.
 */
export interface BenchOptions {
  smoke: boolean;
  /** Candidate counts of the growth curve, ascending. */
  sizes: number[];
  /** Published offers for job search and `GET /candidates/me/matches`. */
  offers: number;
  /** Offers whose matches are measured (drawn round-robin from the occupation families). */
  matchOffers: number;
  /** Sequential calls per offer (concurrency 1). */
  callsPerOffer: number;
  /** Seconds of each autocannon run. */
  loadSeconds: number;
  /** Candidates asking for their matches (target 2). */
  matchCandidates: number;
  /** Profile edits timed until searchable (target 5). */
  freshnessEdits: number;
  /** The `--max-indexing-memory` compared with Meilisearch's default. */
  indexingMemoryBound: string;
  /** Scenario groups to run (all when empty): matching, search, reindex, freshness, memory. */
  only: string[];
  /** Where the Markdown table goes. */
  out: string;
  /** BENCH_CPU_PROFILE_DIR: the measured app writes a V8 CPU profile (`--cpu-prof`) there when the run ends. */
  cpuProfileDir?: string;
  /**
   * BENCH_HEAP_SNAPSHOT_DIR: the measured app starts with `--heapsnapshot-signal=SIGUSR2` and writes its diagnostics
   * there; the memory scenario has it write one heap snapshot after the load and summarises it (target 6).
   */
  heapSnapshotDir?: string;
  /**
   * Servers to use instead of fresh embedded ones (the smoke test passes the test run's, with a database cloned from
   * the migrated template, so the ESCO import is not repeated): BENCH_DATABASE_URL, BENCH_MEILI_URL,
   * BENCH_MEILI_MASTER_KEY, BENCH_MEILI_INDEX_PREFIX, BENCH_MEILI_TAXONOMY_INDEX.
   */
  external?: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string; indexPrefix: string; taxonomyIndex?: string };
}

export function benchOptions(env: NodeJS.ProcessEnv = process.env, defaults: Partial<BenchOptions> = {}): BenchOptions {
  const smoke = env.BENCH_SMOKE === '1';
  const num = (name: string, normal: number, small: number) => Number(env[name] ?? (smoke ? small : normal));
  const sizes = (env.BENCH_SIZES ?? (smoke ? '2000' : '10000,30000,100000'))
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
  if (!sizes.length) throw new Error('BENCH_SIZES must list candidate counts, e.g. 10000,30000');
  return {
    smoke,
    sizes,
    offers: num('BENCH_OFFERS', 20_000, 500),
    matchOffers: num('BENCH_MATCH_OFFERS', 20, 5),
    callsPerOffer: num('BENCH_CALLS_PER_OFFER', 5, 1),
    loadSeconds: num('BENCH_LOAD_SECONDS', 10, 0.5),
    matchCandidates: num('BENCH_MATCH_CANDIDATES', 5, 2),
    freshnessEdits: num('BENCH_FRESHNESS_EDITS', 30, 3),
    indexingMemoryBound: env.BENCH_INDEXING_MEMORY_BOUND ?? '256MiB',
    only: (env.BENCH_ONLY ?? defaults.only?.join(',') ?? '').split(',').filter(Boolean),
    out: env.BENCH_OUT ?? defaults.out ?? 'docs/benchmarks.md',
    cpuProfileDir: env.BENCH_CPU_PROFILE_DIR,
    // Absolute, because the bench looks for the file the child writes and both must mean the same folder.
    heapSnapshotDir: env.BENCH_HEAP_SNAPSHOT_DIR ? resolve(env.BENCH_HEAP_SNAPSHOT_DIR) : undefined,
    external:
      env.BENCH_DATABASE_URL && env.BENCH_MEILI_URL && env.BENCH_MEILI_MASTER_KEY
        ? {
            databaseUrl: env.BENCH_DATABASE_URL,
            meiliUrl: env.BENCH_MEILI_URL,
            meiliMasterKey: env.BENCH_MEILI_MASTER_KEY,
            indexPrefix: env.BENCH_MEILI_INDEX_PREFIX ?? 'bench_',
            taxonomyIndex: env.BENCH_MEILI_TAXONOMY_INDEX,
          }
        : undefined,
  };
}

export const runs = (options: BenchOptions, group: string) => !options.only.length || options.only.includes(group);
