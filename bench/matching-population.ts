/**
 * A deterministic, realistic population of candidate profiles for measuring
 * matching (the exactness e2e test with a few hundred, the benchmark with
 * 100,000). Skills come from the ESCO essential and optional skills of
 * occupations in five families (IT, care, trades, engineering, logistics), plus
 * noise mostly from the same family and a free-text skill now and then; languages,
 * cities, permits, start dates and degrees vary. A small LCG makes it
 * reproducible: same seed, same rows.
 *
 * Rows go straight into PostgreSQL (users + candidate_profiles) with
 * multi-row INSERT … SELECT FROM unnest(…); the caller then indexes them
 * (outbox or SearchReindexerService).
 */

export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface Concept {
  label: string;
  escoUri: string | null;
}
export interface PoolOccupation {
  occupation: Concept;
  /** IT, care, trades, engineering or logistics (OCCUPATION_FAMILIES). */
  family: string;
  essential: Concept[];
  optional: Concept[];
  /** Skills directly broader or narrower (ESCO) than an essential one and not themselves in the occupation: half credit. */
  related: Concept[];
}

/**
 * The occupation families the population and the offers span (ESCO English preferred labels): IT, care, trades,
 * engineering, logistics. Each profile belongs to one occupation and draws its skills from that occupation's ESCO
 * essential and optional skills, so profiles of one family overlap the way real ones do.
 */
export const OCCUPATION_FAMILIES: Record<string, readonly string[]> = {
  IT: ['software developer', 'ICT system administrator', 'web developer'],
  care: ['nurse responsible for general care', 'care at home worker'],
  trades: ['welder', 'domestic electrician', 'industrial electrician'],
  engineering: ['mechanical engineer', 'mechatronics engineer', 'civil engineer'],
  logistics: ['warehouse worker', 'cargo vehicle driver'],
};

export const POOL_OCCUPATION_LABELS = Object.values(OCCUPATION_FAMILIES).flat();

export const familyOf = (occupationLabel: string): string =>
  Object.entries(OCCUPATION_FAMILIES).find(([, labels]) => labels.includes(occupationLabel))?.[0] ?? 'other';

export const SAXON_CITIES = [
  'Dresden',
  'Leipzig',
  'Chemnitz',
  'Görlitz',
  'Bautzen',
  'Zwickau',
  'Plauen',
  'Freiberg',
  'Pirna',
  'Meißen',
  'Radebeul',
  'Hoyerswerda',
];

/** A tiny linear congruential generator (Numerical Recipes constants): deterministic, good enough for test data. */
export class Lcg {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 2 ** 32;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items (order of the draw). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(this.int(copy.length), 1)[0]);
    return out;
  }
}

/** The pool from the imported ESCO taxonomy (English preferred labels); throws when the taxonomy is missing. */
export async function loadSkillPool(sql: Sql, occupationLabels = POOL_OCCUPATION_LABELS): Promise<PoolOccupation[]> {
  const occupations = await sql(
    `SELECT DISTINCT ON (l.label) l.concept_uri AS uri, l.label FROM esco_labels l
      WHERE l.kind = 'occupation' AND l.lang = 'en' AND l.preferred AND l.label = ANY($1) ORDER BY l.label, l.concept_uri`,
    [occupationLabels],
  );
  if (!occupations.length) throw new Error('The ESCO taxonomy is not imported: no pool occupations found');
  const pool: PoolOccupation[] = [];
  for (const o of occupations) {
    const skills = await sql(
      `SELECT s.skill_uri AS uri, s.relation, l.label FROM esco_occupation_skills s
         JOIN esco_labels l ON l.concept_uri = s.skill_uri AND l.lang = 'en' AND l.preferred
        WHERE s.occupation_uri = $1 ORDER BY s.skill_uri`,
      [o.uri],
    );
    const concept = (r: Record<string, unknown>): Concept => ({ label: String(r.label), escoUri: String(r.uri) });
    const related = await sql(
      `SELECT DISTINCT n.uri, l.label FROM esco_occupation_skills s
         CROSS JOIN LATERAL (SELECT b.broader_uri AS uri FROM esco_skill_broader b WHERE b.skill_uri = s.skill_uri AND b.broader_type = 'skill'
                             UNION SELECT b.skill_uri FROM esco_skill_broader b WHERE b.broader_uri = s.skill_uri AND b.broader_type = 'skill') n
         JOIN esco_labels l ON l.concept_uri = n.uri AND l.lang = 'en' AND l.preferred
        WHERE s.occupation_uri = $1 AND s.relation = 'essential'
          AND n.uri NOT IN (SELECT skill_uri FROM esco_occupation_skills WHERE occupation_uri = $1)
        ORDER BY n.uri`,
      [o.uri],
    );
    pool.push({
      occupation: { label: String(o.label), escoUri: String(o.uri) },
      family: familyOf(String(o.label)),
      essential: skills.filter((s) => s.relation === 'essential').map(concept),
      optional: skills.filter((s) => s.relation === 'optional').map(concept),
      related: related.map(concept),
    });
  }
  return pool;
}

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
const DEGREE_LEVELS = ['vocational', 'bachelor', 'master', 'phd'] as const;
const NATIVE = ['uk', 'pl', 'cs', 'ru', 'es', 'pt', 'tr', 'hi', 'vi'];
const FREE_TEXT = ['Teamarbeit', 'Kundenorientierung', 'Scrum', 'Jira', 'Kotlin Multiplatform'];

