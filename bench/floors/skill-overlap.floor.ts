import type { Pool } from 'pg';
import type { RankedId } from '../../src/matching/ranking';

/**
 * "The best PostgreSQL query a team would write instead" of the matching routes: a table of skill-URI arrays with a
 * GIN index (built by the bench in its scratch database, never by a migration), `&&` to find every row sharing a
 * skill, the number of shared skills as the rank, top 20. No scorer, no hard requirements beyond visibility: what it
 * gets right is shown by its exactness figure.
 */
export class SkillOverlapFloor {
  private constructor(
    private readonly pg: Pool,
    private readonly table: string,
  ) {}

  /** Visible candidate profiles → bench_candidate_skill_uris (rebuilt at each size). */
  static async candidates(pg: Pool): Promise<SkillOverlapFloor> {
    return SkillOverlapFloor.build(
      pg,
      'bench_candidate_skill_uris',
      `SELECT id, ARRAY(SELECT s->>'escoUri' FROM jsonb_array_elements(skills) s WHERE s->>'escoUri' IS NOT NULL) AS skill_uris
         FROM candidate_profiles WHERE visibility = 'employers' AND hidden_by_staff_at IS NULL AND retention_hidden_at IS NULL`,
    );
  }

  /** Published offers (required and optional skills) → bench_offer_skill_uris. */
  static async offers(pg: Pool): Promise<SkillOverlapFloor> {
    return SkillOverlapFloor.build(
      pg,
      'bench_offer_skill_uris',
      `SELECT id, ARRAY(SELECT s->>'escoUri' FROM jsonb_array_elements(required_skills || optional_skills) s WHERE s->>'escoUri' IS NOT NULL) AS skill_uris
         FROM job_offers WHERE status = 'published'`,
    );
  }

  private static async build(pg: Pool, table: string, select: string): Promise<SkillOverlapFloor> {
    await pg.query(`DROP TABLE IF EXISTS ${table}`);
    await pg.query(`CREATE TABLE ${table} AS ${select}`);
    await pg.query(`ALTER TABLE ${table} ADD PRIMARY KEY (id)`);
    await pg.query(`CREATE INDEX ${table}_gin ON ${table} USING gin (skill_uris)`);
    await pg.query(`ANALYZE ${table}`);
    return new SkillOverlapFloor(pg, table);
  }

  /** The 20 rows sharing most of `skillUris`, ties by id. */
  async top(skillUris: string[], n = 20): Promise<RankedId[]> {
    const { rows } = await this.pg.query<{ id: string; overlap: number }>(
      `SELECT id, (SELECT count(*) FROM unnest(skill_uris) u WHERE u = ANY($1))::int AS overlap
         FROM ${this.table} WHERE skill_uris && $1::text[] ORDER BY overlap DESC, id LIMIT $2`,
      [skillUris, n],
    );
    return rows.map((r) => ({ id: r.id, score: r.overlap }));
  }
}

/** Positions 1..n where both rankings hold the same id, and how many positions were compared. */
export function samePositions(candidate: RankedId[], exact: RankedId[], n = 20): { same: number; total: number } {
  const total = Math.min(n, exact.length);
  let same = 0;
  for (let i = 0; i < total; i++) if (candidate[i]?.id === exact[i].id) same++;
  return { same, total };
}

export const sharePercent = (parts: { same: number; total: number }[]) => {
  const same = parts.reduce((a, p) => a + p.same, 0);
  const total = parts.reduce((a, p) => a + p.total, 0);
  return total ? (100 * same) / total : Number.NaN;
};
