import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersRepository } from '../../auth/users.repository';
import { CANDIDATES_INDEX } from '../../candidates/candidates.index';
import { JOB_OFFERS_INDEX } from '../../job-offers/job-offers.index';
import { SearchReindexerService } from '../../search/indexing/search-reindexer.service';
import { SEED_ACCOUNTS_PATTERN, SEED_MARKER_EMAIL, staffAccount, type SeedLogin } from './seed-accounts';
import { seedCandidates } from './seed-candidates';
import { seedContext } from './seed-context';
import { seedEmployers } from './seed-employers';
import { seedOffers } from './seed-offers';

export { SEED_PASSWORDS } from './seed-accounts';

export interface SeedOptions {
  /** 1 = the full demo (25 employers, 80 offers, 200 candidates); smaller for tests. */
  scale?: number;
  /** Seed again even if a seed is there: earlier seed accounts (and their data) are deleted first. */
  force?: boolean;
  /** An existing staff account to decide with (STAFF_EMAIL/STAFF_PASSWORD); otherwise a demo staff account is created. */
  staff?: { email: string; password: string };
  log?: (line: string) => void;
}

export interface SeedResult {
  alreadySeeded: boolean;
  employers: Record<string, number>;
  offers: Record<string, number>;
  candidates: { visible: number; hidden: number };
  indexed: Record<string, number>;
  /** One log-in per role: employer, candidate, staff. */
  logins: SeedLogin[];
}

/**
 * Fills a realistic multilingual demo through the real services (validation,
 * taxonomy resolution, moderation rules, outbox) and rebuilds the search
 * indexes at the end, so search is ready when it returns. Deterministic
 * (faker seed 2026); a second run reports `alreadySeeded` unless `force`.
 */
export async function seedDemo(app: INestApplicationContext, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const scale = options.scale ?? 1;
  if (await app.get(UsersRepository).findByEmail(SEED_MARKER_EMAIL)) {
    if (!options.force) {
      return { alreadySeeded: true, employers: {}, offers: {}, candidates: { visible: 0, hidden: 0 }, indexed: {}, logins: [] };
    }
    await deleteEarlierSeed(app.get(DataSource), log);
  }

  const staff = await staffAccount(app, options.staff);
  const seed = await seedContext(app, staff.user);
  const employers = await seedEmployers(seed, Math.max(3, Math.round(25 * scale)));
  log(`employers: ${JSON.stringify(employers.counts)}`);
  const offers = await seedOffers(seed, employers.employers, Math.max(6, Math.round(80 * scale)));
  log(`offers: ${JSON.stringify(offers.counts)}`);
  const candidates = await seedCandidates(seed, Math.max(10, Math.round(200 * scale)));
  log(`candidates: ${JSON.stringify(candidates.counts)}`);
  const indexed = await rebuildIndexes(app);
  log(`indexed: ${JSON.stringify(indexed)}`);
  return {
    alreadySeeded: false,
    employers: employers.counts,
    offers: offers.counts,
    candidates: candidates.counts,
    indexed,
    logins: [employers.login, candidates.login, staff.login],
  };
}

/** `--force`: the earlier seed accounts go, and with them their organisations, offers and profiles. */
async function deleteEarlierSeed(db: DataSource, log: (line: string) => void): Promise<void> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM users WHERE email LIKE $1`, [SEED_ACCOUNTS_PATTERN]);
  await db.query(`DELETE FROM users WHERE email LIKE $1`, [SEED_ACCOUNTS_PATTERN]);
  log(`--force: deleted ${count} earlier seed accounts (with their organisations, offers and profiles)`);
}

/** Both indexes rebuilt from PostgreSQL: search is complete when this returns, with or without an outbox worker. */
async function rebuildIndexes(app: INestApplicationContext): Promise<Record<string, number>> {
  const counts = await app.get(SearchReindexerService).reindex([JOB_OFFERS_INDEX, CANDIDATES_INDEX]);
  const indexed: Record<string, number> = {};
  for (const [name, r] of Object.entries(counts)) indexed[name] = r.documents;
  return indexed;
}
