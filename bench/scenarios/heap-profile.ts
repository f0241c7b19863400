import { type BenchContext, thousands } from '../bench-context';
import { takeHeapSnapshot } from '../heap-snapshot';
import { renderHeapSummary, summariseHeapSnapshotInChild } from '../heap-summary';
import { residentSplitMb } from '../memory-sampler';
import type { Row } from '../report';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * Target 6 with BENCH_HEAP_SNAPSHOT_DIR: what the app's memory is made of, from one heap snapshot of the measured
 * app and its RSS split just before it. The top groups go into a row's note, the top 15 to stdout.
 */
export async function appHeapProfile(ctx: BenchContext, target: string, data: string, appPeakMb: number): Promise<Row[]> {
  const app = ctx.stack.appProcess;
  // Read before the signal: taking and writing the snapshot costs the app memory of its own.
  const split = await residentSplitMb(app.pid);
  const file = await takeHeapSnapshot(app, ctx.options.heapSnapshotDir!);
  const summary = await summariseHeapSnapshotInChild(file.path);
  console.log(`\nHeap snapshot of the app at ${data} (${file.path}):\n${renderHeapSummary(summary)}\n`);
  const largest = summary.groups
    .slice(0, 8)
    .map((g) => `${g.name} ${mb(g.selfBytes)}`)
    .join(', ');
  return [
    {
      target,
      figure: 'app V8 heap at the heap snapshot (live objects, sum of self sizes)',
      data,
      unit: 'MB',
      app: summary.totalBytes / 2 ** 20,
      note:
        `largest groups: ${largest}, …; ${thousands(summary.nodeCount)} nodes after the snapshot's full GC; ` +
        `${file.path} (${mb(file.bytes)}), top 15 on the bench's stdout`,
    },
    {
      target,
      figure: 'app RSS at the heap snapshot (RssAnon + RssFile + RssShmem)',
      data,
      unit: 'MB',
      app: split.rss,
      note:
        `RssAnon ${split.anon.toFixed(0)} MB, of which ${(split.anon - summary.totalBytes / 2 ** 20).toFixed(0)} MB not live JS ` +
        `objects (garbage the snapshot's GC collected, free V8 pages, native allocations), RssFile ${split.file.toFixed(0)} MB, ` +
        `RssShmem ${split.shmem.toFixed(0)} MB; /proc/<pid>/status just before SIGUSR2; peak ${appPeakMb.toFixed(0)} MB`,
    },
  ];
}
