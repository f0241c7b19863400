import type { BenchOptions } from './bench-options';
import type { BenchStack } from './bench-stack';
import type { PoolOccupation } from './matching-population';
import type { PeakRss } from './memory-sampler';
import type { Row } from './report';

/** What the growth curve keeps per candidate count (the 1,000,000 extrapolation reads it). */
export interface GrowthPoint {
  candidates: number;
  matchesP95: number;
  matchesP95Conc8: number;
  meiliRssMb: number;
  meiliDiskMb: number;
  postgresDiskMb: number;
}

/** Shared by the scenarios of one run. */
export interface BenchContext {
  stack: BenchStack;
  options: BenchOptions;
  pool: PoolOccupation[];
  rows: Row[];
  growth: GrowthPoint[];
  rss: PeakRss;
  /** A verified employer's access token (valid on both apps: same JWT secret). */
  employerToken: string;
  /** Candidates in PostgreSQL and in the candidates index right now. */
  candidates: number;
  /** Documents of the candidates index at the largest size ≤ 30,000, kept for the indexing-memory comparison. */
  boundSample?: { docs: Record<string, unknown>[]; settings: Record<string, unknown> };
}

/** A JSON call to the measured app (the child process). */
export async function api<T = Record<string, unknown>>(
  stack: BenchStack,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(`${stack.appUrl}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'identity', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${(await res.text()).slice(0, 500)}`);
  return (await res.json()) as T;
}

export const thousands = (n: number) => n.toLocaleString('en');
