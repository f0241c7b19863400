export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Runs `fn` for each input, one after the other (concurrency 1, after a warm-up), and returns latency percentiles in ms. */
export async function time<I>(inputs: I[], fn: (input: I) => Promise<unknown>, warmup = 20): Promise<Timing> {
  for (const input of inputs.slice(0, warmup)) await fn(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    await fn(input);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ...percentiles(samples), runs: samples.length };
}

/** p50 and p95 of samples in ms (NaN when there are none). */
export function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/** An authenticated JSON GET. */
export async function getJson(url: string, token?: string): Promise<unknown> {
  const res = await fetch(url, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Encoding': 'identity' } });
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${await res.text()}`);
  return res.json();
}
