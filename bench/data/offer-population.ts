import type { Pool } from 'pg';
import { DEMO_OCCUPATIONS, SAXON_CITIES } from '../../src/cli/seed/demo-data';

/**
 * Published job offers at scale (the candidates come from ../matching-population.ts), generated inside
 * PostgreSQL with set-based INSERT … SELECT over generate_series (no per-row round trips). Occupations and skills are real
 * ESCO concepts (the demo occupations and their essential skills, labels from
 * esco_labels); row g picks its values deterministically from g, so runs are comparable.
 */

/** Builds bench_occupations / bench_skill_pool from the imported ESCO tables (once). */
export async function prepareVocabulary(pg: Pool): Promise<void> {
  await pg.query(`DROP TABLE IF EXISTS bench_skill_pool, bench_occupations, bench_renumber`);
  await pg.query(
    `CREATE TABLE bench_occupations AS
     SELECT (o.idx - 1)::int AS idx, o.uri, o.title_de, o.title_en, o.degree, o.period, o.sal_min, o.sal_max, o.german,
            (SELECT label FROM esco_labels l WHERE l.concept_uri = o.uri AND l.lang = 'de' AND l.preferred LIMIT 1) AS label_de,
            (SELECT label FROM esco_labels l WHERE l.concept_uri = o.uri AND l.lang = 'en' AND l.preferred LIMIT 1) AS label_en
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[], $8::text[])
          WITH ORDINALITY AS o(uri, title_de, title_en, degree, period, sal_min, sal_max, german, idx)`,
    [
      DEMO_OCCUPATIONS.map((o) => o.uri),
      DEMO_OCCUPATIONS.map((o) => o.titleDe),
      DEMO_OCCUPATIONS.map((o) => o.titleEn),
      DEMO_OCCUPATIONS.map((o) => o.degree),
      DEMO_OCCUPATIONS.map((o) => o.salary.period),
      DEMO_OCCUPATIONS.map((o) => o.salary.min),
      DEMO_OCCUPATIONS.map((o) => o.salary.max),
      DEMO_OCCUPATIONS.map((o) => o.germanLevel),
    ],
  );
  await pg.query(
    `CREATE TABLE bench_skill_pool AS
     SELECT o.idx AS occ, (row_number() OVER (PARTITION BY o.idx ORDER BY s.skill_uri) - 1)::int AS pos, s.skill_uri AS uri,
            de.label AS label_de, en.label AS label_en, COALESCE(pl.label, en.label) AS label_pl, COALESCE(cs.label, en.label) AS label_cs
     FROM bench_occupations o
     JOIN esco_occupation_skills s ON s.occupation_uri = o.uri AND s.relation = 'essential'
     JOIN LATERAL (SELECT label FROM esco_labels WHERE concept_uri = s.skill_uri AND lang = 'de' AND preferred LIMIT 1) de ON true
     JOIN LATERAL (SELECT label FROM esco_labels WHERE concept_uri = s.skill_uri AND lang = 'en' AND preferred LIMIT 1) en ON true
     LEFT JOIN LATERAL (SELECT label FROM esco_labels WHERE concept_uri = s.skill_uri AND lang = 'pl' AND preferred LIMIT 1) pl ON true
     LEFT JOIN LATERAL (SELECT label FROM esco_labels WHERE concept_uri = s.skill_uri AND lang = 'cs' AND preferred LIMIT 1) cs ON true`,
  );
  await pg.query(`CREATE INDEX ON bench_skill_pool (occ, pos)`);
  await pg.query(`ALTER TABLE bench_occupations ADD COLUMN n int`);
  await pg.query(`UPDATE bench_occupations o SET n = (SELECT count(*) FROM bench_skill_pool p WHERE p.occ = o.idx)`);
  await pg.query(`DELETE FROM bench_occupations WHERE n < 6 OR label_de IS NULL OR label_en IS NULL`);
  await pg.query(`DELETE FROM bench_skill_pool p WHERE NOT EXISTS (SELECT 1 FROM bench_occupations o WHERE o.idx = p.occ)`);
  // Dense occupation numbers 0…n-1 (row g picks occupation g % n).
  await pg.query(`CREATE TABLE bench_renumber AS SELECT idx, (row_number() OVER (ORDER BY idx) - 1)::int AS rn FROM bench_occupations`);
  await pg.query(`UPDATE bench_skill_pool p SET occ = r.rn FROM bench_renumber r WHERE p.occ = r.idx`);
  await pg.query(`UPDATE bench_occupations o SET idx = r.rn FROM bench_renumber r WHERE o.idx = r.idx`);
  await pg.query(`DROP TABLE bench_renumber`);
}

/** A deterministic pseudo-random non-negative number per row and purpose (salt), so attributes do not correlate as plain `g % k` would. */
const h = (expr: string, salt: number) => `(hashint4((${expr}) * 32 + ${salt}) & 2147483647)`;

const CITIES = SAXON_CITIES.map((c) => c.city);
const POSTAL = SAXON_CITIES.map((c) => c.postalCode);

