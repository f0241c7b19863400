import { readdir, readFile } from 'node:fs/promises';

/** Resident memory of one process in MB (VmRSS from /proc), NaN when unknown. */
export async function residentMb(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Number.isFinite(kb) && status ? kb / 1024 : Number.NaN;
}

/**
 * The parts of one process' RSS in MB from /proc/<pid>/status (NaN when unknown): anonymous memory (the V8 heap,
 * malloc, Buffers), file-backed pages (the node binary, shared libraries) and shared memory.
 */
export async function residentSplitMb(pid: number): Promise<{ rss: number; anon: number; file: number; shmem: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rss: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile'), shmem: mb('RssShmem') };
}

/** Proportional set size of one process in MB (shared pages divided among the processes sharing them). */
async function proportionalMb(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1]);
  return Number.isFinite(kb) ? kb / 1024 : 0;
}

/**
 * Memory of a process and all its descendants (PostgreSQL: the postmaster and its backends) in MB, as the sum of
 * their proportional set sizes, so shared buffers count once, not once per backend.
 */
export async function treeMemoryMb(root: number | undefined): Promise<number> {
  if (!root) return Number.NaN;
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) parents.set(Number(entry), ppid);
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += await proportionalMb(pid);
  return total;
}

/** Samples a set of processes every `everyMs` and keeps each one's peak RSS (MB) until stopped. */
export class PeakRss {
  readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly processes: Record<string, () => Promise<number>>) {}

  start(everyMs = 200): this {
    const sample = async () => {
      for (const [name, read] of Object.entries(this.processes)) {
        const mb = await read();
        if (Number.isFinite(mb)) this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, mb));
      }
    };
    this.timer = setInterval(() => void sample(), everyMs);
    void sample();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  peak(name: string): number {
    return this.peaks.get(name) ?? Number.NaN;
  }
}