interface ProfileRow {
  email: string;
  firstName: string;
  headline: string;
  skills: Concept[];
  languages: { code: string; level: string }[];
  desiredOccupations: Concept[];
  preferredCities: string[];
  openToRemote: boolean;
  crossBorderCommuter: boolean;
  availableFrom: string | null;
  workPermit: string;
  degrees: { level: string; field: string; institution: string; country: string; graduationYear: number }[];
  visibility: 'employers' | 'hidden';
}

/** One profile; `index` makes the e-mail unique. */
function profile(rng: Lcg, pool: PoolOccupation[], index: number, runTag: string): ProfileRow {
  const home = pool[rng.int(pool.length)];
  const essentialCount = Math.min(home.essential.length, 1 + rng.int(Math.max(1, Math.ceil(home.essential.length * 0.8))));
  const skills = new Map<string, Concept>();
  for (const s of rng.sample(home.essential, essentialCount)) skills.set(s.escoUri!, s);
  for (const s of rng.sample(home.optional, rng.int(6))) skills.set(s.escoUri!, s);
  for (let i = rng.int(4); i > 0; i--) {
    const other = rng.chance(0.7) ? rng.pick(pool.filter((p) => p.family === home.family)) : rng.pick(pool);
    const s = rng.pick([...other.essential, ...other.optional]);
    if (s) skills.set(s.escoUri!, s);
  }
  // Some hold a skill only through its ESCO neighbour (related: half credit), so the bounds are tested with it.
  if (home.related.length && rng.chance(0.4)) for (const s of rng.sample(home.related, 1 + rng.int(3))) skills.set(s.escoUri!, s);
  const list = [...skills.values()];
  if (rng.chance(0.2)) list.push({ label: rng.pick(FREE_TEXT), escoUri: null });
  const de = rng.int(10);
  const languages = [
    { code: rng.pick(NATIVE), level: 'native' },
    ...(de < 2 ? [] : [{ code: 'de', level: LEVELS[Math.min(6, de - 2)] }]),
    ...(rng.chance(0.8) ? [{ code: 'en', level: LEVELS[2 + rng.int(5)] }] : []),
  ];
  const permit = rng.next();
  const available = rng.next();
  const degreeCount = rng.int(3);
  return {
    email: `gen.${runTag}.${index}@example.org`,
    firstName: `Gen${index}`,
    headline: `${home.occupation.label} looking for work in Saxony`,
    skills: list,
    languages,
    desiredOccupations: rng.chance(0.7) ? [home.occupation] : [],
    preferredCities: rng.sample(SAXON_CITIES, rng.int(3)),
    openToRemote: rng.chance(0.4),
    crossBorderCommuter: rng.chance(0.1),
    availableFrom: available < 0.2 ? null : `${available < 0.6 ? 2026 : 2027}-${String(1 + rng.int(12)).padStart(2, '0')}-01`,
    workPermit: permit < 0.4 ? 'eu_citizen' : permit < 0.6 ? 'has_permit' : 'needs_visa',
    degrees: Array.from({ length: degreeCount }, () => ({
      level: DEGREE_LEVELS[rng.int(4)],
      field: home.occupation.label,
      institution: 'University',
      country: 'UA',
      graduationYear: 2010 + rng.int(16),
    })),
    visibility: rng.chance(0.03) ? 'hidden' : 'employers',
  };
}

/**
 * Inserts `count` generated candidates (users and profiles) in batches and
 * returns how many are visible to employers. `runTag` keeps e-mails unique
 * across runs in one database.
 */
