import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/** What ThrottlerStorage.increment answers (the package does not export the type by name). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface HitRow {
  hits: number;
  blocked: boolean;
  time_to_expire: number;
  time_to_block_expire: number;
}

/** The rate-limit counters of every instance, in the UNLOGGED table throttler_hits. */
@Injectable()
export class ThrottlerHitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one hit, atomically (one upsert; concurrent hits on a key queue on its row):
   * a fixed window of `ttlMs` from the first hit; the hit that goes over `limit`
   * blocks the key for `blockMs`, and hits while blocked are not counted; after the
   * window or the block a hit starts a new window. Times are PostgreSQL's
   * (clock_timestamp), so the instances' clocks do not matter.
   */
  async hit(key: string, throttler: string, ttlMs: number, limit: number, blockMs: number): Promise<ThrottlerStorageRecord> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO throttler_hits AS t (key, throttler, hits, touched_at, expires_at, blocked_until)
       SELECT $1, $2, 1, now.at, now.at + $3::double precision * interval '1 millisecond',
              CASE WHEN 1 > $4::int THEN now.at + $5::double precision * interval '1 millisecond' END
         FROM (SELECT clock_timestamp() AS at) now
       ON CONFLICT (key, throttler) DO UPDATE SET
         touched_at = excluded.touched_at,
         hits = CASE
           WHEN t.blocked_until > excluded.touched_at THEN t.hits
           WHEN t.blocked_until IS NOT NULL OR t.expires_at <= excluded.touched_at THEN 1
           ELSE t.hits + 1 END,
         expires_at = CASE
           WHEN t.expires_at <= excluded.touched_at OR t.blocked_until <= excluded.touched_at THEN excluded.expires_at
           ELSE t.expires_at END,
         blocked_until = CASE
           WHEN t.blocked_until > excluded.touched_at THEN t.blocked_until
           WHEN t.blocked_until IS NOT NULL OR t.expires_at <= excluded.touched_at THEN excluded.blocked_until
           WHEN t.hits + 1 > $4::int THEN excluded.touched_at + $5::double precision * interval '1 millisecond'
           END
       RETURNING hits, coalesce(blocked_until > touched_at, false) AS blocked,
         ceil(extract(epoch FROM expires_at - touched_at))::int AS time_to_expire,
         coalesce(ceil(extract(epoch FROM blocked_until - touched_at)), 0)::int AS time_to_block_expire`,
      [key, throttler, ttlMs, limit, blockMs],
    )) as HitRow[];
    return {
      totalHits: row.hits,
      timeToExpire: row.time_to_expire,
      isBlocked: row.blocked,
      timeToBlockExpire: row.blocked ? row.time_to_block_expire : 0,
    };
  }

  /** Drops the counters whose window and block are both over (a later hit would start afresh anyway); how many. */
  async deleteExpired(): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM throttler_hits WHERE greatest(expires_at, blocked_until) < clock_timestamp()`,
    )) as [unknown, number];
    return count;
  }
}
