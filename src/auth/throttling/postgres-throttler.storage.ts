import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from './throttler-hits.repository';
import { ThrottlerHitsRepository } from './throttler-hits.repository';

/**
 * The rate limits' counters in PostgreSQL instead of one process's memory: all
 * app instances count against the same limits, and the counts survive a restart.
 * PostgreSQL rather than Redis: no extra service to run (docs/running-at-scale.md).
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly hits: ThrottlerHitsRepository) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    return this.hits.hit(key, throttlerName, ttl, limit, blockDuration);
  }
}
