import { candidateWithProfile, profileBody } from '../utils/candidates';
import { createTestApp, TestApp } from '../utils/test-app';
import { registerUser } from '../utils/users';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

describe('candidate profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 404 before the profile exists, then PUT creates it hidden by default with resolved skills', async () => {
    const user = await registerUser(t, 'candidate');
    await t.http().get('/api/v1/candidates/me').set(user.auth).expect(404);
    const { visibility: _v, ...withoutVisibility } = profileBody({ skills: ['pyhton', 'Quantenknödel-Zubereitung'] });
    const res = await t.http().put('/api/v1/candidates/me').set(user.auth).send(withoutVisibility).expect(200);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      version: 1,
      visibility: 'hidden',
      searchable: false,
      email: user.email,
      hiddenByStaff: false,
      moderation: { hiddenByStaff: false },
      retentionNotice: null,
      firstName: 'Olena',
      lastName: 'Kovalenko',
      salaryExpectation: { min: 52000, currency: 'EUR' },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(res.body.skills).toEqual([
      { label: 'Python (computer programming)', escoUri: PYTHON, lang: 'en' },
      { label: 'Quantenknödel-Zubereitung', escoUri: null, lang: null },
    ]);
    expect(res.body.desiredOccupations).toEqual([{ label: 'software developer', escoUri: SOFTWARE_DEVELOPER, lang: 'en' }]);
    const again = await t.http().get('/api/v1/candidates/me').set(user.auth).expect(200);
    expect(again.body).toEqual(res.body);
  });

  it('PUT replaces the whole profile and bumps the version; PUT with a stale version is 409', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const res = await t.http().put('/api/v1/candidates/me').set(user.auth).send({ firstName: 'Ana', lastName: 'Nowak' }).expect(200);
    expect(res.body).toMatchObject({ id: profile.id, version: 2, firstName: 'Ana', skills: [], languages: [], visibility: 'hidden', salaryExpectation: null });
    await t.http().put('/api/v1/candidates/me').set(user.auth).send({ firstName: 'X', lastName: 'Y', version: 1 }).expect(409);
    await t.http().put('/api/v1/candidates/me').set(user.auth).send({ firstName: 'Ana', lastName: 'Nowak', version: 2 }).expect(200);
  });

  it('PATCH changes only the given fields with the current version; a stale version is 409 and changes nothing', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const patched = await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ version: 1, headline: 'Data engineer', salaryExpectation: null }).expect(200);
    expect(patched.body).toMatchObject({ version: 2, headline: 'Data engineer', firstName: 'Olena', salaryExpectation: null });
    expect(patched.body.skills).toHaveLength(2);

    const before = await t.sql(`SELECT * FROM candidate_profiles WHERE id = $1`, [profile.id]);
    const stale = await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ version: 1, headline: 'Overwritten' }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(stale.body.code).toBe('version.stale');
    expect(await t.sql(`SELECT * FROM candidate_profiles WHERE id = $1`, [profile.id])).toEqual(before);
    const current = await t.http().get('/api/v1/candidates/me').set(user.auth).expect(200);
    expect(current.body).toMatchObject({ version: 2, headline: 'Data engineer' });
  });

  it('PATCH needs a version, rejects null for required fields, and is 404 without a profile', async () => {
    const { user } = await candidateWithProfile(t);
    const noVersion = await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ headline: 'x' }).expect(400);
    expect(noVersion.body.message).toEqual(expect.arrayContaining([expect.stringContaining('version')]));
    const nulls = await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ version: 1, firstName: null, skills: null }).expect(400);
    expect(nulls.body.message).toContain('firstName must not be null');
    expect(nulls.body.message).toContain('skills must not be null');
    expect([noVersion.body.code, nulls.body.code]).toEqual(['validation.failed', 'validation.failed']);
    const fresh = await registerUser(t, 'candidate');
    const missing = await t.http().patch('/api/v1/candidates/me').set(fresh.auth).send({ version: 1, headline: 'x' }).expect(404);
    expect(missing.body.code).toBe('candidate_profile.not_found');
  });

  it.each([
    ['a bad CEFR level', { languages: [{ code: 'de', level: 'B3' }] }, 'languages.0.level'],
    ['a duplicate language', { languages: [{ code: 'de', level: 'B1' }, { code: 'de', level: 'C1' }] }, 'languages must not list the same language code twice'],
    ['an unknown language code', { languages: [{ code: 'xx', level: 'B1' }] }, 'languages.0.code'],
    ['graduationYear 1800', { degrees: [{ level: 'master', field: 'CS', institution: 'KPI', country: 'UA', graduationYear: 1800 }] }, 'degrees.0.graduationYear'],
    ['a bad degree level', { degrees: [{ level: 'diploma', field: 'CS', institution: 'KPI', country: 'UA', graduationYear: 2010 }] }, 'degrees.0.level'],
    ['an unknown field', { favouriteColour: 'blue' }, 'property favouriteColour should not exist'],
    ['an unknown nested field', { languages: [{ code: 'de', level: 'B1', certificate: 'TestDaF' }] }, 'property certificate should not exist'],
    ['a lower-case country', { residenceCountry: 'pl' }, 'residenceCountry'],
    ['a country that does not exist', { countryOfOrigin: 'XK' }, 'countryOfOrigin'],
    ['a summary over 5000 characters', { summary: 'x'.repeat(5001) }, 'summary'],
    ['more than 100 skills', { skills: Array.from({ length: 101 }, (_, i) => `skill ${i}`) }, 'skills'],
    ['a bad work permit', { workPermit: 'maybe' }, 'workPermit'],
    ['a bad date', { availableFrom: '01.03.2027' }, 'availableFrom'],
    ['a salary in another currency', { salaryExpectation: { min: 1000, currency: 'USD' } }, 'salaryExpectation.currency'],
    ['a bad visibility', { visibility: 'public' }, 'visibility'],
  ])('PUT with %s is 400 naming the field', async (_what, override, named) => {
    const user = await registerUser(t, 'candidate');
    const res = await t.http().put('/api/v1/candidates/me').set(user.auth).send(profileBody(override)).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringContaining(named)]));
    await t.http().get('/api/v1/candidates/me').set(user.auth).expect(404);
  });

  it('names every invalid field at once', async () => {
    const user = await registerUser(t, 'candidate');
    const res = await t
      .http()
      .put('/api/v1/candidates/me')
      .set(user.auth)
      .send(profileBody({ residenceCountry: 'de', languages: [{ code: 'de', level: 'X' }], extra: 1 }))
      .expect(400);
    const message = (res.body.message as string[]).join('\n');
    expect(message).toContain('residenceCountry');
    expect(message).toContain('languages.0.level');
    expect(message).toContain('extra');
  });

  it('lets only candidates use /candidates/me', async () => {
    const employer = await registerUser(t, 'employer');
    await t.http().put('/api/v1/candidates/me').set(employer.auth).send(profileBody()).expect(403);
    await t.http().get('/api/v1/candidates/me').set(employer.auth).expect(403);
    await t.http().get('/api/v1/candidates/me').expect(401);
  });
});
