import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, waitFor } from '../src/infrastructure/embedded/process-utils';

const listSnapshots = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.heapsnapshot'));

/**
 * Has the measured app (started with `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=<dir>`) write a heap snapshot
 * and returns its path and size once the file is complete.
 *
 * Node takes and writes the snapshot synchronously on the app's main thread, so the first HTTP answer the app gives
 * after the file has appeared proves the file is closed. Waiting for its size to stop growing would not: the size
 * stands still at 0 for as long as V8 collects garbage and builds the snapshot, before it writes the first byte.
 */
export async function takeHeapSnapshot(app: { pid: number; url: string }, dir: string): Promise<{ path: string; bytes: number }> {
  const before = new Set(await listSnapshots(dir));
  process.kill(app.pid, 'SIGUSR2');
  let written: string | undefined;
  // Minutes, not seconds: a few hundred MB of heap take a while on two cores shared with other work.
  await waitFor(
    async () => (written = (await listSnapshots(dir)).find((name) => !before.has(name))) !== undefined,
    120_000,
    `a new .heapsnapshot in ${dir}`,
  );
  // Any status counts (a 503 as well): an answer means the main thread is free again. A request sent meanwhile
  // waits in the listen backlog, so one fetch usually suffices.
  const deadline = Date.now() + 600_000;
  while (
    !(await fetch(`${app.url}/health`).then(
      () => true,
      () => false,
    ))
  ) {
    if (!isAlive(app.pid)) throw new Error(`the app exited while writing ${written}`);
    if (Date.now() > deadline) throw new Error(`the app did not answer within 10 min of starting ${written}`);
    await sleep(200);
  }
  const path = join(dir, written!);
  return { path, bytes: (await stat(path)).size };
}
