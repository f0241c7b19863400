import { type BenchContext, thousands } from '../bench-context';
import { compareSearch } from './search-comparison';

/** German and English words an applicant types (one with a typo), each with German B2 and one city. */
const QUERIES = [
  'Softwareentwickler',
  'Pflegefachkraft',
  'Schweißer',
  'welder',
  'Koch',
  'Elektroniker',
  'Mechatronik',
  'Lagermitarbeiter',
  'Bauingenieur',
  'Softwareentwikler',
];
const CITIES = ['Dresden', 'Leipzig', 'Chemnitz'];
const LEVELS = `ARRAY['A1','A2','B1','B2','C1','C2','native']`;

/** The closest PostgreSQL query: ILIKE over the stored texts and labels, jsonb language check, newest first; same facets. */
const PG_SQL = `
  WITH m AS (
    SELECT o.*, e.name AS employer_name FROM job_offers o JOIN employers e ON e.id = o.employer_id
    WHERE o.status = 'published' AND o.city = ANY($2)
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(o.languages) l WHERE l->>'code' <> 'de' OR array_position(${LEVELS}, l->>'minLevel') > 4)
      AND (o.title ILIKE $1 OR o.occupation_label ILIKE $1 OR o.description ILIKE $1 OR e.name ILIKE $1
           OR o.required_skills::text ILIKE $1 OR o.optional_skills::text ILIKE $1))
  SELECT (SELECT json_agg(x) FROM (SELECT id, title, description, occupation_label, required_skills, optional_skills, languages, city, salary_min,
                                          salary_max, salary_period, employer_name, published_at FROM m ORDER BY published_at DESC LIMIT 20) x) AS items,
         (SELECT count(*) FROM m)::int AS total,
         (SELECT json_object_agg(k, n) FROM (SELECT s->>'label' AS k, count(*) AS n FROM m, jsonb_array_elements(m.required_skills || m.optional_skills) s GROUP BY 1 ORDER BY 2 DESC LIMIT 100) f) AS skills,
         (SELECT json_object_agg(city, n) FROM (SELECT city, count(*) AS n FROM m GROUP BY 1) f) AS cities,
         (SELECT json_object_agg(k, n) FROM (SELECT l->>'code' AS k, count(*) AS n FROM m, jsonb_array_elements(m.languages) l GROUP BY 1) f) AS languages`;

/** Target 3, job search: public `GET /job-offers/search?q=&languages=de:B2&cities=`. */
export async function jobSearch(ctx: BenchContext, publishedOffers: number): Promise<void> {
  await compareSearch(ctx, {
    target: '3 · job search `GET /job-offers/search?q=…&languages=de:B2&cities=…`',
    data: `${thousands(publishedOffers)} published offers`,
    inputs: QUERIES.map((q, i) => ({ q, city: CITIES[i % CITIES.length] })),
    path: ({ q, city }) => `/api/v1/job-offers/search?q=${encodeURIComponent(q)}&languages=de:B2&cities=${encodeURIComponent(city)}`,
    pgQuery: ({ q, city }) => [PG_SQL, [`%${q}%`, [city]]],
    indexes: {
      create: [
        'CREATE EXTENSION IF NOT EXISTS pg_trgm',
        `CREATE INDEX bench_offers_trgm ON job_offers USING gin (title gin_trgm_ops, occupation_label gin_trgm_ops, description gin_trgm_ops,
           (required_skills::text) gin_trgm_ops, (optional_skills::text) gin_trgm_ops)`,
        'CREATE INDEX bench_employers_trgm ON employers USING gin (name gin_trgm_ops)',
        'ANALYZE job_offers',
        'ANALYZE employers',
      ],
      drop: ['DROP INDEX IF EXISTS bench_offers_trgm', 'DROP INDEX IF EXISTS bench_employers_trgm'],
    },
    note:
      'Meilisearch: the exact q, filter, facets and page the app sent (captured), POSTed to its own HTTP API. PostgreSQL: ILIKE on title/occupation/description/employer/skill labels, ' +
      'jsonb language check, same facets, newest first — no typo tolerance, no labels in other languages; indexed = pg_trgm GIN on those texts.',
  });
}
