import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Runs `work` holding PostgreSQL's session advisory lock `name` (hashed with
 * `hashtextextended(name, 0)`), on a connection of its own for as long as the
 * work runs — not a transaction, which held open for a whole job would hold back
 * vacuum. When another connection (another app instance) holds the lock it
 * returns `{ ran: false }` at once. A connection that dies lets go of the lock.
 */
export async function withSessionAdvisoryLock<T>(
  dataSource: DataSource,
  name: string,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`, [name])) as {
      locked: boolean;
    }[];
    if (!locked) return { ran: false };
    try {
      return { ran: true, result: await work(runner) };
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [name]);
    }
  } finally {
    await runner.release();
  }
}
