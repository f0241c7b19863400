import { generateJobOffers, prepareVocabulary } from '../data/generate';
import type { BenchStack } from '../bench-stack';
import { getJson, time } from '../measure';
import type { Scenario, ScenarioResult } from './scenario';
import { avg, captureSearch, type CapturedSearch, measureIndexBuild } from './search-baselines';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 20_000);
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

/**
 * The closest PostgreSQL query: ILIKE over the stored texts and labels, no typo tolerance,
 * no other-language labels, newest first; same facets.
 */
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

let buildNote = '';

/** Public job search: GET /job-offers/search?q=&languages=de:B2&cities= against the same Meilisearch search and a PostgreSQL equivalent. */
export const jobSearch: Scenario = {
  name: 'job search',
  async prepare(stack: BenchStack): Promise<void> {
    await prepareVocabulary(stack.pg);
    const started = Date.now();
    await generateJobOffers(stack.pg, OFFERS);
    process.stderr.write(`bench: generated ${OFFERS} offers in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    buildNote = await measureIndexBuild(stack, 'job_offers', OFFERS);
    process.stderr.write(`bench: ${buildNote}\n`);
  },
  async run(stack: BenchStack): Promise<ScenarioResult[]> {
    const distinct = QUERIES.map((q, i) => ({ q, city: CITIES[i % CITIES.length] }));
    const url = ({ q, city }: { q: string; city: string }) =>
      `${stack.baseUrl}/api/v1/job-offers/search?q=${encodeURIComponent(q)}&languages=de:B2&cities=${encodeURIComponent(city)}`;
    const captured = new Map<string, CapturedSearch>();
    const appHits: number[] = [];
    const pgHits: number[] = [];
    for (const input of distinct) {
      captured.set(input.q, await captureSearch(stack, async () => appHits.push(((await getJson(url(input))) as { total: number }).total)));
      pgHits.push((await stack.pg.query(PG_SQL, [`%${input.q}%`, [input.city]])).rows[0].total);
    }
    const inputs = Array.from({ length: 200 }, (_, i) => distinct[i % distinct.length]);
    const app = await time(inputs, (input) => getJson(url(input)));
    const rawMeili = await time(inputs, (input) => {
      const c = captured.get(input.q)!;
      return stack.meili.index(c.uid).search(c.q, c.params);
    });
    const rawPostgres = await time(inputs, (input) => stack.pg.query(PG_SQL, [`%${input.q}%`, [input.city]]));
    return [
      {
        scenario: 'job search `GET /job-offers/search?q=…&languages=de:B2&cities=…` (public)',
        data: `${OFFERS.toLocaleString('en')} published offers`,
        app,
        rawMeili,
        rawPostgres,
        note:
          `Meilisearch: the exact q, filter string, facets and page the app sent (captured). PostgreSQL: ILIKE on title/occupation/description/employer/skill labels, ` +
          `jsonb language check, same facets, newest first — no typo tolerance, no labels in other languages, no relevance ranking, no extra indexes (the app's schema). ` +
          `Avg hits per query: app ${avg(appHits).toFixed(0)}, PostgreSQL ${avg(pgHits).toFixed(0)} (e.g. "Softwareentwikler" typo: app ${appHits[9]}, PG ${pgHits[9]}). ${buildNote}`,
      },
    ];
  },
};