export async function insertCandidates(
  sql: Sql,
  pool: PoolOccupation[],
  count: number,
  options: { seed?: number; batch?: number; runTag?: string } = {},
): Promise<number> {
  const rng = new Lcg(options.seed ?? 42);
  const batch = options.batch ?? 5_000;
  const runTag = options.runTag ?? 'm';
  let visible = 0;
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, (_, i) => profile(rng, pool, start + i, runTag));
    visible += rows.filter((r) => r.visibility === 'employers').length;
    const json = (f: (r: ProfileRow) => unknown) => rows.map((r) => JSON.stringify(f(r)));
    await sql(
      `WITH u AS (
         INSERT INTO users (email, role, password_hash)
         SELECT e, 'candidate', 'generated: no login' FROM unnest($1::text[]) AS e
         RETURNING id, email)
       INSERT INTO candidate_profiles (user_id, first_name, last_name, headline, skills, languages, desired_occupations,
         preferred_cities, open_to_remote, cross_border_commuter, available_from, work_permit, degrees, visibility)
       SELECT u.id, p.first_name, 'Generated', p.headline, p.skills, p.languages, p.desired_occupations,
              p.preferred_cities, p.open_to_remote, p.cross_border_commuter, p.available_from, p.work_permit, p.degrees, p.visibility
         FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[], $6::jsonb[], $7::jsonb[], $8::bool[],
                     $9::bool[], $10::date[], $11::text[], $12::jsonb[], $13::text[])
              AS p(email, first_name, headline, skills, languages, desired_occupations, preferred_cities, open_to_remote,
                   cross_border_commuter, available_from, work_permit, degrees, visibility)
         JOIN u ON u.email = p.email`,
      [
        rows.map((r) => r.email),
        rows.map((r) => r.firstName),
        rows.map((r) => r.headline),
        json((r) => r.skills),
        json((r) => r.languages),
        json((r) => r.desiredOccupations),
        json((r) => r.preferredCities),
        rows.map((r) => r.openToRemote),
        rows.map((r) => r.crossBorderCommuter),
        rows.map((r) => r.availableFrom),
        rows.map((r) => r.workPermit),
        json((r) => r.degrees),
        rows.map((r) => r.visibility),
      ],
    );
  }
  return visible;
}

/** One offer of the comparisons: its family, occupation and the body `POST /job-offers` takes. */
export interface PlannedOffer {
  family: string;
  occupation: PoolOccupation;
  body: Record<string, unknown>;
}

/**
 * Offers for the comparisons, round-robin over the families (offer i: family i mod 5, then the family's occupations
 * in turn): a mix of sizes, language levels, sponsorship and cities, drawn from the same pool.
 */
export function offerPlan(pool: PoolOccupation[], count: number, seed = 7): PlannedOffer[] {
  const rng = new Lcg(seed);
  const families = [...new Set(pool.map((p) => p.family))];
  const byFamily = families.map((f) => pool.filter((p) => p.family === f));
  return Array.from({ length: count }, (_, i) => {
    const members = byFamily[i % families.length];
    const home = members[Math.floor(i / families.length) % members.length];
    const required = rng.sample(home.essential, 3 + rng.int(4));
    const optional = rng.sample(home.optional, rng.int(4));
    const de = rng.int(4);
    const body = {
      title: `${home.occupation.label} #${i + 1}`,
      description: 'Generated offer for the matching comparison.',
      occupation: home.occupation.escoUri ?? home.occupation.label,
      requiredSkills: required.map((s) => s.escoUri ?? s.label),
      optionalSkills: optional.map((s) => s.escoUri ?? s.label),
      languages: de === 0 ? [] : [{ code: 'de', minLevel: ['B1', 'B2', 'C1'][de - 1] }],
      city: rng.pick(SAXON_CITIES),
      workplace: rng.pick(['onsite', 'hybrid', 'remote']),
      contractType: 'permanent',
      salary: { min: 40000 + 1000 * rng.int(25), max: 80000, currency: 'EUR', period: 'year' },
      visaSponsorship: rng.chance(0.5),
      relocationSupport: false,
      minDegree: rng.pick([null, 'bachelor', 'master']),
      startDate: `2027-0${1 + rng.int(9)}-01`,
    };
    return { family: home.family, occupation: home, body };
  });
}

/** The `POST /job-offers` bodies of offerPlan. */
export function offerSpecs(pool: PoolOccupation[], count: number, seed = 7): Record<string, unknown>[] {
  return offerPlan(pool, count, seed).map((p) => p.body);
}

/** A `PUT /candidates/me` body for a candidate of `home` (visible to employers, skills as ESCO URIs). */
export function candidateProfileBody(home: PoolOccupation, index: number, seed = 11): Record<string, unknown> {
  const rng = new Lcg(seed + index);
  return {
    firstName: `Bench${index}`,
    lastName: 'Candidate',
    headline: `${home.occupation.label} looking for work in Saxony`,
    summary: 'Generated candidate for the benchmark.',
    countryOfOrigin: 'PL',
    residenceCountry: 'PL',
    degrees: [{ level: 'bachelor', field: home.occupation.label, institution: 'University', country: 'PL', graduationYear: 2020 }],
    skills: [...rng.sample(home.essential, 4 + rng.int(4)), ...rng.sample(home.optional, 2)].map((s) => s.escoUri ?? s.label),
    languages: [
      { code: 'pl', level: 'native' },
      { code: 'de', level: 'B2' },
      { code: 'en', level: 'B2' },
    ],
    desiredOccupations: [home.occupation.escoUri ?? home.occupation.label],
    preferredCities: rng.sample(SAXON_CITIES, 2),
    openToRemote: true,
    crossBorderCommuter: false,
    availableFrom: '2027-01-01',
    workPermit: 'eu_citizen',
    visibility: 'employers',
  };
}
