import { candidateWithProfile } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { type TestUser } from '../factories/users';
import { useTestApp } from '../utils/test-app';

/**
 * A sweep over every write route and every search with malformed input of
 * many shapes: each must answer a 4xx that says what is wrong — never a 500 —
 * and must leave the stored data as it was.
 */
describe('bad input never causes a 500 and never changes stored data', () => {
  const t = useTestApp({ staff: true });
  let employer: TestUser;
  let candidate: TestUser;
  let offerId: string;
  let profileId: string;

  const MALFORMED_BODIES: unknown[] = [
    [],
    [{}],
    'just a string',
    42,
    null,
    { unexpected: true },
    { version: 'abc' },
    { version: -1, title: ['x'] },
    { title: { $gt: '' }, salary: 'lots' },
    // eslint-disable-next-line no-loss-of-precision -- 1e309 overflows to Infinity, which JSON sends as null: a non-number min
    { salary: { min: 1e309, max: -1, currency: 'USD', period: 'week' } },
    { languages: [{ code: 'de' }, null, 7] },
    { languages: 'de:B2' },
    { skills: [null, 1, { a: 1 }] },
    { requiredSkills: 'Python' },
    { degrees: [{ level: 'bachelor', graduationYear: '2020' }] },
    { decision: 'approve; DROP TABLE users', reason: 7 },
    { candidateId: 'not-a-uuid', message: '' },
    { candidateId: "' OR 1=1 --", message: { a: 1 } },
    { message: 'x'.repeat(100_000) },
    { email: 'a@b', password: 1, role: 'staff' },
    { validFrom: '2027-02-30', standardAnnualEur: 'x', reducedAnnualEur: 1e12, source: '' },
    { availableFrom: 'yesterday', workPermit: 'maybe', visibility: 'public' },
    { postalCode: 1234, website: 'javascript:alert(1)', size: '∞' },
  ];

  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff);
    offerId = (await publishedOffer(t, employer, t.staff)).id;
    const made = await candidateWithProfile(t);
    candidate = made.user;
    profileId = made.profile.id;
  });

  const snapshot = () =>
    t.sql(`SELECT
      (SELECT json_agg(o ORDER BY id) FROM job_offers o) AS offers,
      (SELECT json_agg(p ORDER BY id) FROM candidate_profiles p) AS profiles,
      (SELECT json_agg(e ORDER BY id) FROM employers e) AS employers,
      (SELECT count(*) FROM users) AS users,
      (SELECT count(*) FROM invitations) AS invitations,
      (SELECT count(*) FROM applications) AS applications,
      (SELECT count(*) FROM blue_card_thresholds) AS thresholds`);

  it('every write route answers 4xx with a message for every malformed body', async () => {
    const routes: { method: 'post' | 'put' | 'patch'; path: string; who: () => TestUser | null }[] = [
      { method: 'post', path: '/api/v1/auth/register', who: () => null },
      { method: 'post', path: '/api/v1/auth/login', who: () => null },
      { method: 'put', path: '/api/v1/employers/me', who: () => employer },
      { method: 'post', path: '/api/v1/job-offers', who: () => employer },
      { method: 'patch', path: `/api/v1/job-offers/${offerId}`, who: () => employer },
      { method: 'post', path: `/api/v1/moderation/job-offers/${offerId}/decision`, who: () => t.staff },
      { method: 'post', path: `/api/v1/moderation/candidates/${profileId}/decision`, who: () => t.staff },
      { method: 'put', path: '/api/v1/candidates/me', who: () => candidate },
      { method: 'patch', path: '/api/v1/candidates/me', who: () => candidate },
      { method: 'post', path: `/api/v1/job-offers/${offerId}/invitations`, who: () => employer },
      { method: 'post', path: `/api/v1/job-offers/${offerId}/applications`, who: () => candidate },
      { method: 'post', path: '/api/v1/matching/blue-card-thresholds', who: () => t.staff },
    ];
    const before = await snapshot();
    for (const route of routes) {
      for (const body of MALFORMED_BODIES) {
        let req = t.http()[route.method](route.path).set('Content-Type', 'application/json');
        const who = route.who();
        if (who) req = req.set(who.auth);
        const res = await req.send(JSON.stringify(body));
        const seen = { route: `${route.method} ${route.path}`, body: JSON.stringify(body).slice(0, 80), status: res.status };
        expect({ ...seen, clientError: res.status >= 400 && res.status < 500 }).toEqual({ ...seen, clientError: true });
        expect(res.body.message).toBeTruthy();
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('broken JSON, wrong ids in paths and hostile query strings are 4xx too', async () => {
    const broken = await t.http().post('/api/v1/job-offers').set(employer.auth).set('Content-Type', 'application/json').send('{"title": ');
    expect(broken.status).toBe(400);
    for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%00', "1' OR '1'='1"]) {
      for (const path of [
        `/api/v1/job-offers/${encodeURIComponent(id)}`,
        `/api/v1/job-offers/${encodeURIComponent(id)}/matches`,
        `/api/v1/candidates/${encodeURIComponent(id)}`,
      ]) {
        const res = await t.http().get(path).set(t.staff.auth);
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
      }
    }
    const queries: [string, TestUser | null][] = [
      ['/api/v1/job-offers/search', null],
      ['/api/v1/candidates/search', employer],
      ['/api/v1/taxonomy/skills', null],
      ['/api/v1/moderation/queue', t.staff],
      ['/api/v1/moderation/audit-log', t.staff],
      [`/api/v1/job-offers/${offerId}/matches`, employer],
      ['/api/v1/candidates/me/matches', candidate],
    ];
    const hostile = [
      { page: '-1' },
      { limit: '1e9' },
      { page: 'NaN' },
      { q: 'x'.repeat(20_000) },
      { lang: 'xx' },
      { type: ['a', 'b'] },
      { minSalary: 'Infinity' },
      { languages: 'de:Z9' },
    ];
    for (const [path, who] of queries) {
      for (const query of hostile) {
        let req = t.http().get(path).query(query);
        if (who) req = req.set(who.auth);
        const res = await req;
        expect({ path, query: JSON.stringify(query).slice(0, 60), ok: res.status < 500 }).toEqual({
          path,
          query: JSON.stringify(query).slice(0, 60),
          ok: true,
        });
      }
    }
  });

  it.each([
    ['objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['arrays', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['just past the limit', '['.repeat(33) + ']'.repeat(33)],
  ])('a JSON body nesting too deep (%s) is 400 request.too_deep on every route, also unauthenticated', async (_name, body) => {
    for (const [path, who] of [
      ['/api/v1/auth/register', null],
      ['/api/v1/job-offers', employer],
    ] as const) {
      let req = t.http().post(path).set('Content-Type', 'application/json');
      if (who) req = req.set(who.auth);
      const res = await req.send(body);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 400, code: 'request.too_deep' });
      expect(res.body.message).toBe('Request body nests deeper than 32 levels');
    }
    // 32 levels are read (and then validated as usual).
    const ok = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('['.repeat(32) + ']'.repeat(32));
    expect(ok.body.code).toBe('validation.failed');
  });

  it('__proto__ and constructor keys in a body are refused as unknown fields and pollute no prototype', async () => {
    const hostile = [
      '{"__proto__":{"polluted":"yes"},"email":"proto@example.org","password":"correct horse battery staple","role":"candidate"}',
      '{"constructor":{"prototype":{"polluted":"yes"}},"email":"ctor@example.org","password":"correct horse battery staple","role":"candidate"}',
      '{"email":"nested@example.org","password":"correct horse battery staple","role":"candidate","preferredLanguage":{"__proto__":{"polluted":"yes"}}}',
    ];
    const before = await snapshot();
    for (const body of hostile) {
      const res = await t.http().post('/api/v1/auth/register').set('Content-Type', 'application/json').send(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 400, code: 'validation.failed' });
    }
    const patched = await t
      .http()
      .patch('/api/v1/candidates/me')
      .set(candidate.auth)
      .set('Content-Type', 'application/json')
      .send('{"version":1,"__proto__":{"polluted":"yes"},"languages":[{"__proto__":{"polluted":"yes"},"code":"de","level":"B2"}]}');
    expect(patched.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [
      'a lone high surrogate as the e-mail',
      '/api/v1/auth/register',
      '{"email":"\\ud800","password":"correct horse battery staple","role":"candidate"}',
      'surrogate',
    ],
    [
      'a reversed pair in a nested text',
      '/api/v1/auth/register',
      '{"email":"a@example.org","password":"x\\udfff\\ud800yyyyyyyyyyyy","role":"candidate"}',
      'surrogate',
    ],
    ['a NUL character', '/api/v1/auth/login', '{"email":"a@example.org","password":"pass\\u0000word"}', 'NUL'],
  ])('text no server can check or store (%s) is 400 request.invalid, saying why, and stores nothing', async (_name, path, body, says) => {
    const before = await snapshot();
    const res = await t.http().post(path).set('Content-Type', 'application/json').send(body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'request.invalid' });
    expect(res.body.message).toContain(says);
    expect(await snapshot()).toEqual(before);
    // A proper pair (an emoji) is fine text.
    const emoji = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":"a@example.org","password":"\\ud83d\\ude00 pass"}');
    expect(emoji.body.code).toBe('auth.invalid_credentials');
  });
});
