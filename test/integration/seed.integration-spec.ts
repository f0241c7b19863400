import { SEED_PASSWORDS, seedDemo, type SeedResult } from '../../src/cli/seed/seed-demo';
import { useTestApp } from '../utils/test-app';

describe('demo seed (npm run seed)', () => {
  const t = useTestApp();
  let first: SeedResult;

  beforeAll(async () => {
    first = await seedDemo(t.app, { scale: 0.1 });
  }, 180_000);

  it('creates employers, offers and candidates through the services, in the moderation states asked for', async () => {
    expect(first.alreadySeeded).toBe(false);
    expect(first.employers.verified).toBeGreaterThanOrEqual(2);
    expect(first.offers.published).toBeGreaterThanOrEqual(4);
    expect(first.candidates.visible).toBeGreaterThanOrEqual(15);
    const [counts] = await t.sql<{ employers: number; offers: number; profiles: number; audited: number }>(
      `SELECT (SELECT count(*)::int FROM employers) AS employers, (SELECT count(*)::int FROM job_offers) AS offers,
              (SELECT count(*)::int FROM candidate_profiles) AS profiles, (SELECT count(*)::int FROM audit_log) AS audited`,
    );
    expect(counts.employers).toBe(3);
    expect(counts.profiles).toBe(20);
    expect(counts.audited).toBeGreaterThan(0);
    // Skills written in Polish/Czech/German/English resolved to ESCO concepts.
    const [resolved] = await t.sql<{ share: number }>(
      `SELECT avg(CASE WHEN s->>'escoUri' IS NOT NULL THEN 1 ELSE 0 END)::float AS share FROM candidate_profiles, jsonb_array_elements(skills) s`,
    );
    expect(resolved.share).toBeGreaterThan(0.7);
    expect(first.indexed.job_offers).toBe(first.offers.published);
    expect(first.logins.map((l) => l.role)).toEqual(['employer', 'candidate', 'staff']);
  });

  it('lets anyone find seeded offers with a German query and German language filter', async () => {
    const res = await t.http().get('/api/v1/job-offers/search').query({ q: 'Softwareentwickler', languages: 'de:B2,en:C1' });
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items[0].title).toMatch(/Softwareentwickler/);
    const all = await t.http().get('/api/v1/job-offers/search');
    expect(all.body.total).toBe(first.offers.published);
  });

  it('lets the seeded (verified) employer log in and find candidates by skill and German level', async () => {
    const employer = first.logins.find((l) => l.role === 'employer')!;
    const login = await t.http().post('/api/v1/auth/login').send({ email: employer.email, password: employer.password });
    expect(login.status).toBe(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const all = await t.http().get('/api/v1/candidates/search').set(auth);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(first.candidates.visible);
    const skill = Object.keys(all.body.facets.skills)[0];
    const filtered = await t.http().get('/api/v1/candidates/search').set(auth).query({ skills: skill, languages: 'de:A2' });
    expect(filtered.status).toBe(200);
    expect(filtered.body.total).toBeGreaterThan(0);
  });

  it('lets the seeded candidate log in with the demo password', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'seed-candidate-001@talentbridge.example', password: SEED_PASSWORDS.candidate });
    expect(res.status).toBe(200);
    const me = await t
      .http()
      .get('/api/v1/candidates/me')
      .set({ Authorization: `Bearer ${res.body.accessToken}` });
    expect(me.status).toBe(200);
  });

  it('reports already-seeded on a second run and changes nothing', async () => {
    const second = await seedDemo(t.app, { scale: 0.1 });
    expect(second.alreadySeeded).toBe(true);
    const [counts] = await t.sql<{ users: number; offers: number }>(
      `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM job_offers) AS offers`,
    );
    expect(counts.users).toBe(3 + 20 + 1);
    expect(counts.offers).toBe(8);
  });
});
