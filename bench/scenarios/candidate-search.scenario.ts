import { generateCandidates, prepareVocabulary } from '../data/generate';
import type { BenchStack } from '../bench-stack';
import { getJson, time } from '../measure';
import type { Scenario, ScenarioResult } from './scenario';
import { avg, captureSearch, type CapturedSearch, measureIndexBuild, verifiedEmployerToken } from './search-baselines';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
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
         (SELECT json_object_agg(k, n) FROM (SELECT s->>'label' AS k, count(*) AS n FROM m, jsonb_array_elements(m.skills) s GROUP BY 1 ORDER BY 2 DESC LIMIT 100) f) AS skills,
         (SELECT json_object_agg(k, n) FROM (SELECT c AS k, count(*) AS n FROM m, jsonb_array_elements_text(m.preferred_cities) c GROUP BY 1) f) AS cities,
         (SELECT json_object_agg(k, n) FROM (SELECT l->>'code' AS k, count(*) AS n FROM m, jsonb_array_elements(m.languages) l GROUP BY 1) f) AS languages,
         (SELECT json_object_agg(k, n) FROM (SELECT country_of_origin AS k, count(*) AS n FROM m GROUP BY 1) f) AS countries`;

interface Input {
  q: string;
  skill: string;
  skillUri: string;
}

let buildNote = '';
let token = '';

/**
 * Candidate search as a verified employer: q + a skill label (in de/pl/en) + German B2,
 * against the same Meilisearch search and PostgreSQL.
 */
export const candidateSearch: Scenario = {
  name: 'candidate search',
  async prepare(stack: BenchStack): Promise<void> {
    await prepareVocabulary(stack.pg);
    const started = Date.now();
    await generateCandidates(stack.pg, CANDIDATES);
    process.stderr.write(`bench: generated ${CANDIDATES} candidates in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    buildNote = await measureIndexBuild(stack, 'candidates', 20_000);
    process.stderr.write(`bench: ${buildNote}\n`);
    token = await verifiedEmployerToken(stack);
  },
  async run(stack: BenchStack): Promise<ScenarioResult[]> {
    // Per occupation: its name as q (English, German or Polish) and one of its skills written in another of those languages.
    const rows = (
      await stack.pg.query(
        `SELECT o.label_en, o.label_de, p.label_de AS skill_de, p.label_pl AS skill_pl, p.label_en AS skill_en, p.uri
         FROM bench_occupations o JOIN bench_skill_pool p ON p.occ = o.idx AND p.pos = 1 ORDER BY o.idx`,
      )
    ).rows as Record<string, string>[];
    const distinct: Input[] = rows.map((r, i) => ({
      q: i % 2 ? r.label_en.split(' ')[0] : r.label_en,
      skill: [r.skill_de, r.skill_pl, r.skill_en][i % 3],
      skillUri: r.uri,
    }));
    const url = (input: Input) =>
      `${stack.baseUrl}/api/v1/candidates/search?q=${encodeURIComponent(input.q)}&skills=${encodeURIComponent(input.skill)}&languages=de:B2`;
    const captured = new Map<Input, CapturedSearch>();
    const appHits: number[] = [];
    const pgHits: number[] = [];
    for (const input of distinct) {
      captured.set(
        input,
        await captureSearch(stack, async () => appHits.push(((await getJson(url(input), token)) as { total: number }).total)),
      );
      pgHits.push((await stack.pg.query(PG_SQL, [`%${input.q}%`, input.skillUri])).rows[0].total);
    }
    const inputs = Array.from({ length: 150 }, (_, i) => distinct[i % distinct.length]);
    const app = await time(inputs, (input) => getJson(url(input), token));
    const rawMeili = await time(inputs, (input) => {
      const c = captured.get(input)!;
      return stack.meili.index(c.uid).search(c.q, c.params);
    });
    const rawPostgres = await time(inputs, (input) => stack.pg.query(PG_SQL, [`%${input.q}%`, input.skillUri]), 10);
    return [
      {
        scenario: 'candidate search `GET /candidates/search?q=…&skills=…&languages=de:B2` (verified employer)',
        data: `${CANDIDATES.toLocaleString('en')} visible candidates`,
        app,
        rawMeili,
        rawPostgres,
        note:
          `App: auth + employer-verification check, skill resolution (de/pl/en label → ESCO), Meilisearch, re-read of the page from PostgreSQL. ` +
          `Meilisearch: the exact q, filter, facets and page the app sent (captured). PostgreSQL: skill given as its resolved URI (jsonb @>), German level via jsonb, ` +
          `ILIKE for q on headline/summary/skill and occupation labels, same four facets — no typo tolerance, no labels in other languages, no relevance ranking, ` +
          `sequential scan (the app's schema has no GIN/trigram index). Avg hits per query: app ${avg(appHits).toFixed(0)}, PostgreSQL ${avg(pgHits).toFixed(0)}. ${buildNote}`,
      },
    ];
  },
};