/** `count` verified employers (with users), then `offers` published job offers spread over them. */
export async function generateJobOffers(pg: Pool, offers: number, employers = 400): Promise<void> {
  await pg.query(
    `INSERT INTO users (email, role, password_hash) SELECT 'bench-employer-' || g || '@bench.example', 'employer', 'bench-not-a-hash' FROM generate_series(1, $1) g`,
    [employers],
  );
  await pg.query(
    `INSERT INTO employers (user_id, name, city, postal_code, industry, size, description, registration_number, verification_status, verified_at)
     SELECT u.id, (ARRAY['Elbtal','Erzgebirge','Lausitz','Vogtland','Muldental','Neiße'])[1 + g % 6] || ' ' || (ARRAY['Technik','Logistik','Pflege','Bau','Software','Metall'])[1 + (g / 6) % 6] || ' ' || g || ' GmbH',
            ($1::text[])[1 + g % $3], ($2::text[])[1 + g % $3], 'Industrie', '50-249', 'Bench employer', 'HRB ' || (1000 + g), 'verified', now()
     FROM users u, LATERAL (SELECT substring(u.email FROM 'bench-employer-(\\d+)@')::int AS g) x
     WHERE u.email LIKE 'bench-employer-%'`,
    [CITIES, POSTAL, CITIES.length],
  );
  await pg.query(
    `WITH emp AS (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM employers WHERE registration_number IS NOT NULL AND description = 'Bench employer'),
          occ AS (SELECT count(*)::int AS n FROM bench_occupations)
     INSERT INTO job_offers (employer_id, status, title, description, occupation_label, occupation_uri, required_skills, optional_skills, languages,
                             city, postal_code, workplace, contract_type, salary_min, salary_max, salary_period, visa_sponsorship, relocation_support,
                             min_degree, start_date, submitted_at, published_at)
     SELECT emp.ids[1 + g % emp.n], 'published',
            CASE WHEN ${h('g', 1)} % 3 = 2 THEN o.title_en ELSE o.title_de END,
            CASE WHEN ${h('g', 1)} % 3 = 2
                 THEN 'Join our team in ' || c.city || ', Saxony, as ' || o.label_en || '. Tasks: ' || sk.text_en || '. We support German courses and relocation.'
                 ELSE 'Wir suchen in ' || c.city || ' eine/n ' || o.label_de || '. Ihre Aufgaben: ' || sk.text_de || '. Wir unterstützen Deutschkurs und Anerkennung.' END,
            CASE WHEN ${h('g', 1)} % 3 = 2 THEN o.label_en ELSE o.label_de END, o.uri, sk.required, sk.optional,
            jsonb_build_array(jsonb_build_object('code', 'de', 'minLevel', (ARRAY['A2','B1','B2','C1'])[1 + ${h('g', 2)} % 4]))
              || CASE WHEN ${h('g', 3)} % 4 = 0 THEN jsonb_build_array(jsonb_build_object('code', 'en', 'minLevel', 'B2')) ELSE '[]'::jsonb END,
            c.city, c.postal, (ARRAY['onsite','onsite','hybrid','remote'])[1 + ${h('g', 4)} % 4], 'permanent',
            round(o.sal_min * (0.9 + ${h('g', 5)} % 20 / 100.0), 2), round(o.sal_max * (0.9 + ${h('g', 5)} % 20 / 100.0), 2), o.period,
            ${h('g', 6)} % 5 < 2, ${h('g', 7)} % 7 = 0, o.degree, date '2027-01-01' + (${h('g', 10)} % 240)::int, now() - (g % 90) * interval '1 day', now() - (g % 90) * interval '1 day'
     FROM generate_series(1, $1) g
     CROSS JOIN emp CROSS JOIN occ
     JOIN bench_occupations o ON o.idx = g % occ.n
     CROSS JOIN LATERAL (SELECT ($2::text[])[1 + ${h('g', 8)} % $4] AS city, ($3::text[])[1 + ${h('g', 8)} % $4] AS postal) c
     CROSS JOIN LATERAL (
       SELECT jsonb_agg(jsonb_build_object('label', CASE WHEN ${h('g', 1)} % 3 = 2 THEN p.label_en ELSE p.label_de END, 'escoUri', p.uri) ORDER BY p.pos) FILTER (WHERE w.k < 4) AS required,
              COALESCE(jsonb_agg(jsonb_build_object('label', CASE WHEN ${h('g', 1)} % 3 = 2 THEN p.label_en ELSE p.label_de END, 'escoUri', p.uri)) FILTER (WHERE w.k >= 4), '[]') AS optional,
              string_agg(p.label_de, ', ') FILTER (WHERE w.k < 3) AS text_de, string_agg(p.label_en, ', ') FILTER (WHERE w.k < 3) AS text_en
       FROM generate_series(0, 4) w(k) JOIN bench_skill_pool p ON p.occ = o.idx AND p.pos = (${h('g', 9)} + w.k) % o.n
     ) sk`,
    [offers, CITIES, POSTAL, CITIES.length],
  );
  await pg.query(`ANALYZE job_offers; ANALYZE employers`);
}
