import { candidateWithProfile, employerWithStatus, ids, profileBody, searchUntil, verifiedEmployer } from '../utils/candidates';
import { createTestApp, TestApp } from '../utils/test-app';
import { registerUser, staffUser, TestUser } from '../utils/users';

const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

describe('candidate search', () => {
  let t: TestApp;
  let employer: TestUser;
  let staff: TestUser;
  /** Visible profiles (and one hidden by the candidate, one hidden by staff) that every test searches among. */
  let dev: string;
  let cook: string;
  let nativeDev: string;
  let hidden: string;
  let staffHidden: string;

  const search = (query: Record<string, string | number>, auth = employer.auth) =>
    t.http().get('/api/v1/candidates/search').set(auth).query(query);

  beforeAll(async () => {
    t = await createTestApp();
    employer = await verifiedEmployer(t);
    staff = await staffUser(t);
    const neutral = { headline: 'Looking for work in Saxony', summary: 'Graduate, motivated, reliable.' };
    dev = (
      await candidateWithProfile(t, {
        ...neutral,
        firstName: 'Dev',
        desiredOccupations: ['software developer'],
        skills: ['Python'],
        languages: [{ code: 'de', level: 'C1' }, { code: 'en', level: 'C1' }],
        preferredCities: ['Dresden'],
        availableFrom: '2027-01-01',
        workPermit: 'needs_visa',
        degrees: [{ level: 'master', field: 'CS', institution: 'KPI', country: 'UA', graduationYear: 2019 }],
        crossBorderCommuter: false,
        countryOfOrigin: 'UA',
        residenceCountry: 'UA',
      })
    ).profile.id;
    cook = (
      await candidateWithProfile(t, {
        ...neutral,
        firstName: 'Cook',
        desiredOccupations: ['cook'],
        skills: ['Böhmische Knödel'],
        languages: [{ code: 'de', level: 'B1' }, { code: 'cs', level: 'native' }],
        preferredCities: ['Leipzig'],
        availableFrom: '2028-06-01',
        workPermit: 'eu_citizen',
        degrees: [{ level: 'vocational', field: 'Gastronomy', institution: 'SOU Liberec', country: 'CZ', graduationYear: 2015 }],
        crossBorderCommuter: true,
        countryOfOrigin: 'CZ',
        residenceCountry: 'CZ',
      })
    ).profile.id;
    nativeDev = (
      await candidateWithProfile(t, {
        ...neutral,
        firstName: 'Native',
        desiredOccupations: ['Softwareentwickler'],
        skills: ['Python', 'SQL'],
        languages: [{ code: 'de', level: 'native' }],
        preferredCities: ['Görlitz'],
        availableFrom: null,
        workPermit: 'eu_citizen',
        degrees: [{ level: 'phd', field: 'Informatik', institution: 'TU Dresden', country: 'DE', graduationYear: 2021 }],
        crossBorderCommuter: true,
        countryOfOrigin: 'PL',
        residenceCountry: 'DE',
      })
    ).profile.id;
    hidden = (await candidateWithProfile(t, { ...neutral, firstName: 'Hidden', desiredOccupations: ['software developer'], skills: ['Python', 'SQL', 'Böhmische Knödel'], languages: [{ code: 'de', level: 'native' }], preferredCities: ['Dresden', 'Leipzig', 'Görlitz'], crossBorderCommuter: true, workPermit: 'eu_citizen', visibility: 'hidden' })).profile.id;
    staffHidden = (await candidateWithProfile(t, { ...neutral, firstName: 'StaffHidden', desiredOccupations: ['software developer'], skills: ['Python', 'SQL', 'Böhmische Knödel'], languages: [{ code: 'de', level: 'native' }], preferredCities: ['Dresden', 'Leipzig', 'Görlitz'], crossBorderCommuter: true, workPermit: 'eu_citizen' })).profile.id;
    await t.http().post(`/api/v1/moderation/candidates/${staffHidden}/decision`).set(staff.auth).send({ decision: 'hide', reason: 'fake profile' }).expect(200);
  });
  afterAll(() => t.close());

  it('answers items, total, page, limit, facets and processingTimeMs; items never carry contact data', async () => {
    const res = await search({}).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['facets', 'items', 'limit', 'page', 'processingTimeMs', 'total']);
    expect(res.body).toMatchObject({ total: 3, page: 1, limit: 20, processingTimeMs: expect.any(Number) });
    expect(ids(res.body).sort()).toEqual([dev, cook, nativeDev].sort());
    for (const item of res.body.items) {
      expect(item).not.toHaveProperty('email');
      expect(item).not.toHaveProperty('lastName');
      expect(item).toMatchObject({ contactShared: false, firstName: expect.any(String) });
    }
    expect(res.body.facets).toEqual({
      skills: { 'Python (computer programming)': 2, 'Böhmische Knödel': 1, 'SQL': 1 },
      cities: { Dresden: 1, Leipzig: 1, Görlitz: 1 },
      languages: { de: 3, en: 1, cs: 1 },
      countries: { UA: 1, CZ: 1, PL: 1, DE: 1 },
    });
  });

  it('finds the same candidates by their occupation in German, English, Polish and Czech, and with a typo', async () => {
    const labels = await t.sql<{ lang: string; label: string }>(
      `SELECT DISTINCT ON (lang) lang, label FROM esco_labels
        WHERE concept_uri = $1 AND preferred AND lang IN ('de', 'en', 'pl', 'cs') ORDER BY lang, id`,
      [SOFTWARE_DEVELOPER],
    );
    expect(labels.map((l) => l.lang)).toEqual(['cs', 'de', 'en', 'pl']);
    const queries = [...labels.map((l) => l.label), 'sofware develper', 'Softwareentwikler'];
    for (const q of queries) {
      const res = await search({ q }).expect(200);
      expect({ q, found: ids(res.body).sort() }).toEqual({ q, found: [dev, nativeDev].sort() });
    }
  });

  it('languages=de:B2 keeps C1 and native speakers and excludes a B1 speaker; several languages must all be met', async () => {
    expect(ids((await search({ languages: 'de:B2' }).expect(200)).body).sort()).toEqual([dev, nativeDev].sort());
    expect(ids((await search({ languages: 'de:B1' }).expect(200)).body).sort()).toEqual([dev, cook, nativeDev].sort());
    expect(ids((await search({ languages: 'de:C1,en:C1' }).expect(200)).body)).toEqual([dev]);
    expect(ids((await search({ languages: 'de:native' }).expect(200)).body)).toEqual([nativeDev]);
  });

  it('skills: any language resolves to the same concept, and all listed skills must match', async () => {
    expect(ids((await search({ skills: 'Python (Computerprogrammierung)' }).expect(200)).body).sort()).toEqual([dev, nativeDev].sort());
    expect(ids((await search({ skills: 'Python (programowanie komputerowe)' }).expect(200)).body).sort()).toEqual([dev, nativeDev].sort());
    expect(ids((await search({ skills: 'python,SQL' }).expect(200)).body)).toEqual([nativeDev]);
    expect(ids((await search({ skills: 'böhmische knödel' }).expect(200)).body)).toEqual([cook]);
  });

  it('filters by cities, availableBefore, workPermit, minDegree and crossBorderCommuter', async () => {
    const found = async (query: Record<string, string>) => ids((await search(query).expect(200)).body).sort();
    expect(await found({ cities: 'dresden' })).toEqual([dev]);
    expect(await found({ cities: 'Leipzig, Görlitz' })).toEqual([cook, nativeDev].sort());
    expect(await found({ availableBefore: '2027-06-01' })).toEqual([dev, nativeDev].sort());
    expect(await found({ workPermit: 'eu_citizen' })).toEqual([cook, nativeDev].sort());
    expect(await found({ workPermit: 'needs_visa,has_permit' })).toEqual([dev]);
    expect(await found({ minDegree: 'master' })).toEqual([dev, nativeDev].sort());
    expect(await found({ minDegree: 'phd' })).toEqual([nativeDev]);
    expect(await found({ crossBorderCommuter: 'true' })).toEqual([cook, nativeDev].sort());
    expect(await found({ crossBorderCommuter: 'false' })).toEqual([dev]);
  });

  it('pages, and refuses limit above 100', async () => {
    const page2 = await search({ limit: 2, page: 2 }).expect(200);
    expect(page2.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.body.items).toHaveLength(1);
    const res = await search({ limit: 101 }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining('limit')]));
  });

  it('answers 400 naming the parameter for malformed values', async () => {
    for (const [param, value] of [
      ['languages', 'de-B2'],
      ['languages', 'de:B3'],
      ['languages', 'xx:B2'],
      ['languages', 'de:B2,de:C1'],
      ['availableBefore', 'tomorrow'],
      ['workPermit', 'maybe'],
      ['minDegree', 'diploma'],
      ['crossBorderCommuter', 'yes'],
      ['sort', 'firstName'],
    ]) {
      const res = await search({ [param]: value });
      expect({ param, value, status: res.status }).toEqual({ param, value, status: 400 });
      expect(JSON.stringify(res.body.message)).toContain(param);
    }
  });

  it('treats injection attempts in every parameter as values: never 500, never a hidden profile', async () => {
    const attempts = [
      '"',
      '\\',
      '\\"',
      '" OR id EXISTS OR "',
      'Dresden" OR cityKeys EXISTS OR "x',
      'x") OR (id EXISTS',
      'AND',
      'OR',
      'TO',
      'EXISTS',
      'NOT',
      '(',
      ')',
      '1 TO 99999',
      'de:B2 OR languageLevels.de EXISTS',
      'de:A1,x:y") OR ("',
      'true OR crossBorderCommuter = false',
      "'; DROP TABLE candidate_profiles; --",
    ];
    const params = ['q', 'skills', 'languages', 'cities', 'availableBefore', 'workPermit', 'minDegree', 'crossBorderCommuter', 'page', 'limit'];
    const visible = new Set([dev, cook, nativeDev]);
    for (const param of params) {
      for (const value of attempts) {
        const res = await search({ [param]: value });
        expect({ param, value, status: [200, 400].includes(res.status) }).toEqual({ param, value, status: true });
        if (res.status !== 200) continue;
        for (const id of ids(res.body)) expect(visible.has(id)).toBe(true);
        if (param !== 'q') expect({ param, value, total: res.body.total }).toEqual({ param, value, total: 0 });
      }
    }
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM candidate_profiles`);
    expect(n).toBe(5);
    // Words only the hidden profile holds find nothing, even typed as a plain query.
    const own = await search({ q: 'Böhmische Knödel' });
    expect(own.status).toBe(200);
    expect(ids(own.body)).not.toContain(hidden);
  });

  it('is for verified employers and staff only', async () => {
    const pending = await search({}, (await employerWithStatus(t, 'pending')).auth).expect(403);
    expect(pending.body).toMatchObject({
      code: 'employer.not_verified',
      message: 'Only a verified employer may search or view candidate profiles; your organisation is not verified yet',
    });
    await search({}, (await employerWithStatus(t, 'rejected')).auth).expect(403);
    await search({}, (await registerUser(t, 'employer')).auth).expect(403);
    const candidate = await search({}, (await registerUser(t, 'candidate')).auth).expect(403);
    expect(candidate.body.code).toBe('auth.forbidden_role');
    await t.http().get('/api/v1/candidates/search').expect(401);
    expect(ids((await search({}, staff.auth).expect(200)).body).sort()).toEqual([dev, cook, nativeDev].sort());
  });

  it('makes a profile searchable within a second of switching it to employers, and hides it again at once', async () => {
    const { user } = await candidateWithProfile(t, profileBody({ headline: 'Quarkonium spectroscopist', visibility: 'hidden' }));
    expect((await search({ q: 'Quarkonium' }).expect(200)).body.total).toBe(0);
    const patched = await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ version: 1, visibility: 'employers' }).expect(200);
    const started = Date.now();
    const found = await searchUntil(t, employer.auth, { q: 'Quarkonium' }, (b) => b.total === 1);
    expect(ids(found.body)).toEqual([patched.body.id]);
    expect(Date.now() - started).toBeLessThan(1_000);
    await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ version: 2, visibility: 'hidden' }).expect(200);
    expect((await search({ q: 'Quarkonium' }).expect(200)).body.total).toBe(0);
  });
});
