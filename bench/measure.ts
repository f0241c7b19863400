import { readFile } from 'node:fs/promises';

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Runs `fn` for each input (after a warm-up) and returns latency percentiles in ms. */
export async function time<I>(inputs: I[], fn: (input: I) => Promise<unknown>, warmup = 20): Promise<Timing> {
  for (const input of inputs.slice(0, warmup)) await fn(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    await fn(input);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)], runs: samples.length };
}

/** Resident memory of a process in MB (from /proc), or NaN when unknown. */
export async function residentMb(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)} ms` : '–');
export const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–');

/** An authenticated JSON GET against the app. */
export async function getJson(url: string, token?: string): Promise<unknown> {
  const res = await fetch(url, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Encoding': 'identity' } });
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${await res.text()}`);
  return res.json();
}
