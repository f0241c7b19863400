import { type BenchContext, thousands } from '../bench-context';
import { compareSearch } from './search-comparison';

const LEVELS = `ARRAY['A1','A2','B1','B2','C1','C2','native']`;

/** The closest PostgreSQL query: jsonb containment on the (pre-resolved) skill URI, German level, ILIKE for q; same four facets. */
const PG_SQL = `
  WITH m AS (
    SELECT p.* FROM candidate_profiles p
    WHERE p.visibility = 'employers' AND p.hidden_by_staff_at IS NULL AND p.retention_hidden_at IS NULL
      AND p.skills @> jsonb_build_array(jsonb_build_object('escoUri', $2::text))
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(p.languages) l WHERE l->>'code' = 'de' AND array_position(${LEVELS}, l->>'level') >= 4)
      AND (p.headline ILIKE $1 OR p.summary ILIKE $1 OR p.skills::text ILIKE $1 OR p.desired_occupations::text ILIKE $1))
  SELECT (SELECT json_agg(x) FROM (SELECT id, first_name, headline, summary, degrees, skills, languages, desired_occupations, preferred_cities,
                                          country_of_origin, available_from, work_permit, updated_at FROM m ORDER BY updated_at DESC, id LIMIT 20) x) AS items,
         (SELECT count(*) FROM m)::int AS total,
         (SELECT json_object_agg(k, n) FROM (SELECT s->>'label' AS k, count(*) AS n FROM m, jsonb_array_elements(m.skills) s WHERE s->>'label' IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 100) f) AS skills,
         (SELECT json_object_agg(k, n) FROM (SELECT c AS k, count(*) AS n FROM m, jsonb_array_elements_text(m.preferred_cities) c GROUP BY 1) f) AS cities,
         (SELECT json_object_agg(k, n) FROM (SELECT l->>'code' AS k, count(*) AS n FROM m, jsonb_array_elements(m.languages) l GROUP BY 1) f) AS languages,
         (SELECT json_object_agg(k, n) FROM (SELECT country_of_origin AS k, count(*) AS n FROM m WHERE country_of_origin IS NOT NULL GROUP BY 1) f) AS countries`;

/**
 * Target 3, candidate search as a verified employer: per pool occupation its name as q and one of its essential
 * skills written in German, Polish or English, with German B2.
 */
export async function candidateSearch(ctx: BenchContext): Promise<void> {
  const langs = ['de', 'pl', 'en'];
  const inputs: { q: string; skill: string; skillUri: string }[] = [];
  for (const [i, o] of ctx.pool.entries()) {
    const skill = o.essential[1] ?? o.essential[0];
    const { rows } = await ctx.stack.pg.query<{ label: string }>(
      `SELECT label FROM esco_labels WHERE concept_uri = $1 AND lang = $2 AND preferred LIMIT 1`,
      [skill.escoUri, langs[i % 3]],
    );
    inputs.push({
      q: i % 2 ? o.occupation.label.split(' ')[0] : o.occupation.label,
      skill: rows[0]?.label ?? skill.label,
      skillUri: skill.escoUri!,
    });
  }
  await compareSearch(ctx, {
    target: '3 · candidate search `GET /candidates/search?q=…&skills=…&languages=de:B2`',
    data: `${thousands(ctx.candidates)} candidates`,
    token: ctx.employerToken,
    inputs,
    path: (i) => `/api/v1/candidates/search?q=${encodeURIComponent(i.q)}&skills=${encodeURIComponent(i.skill)}&languages=de:B2`,
    pgQuery: (i) => [PG_SQL, [`%${i.q}%`, i.skillUri]],
    indexes: {
      create: [
        'CREATE EXTENSION IF NOT EXISTS pg_trgm',
        'CREATE INDEX bench_profiles_skills_gin ON candidate_profiles USING gin (skills jsonb_path_ops)',
        `CREATE INDEX bench_profiles_trgm ON candidate_profiles USING gin (headline gin_trgm_ops, summary gin_trgm_ops,
           (skills::text) gin_trgm_ops, (desired_occupations::text) gin_trgm_ops)`,
        'ANALYZE candidate_profiles',
      ],
      drop: ['DROP INDEX IF EXISTS bench_profiles_skills_gin', 'DROP INDEX IF EXISTS bench_profiles_trgm'],
    },
    note:
      'App: auth + employer check, skill resolution (de/pl/en label → ESCO), Meilisearch, page re-read from PostgreSQL. Meilisearch: the captured search, POSTed to its own HTTP API. ' +
      'PostgreSQL: skill as its resolved URI (jsonb @>), German level via jsonb, ILIKE for q, same four facets, no typo tolerance; indexed = GIN jsonb_path_ops on skills + pg_trgm GIN on the texts.',
  });
}
