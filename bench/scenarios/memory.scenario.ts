import { join } from 'node:path';
import { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { type BenchContext, thousands } from '../bench-context';
import { PeakRss, residentMb, treeMemoryMb } from '../memory-sampler';
import { appHeapProfile } from './heap-profile';
import { addDocumentsRaw } from './search-baselines';

const TARGET = '6 · memory';

/** Meilisearch's on-disk size and PostgreSQL's database size, in MB. */
export async function diskSizes(ctx: BenchContext): Promise<{ meiliMb: number; postgresMb: number }> {
  // usedDatabaseSize leaves out the pages LMDB keeps after scratch indexes and swaps are dropped (the file never shrinks).
  const stats = (await ctx.stack.meili.getStats()) as { databaseSize: number; usedDatabaseSize?: number };
  const { rows } = await ctx.stack.pg.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
  return { meiliMb: (stats.usedDatabaseSize ?? stats.databaseSize) / 2 ** 20, postgresMb: Number(rows[0].bytes) / 2 ** 20 };
}

/**
 * Indexing speed and peak RSS of a fresh Meilisearch with its default indexing memory and with
 * `--max-indexing-memory` (MEILI_MAX_INDEXING_MEMORY), adding the same candidate documents raw.
 */
async function indexingWithAndWithoutBound(ctx: BenchContext): Promise<void> {
  const kept = ctx.boundSample;
  if (!kept) return;
  const sample = { ...kept, docs: kept.docs.slice(0, ctx.options.smoke ? 200 : kept.docs.length) };
  const measure = async (bound: string | undefined) => {
    const server = await EmbeddedMeilisearchServer.start({
      dataDir: join(ctx.stack.dataDir, `meili-${bound ?? 'default'}`),
      masterKey: 'bench-indexing-memory-key',
      maxIndexingMemory: bound,
    });
    const rss = new PeakRss({ meili: () => residentMb(server.pid) }).start(100);
    try {
      const seconds = await addDocumentsRaw(
        createMeilisearchClient(server.url, 'bench-indexing-memory-key'),
        'bench_bound',
        sample.docs,
        sample.settings,
      );
      return { docsPerSecond: sample.docs.length / seconds, peakMb: rss.peak('meili') };
    } finally {
      rss.stop();
      await server.stop();
    }
  };
  const free = await measure(undefined);
  const bound = await measure(ctx.options.indexingMemoryBound);
  const data = `${thousands(sample.docs.length)} candidate documents, fresh server`;
  ctx.rows.push(
    {
      target: TARGET,
      figure: `indexing speed, --max-indexing-memory ${ctx.options.indexingMemoryBound} (app column) vs default (Meilisearch column)`,
      data,
      unit: 'docs/s',
      app: bound.docsPerSecond,
      meili: free.docsPerSecond,
      note: 'raw addDocuments in batches of 1,000, same settings as the live index; MEILI_MAX_INDEXING_MEMORY sets the bound of the embedded server',
    },
    {
      target: TARGET,
      figure: `Meilisearch peak RSS while indexing, bound ${ctx.options.indexingMemoryBound} (app column) vs default`,
      data,
      unit: 'MB',
      app: bound.peakMb,
      meili: free.peakMb,
    },
  );
}

/**
 * Target 6: the app's peak RSS under the whole run's load (sampled every 250 ms), with BENCH_HEAP_SNAPSHOT_DIR what
 * its heap holds, the servers' RSS, sizes on disk, the bound.
 */
export async function memory(ctx: BenchContext): Promise<void> {
  const { stack } = ctx;
  const disk = await diskSizes(ctx);
  const data = `${thousands(ctx.candidates)} candidates`;
  const appPeak = ctx.rss.peak('app');
  const appNow = await residentMb(stack.appProcess.pid);
  // The heap snapshot is taken here, after both readings (writing it inflates the app's RSS, which the sampler would
  // count from now on), at the end of the run: every scenario has run at the largest candidate count, the caches are
  // as full as they get, and a Node process' RSS seldom shrinks (V8 and malloc keep the pages they freed), so this is
  // as close to the peak as the bench gets without knowing it in advance. The rows show the RSS here beside the peak.
  const heapProfile = ctx.options.heapSnapshotDir ? await appHeapProfile(ctx, TARGET, data, appPeak) : [];
  ctx.rows.push(
    {
      target: TARGET,
      figure: 'app RSS, peak under the load (child process)',
      data,
      unit: 'MB',
      app: appPeak,
      goal: { text: '≤ 300 MB', met: appPeak <= 300 },
      note: `now ${appNow.toFixed(0)} MB; /proc/<pid>/status of \`node dist/src/main.js\` sampled every 250 ms during every scenario`,
    },
    ...heapProfile,
    {
      target: TARGET,
      figure: 'Meilisearch RSS, peak / now',
      data,
      unit: 'MB',
      app: Number.NaN,
      meili: ctx.rss.peak('meili'),
      note: `now ${(await residentMb(stack.servers.embedded.meilisearch?.pid)).toFixed(0)} MB, default indexing memory`,
    },
    {
      target: TARGET,
      figure: 'PostgreSQL memory (postmaster + backends, sum of PSS), peak',
      data,
      unit: 'MB',
      app: Number.NaN,
      pg: ctx.rss.peak('postgres'),
      note: `now ${(await treeMemoryMb(stack.servers.embedded.postgres?.pid)).toFixed(0)} MB (proportional set sizes: shared buffers counted once)`,
    },
    {
      target: TARGET,
      figure: 'size on disk',
      data,
      unit: 'MB',
      app: Number.NaN,
      meili: disk.meiliMb,
      pg: disk.postgresMb,
      note: 'Meilisearch: /stats usedDatabaseSize (all indexes); PostgreSQL: pg_database_size',
    },
  );
  await indexingWithAndWithoutBound(ctx);
}
