import autocannon from 'autocannon';
import { percentiles } from '../measure';

export interface LoadResult {
  p50: number;
  p95: number;
  /** Completed requests per second. */
  rps: number;
  requests: number;
  /** Non-2xx answers plus connection errors and timeouts: a run with any is not a figure. */
  failures: number;
}

export interface LoadRequest {
  method?: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: string;
}

/**
 * `connections` concurrent HTTP clients for `seconds` against `url`, cycling through `requests` (autocannon, in this
 * process; the app runs in its own). Latency percentiles come from every response's time, so p95 is a real p95
 * (autocannon's own summary has p90 and p97.5).
 */
export async function load(
  url: string,
  requests: LoadRequest[],
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...options.headers },
        requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, body: r.body })),
      },
      (error, res) => (error ? fail(error) : done(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  return {
    ...percentiles(samples),
    rps: result.requests.total / Math.max(0.001, result.duration),
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
  };
}

/**
 * The same shape for a non-HTTP floor (a PostgreSQL query): `concurrency` loops calling `fn` for `seconds`.
 */
export async function concurrently<I>(
  inputs: I[],
  fn: (input: I) => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  const samples: number[] = [];
  const until = Date.now() + seconds * 1000;
  let next = 0;
  let failures = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const input = inputs[next++ % inputs.length];
        const t0 = process.hrtime.bigint();
        try {
          await fn(input);
          samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } catch {
          failures++;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return { ...percentiles(samples), rps: samples.length / elapsed, requests: samples.length, failures };
}
