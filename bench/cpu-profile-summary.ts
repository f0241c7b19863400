import { readFileSync } from 'node:fs';

/**
 * Where a V8 CPU profile (`--cpu-prof`, BENCH_CPU_PROFILE_DIR) spends its time: self time summed by where the code
 * comes from (a package under node_modules, the app's own files, Node's internals, the garbage collector, idle) and
 * the functions with most self time. What the bench's "what limits it" notes cite.
 *
 *   node dist/bench/cpu-profile-summary.js <file.cpuprofile> [--top 15]
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuShare {
  name: string;
  ms: number;
  share: number;
}

export interface CpuSummary {
  totalMs: number;
  /** Self time excluding "(idle)": the time the main thread was busy. */
  busyMs: number;
  byOrigin: CpuShare[];
  byFunction: CpuShare[];
}

/** The package a script belongs to (`node_modules/@scope/name` → `@scope/name`), the app's own folder, or Node's internals. */
export function originOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = url.split('node_modules/').pop()!;
  if (inModules !== url) {
    const parts = inModules.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node internals';
  const app = /\/dist\/(src|bench)\/([^/]+)/.exec(url);
  return app ? `app: ${app[1]}/${app[2]}` : url;
}

export function summariseCpuProfile(profile: CpuProfile, top = 15): CpuSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time since the previous sample; it belongs to sample i (V8's own convention in DevTools).
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const origins = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    totalUs += us;
    if (functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const origin = originOf(url, functionName);
    origins.set(origin, (origins.get(origin) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${origin}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const busyUs = totalUs - idleUs;
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busyUs ? us / busyUs : 0 }));
  return { totalMs: totalUs / 1000, busyMs: busyUs / 1000, byOrigin: ranked(origins), byFunction: ranked(functions) };
}

/** "undici 31 %, app: src/matching 12 %, …": the shares of busy time, for a report note. */
export const describeShares = (shares: CpuShare[], count = 6): string =>
  shares
    .slice(0, count)
    .map((s) => `${s.name} ${(100 * s.share).toFixed(0)} %`)
    .join(', ');

if (require.main === module) {
  const [file, flag, n] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/cpu-profile-summary.js <file.cpuprofile> [--top 15]');
    process.exit(2);
  }
  const summary = summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, flag === '--top' ? Number(n) : 15);
  console.log(`profile: ${(summary.totalMs / 1000).toFixed(1)} s, busy ${(summary.busyMs / 1000).toFixed(1)} s`);
  for (const [title, rows] of [
    ['by origin', summary.byOrigin],
    ['by function', summary.byFunction],
  ] as const) {
    console.log(`\n${title} (self time, share of busy time)`);
    for (const r of rows) console.log(`${r.ms.toFixed(0).padStart(8)} ms ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.name}`);
  }
}
