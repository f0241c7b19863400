import { profileBody } from '../factories/candidates';
import { verifiedEmployer, type TestEmployer } from '../factories/employers';
import { offerBody } from '../factories/offers';
import { registerUser, staffUser, uniqueEmail, type TestUser } from '../factories/users';
import { adminQuery, createTestApp, type TestApp } from '../utils/test-app';
import { TcpProxy } from '../utils/tcp-proxy';
import { testServers } from '../utils/test-servers';

/** Every answer while the database is away must come within this bound (the pool's connect timeout is 3 s). */
const ANSWER_BOUND_MS = 5_000;

/**
 * The app reaches its database through a proxy this suite cuts and restores
 * (refused connections and broken open ones, as when PostgreSQL stops or
 * restarts); the shared PostgreSQL itself keeps running for the other suites.
 */
describe('database outage: every route answers 503 with Retry-After, fast; the pool recovers without a restart', () => {
  const database = `t_dbout_${process.pid}`;
  let proxy: TcpProxy;
  let t: TestApp;
  let candidate: TestUser;
  let employer: TestEmployer;
  let staff: TestUser;
  let profileVersion: number;

  beforeAll(async () => {
    const servers = testServers();
    await adminQuery(`CREATE DATABASE "${database}" TEMPLATE "${servers.templateDatabase}"`);
    const target = new URL(servers.databaseUrlFor(database));
    proxy = new TcpProxy(target.hostname, Number(target.port));
    await proxy.start();
    target.host = `127.0.0.1:${proxy.port}`;
    t = await createTestApp({ env: { DATABASE_URL: target.toString() } });
    staff = await staffUser(t);
    employer = await verifiedEmployer(t, staff);
    candidate = await registerUser(t, 'candidate');
    const profile = await t.http().put('/api/v1/candidates/me').set(candidate.auth).send(profileBody()).expect(200);
    profileVersion = profile.body.version;
  });
  afterAll(async () => {
    await proxy?.start();
    await t?.close();
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await proxy?.stop();
  });

  const requests = () =>
    [
      ['login', () => t.http().post('/api/v1/auth/login').send({ email: candidate.email, password: candidate.password }), 200],
      [
        'register',
        () =>
          t
            .http()
            .post('/api/v1/auth/register')
            .send({ email: uniqueEmail('outage'), password: 'correct horse battery staple', role: 'candidate' }),
        201,
      ],
      ['GET profile', () => t.http().get('/api/v1/candidates/me').set(candidate.auth), 200],
      [
        'PATCH profile',
        () =>
          t.http().patch('/api/v1/candidates/me').set(candidate.auth).send({ version: profileVersion, headline: 'Back after the outage' }),
        200,
      ],
      ['job search', () => t.http().get('/api/v1/job-offers/search').query({ q: 'Entwickler' }), 200],
      ['offer create', () => t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()), 201],
      ['staff route', () => t.http().get('/api/v1/moderation/queue').set(staff.auth), 200],
      ['health', () => t.http().get('/health'), 200],
    ] as const;

  it('answers 503 database.unavailable with Retry-After on every route while the database is away, then succeeds again', async () => {
    await proxy.stop();
    for (const [name, send, ok] of requests()) {
      const started = Date.now();
      const res = await send();
      // The public job search reads only Meilisearch: it keeps answering.
      if (name === 'job search') {
        expect(res.status).toBe(ok);
        continue;
      }
      const seen = { name, status: res.status, retryAfter: res.headers['retry-after'], fast: Date.now() - started < ANSWER_BOUND_MS };
      expect(seen).toEqual({ name, status: 503, retryAfter: '5', fast: true });
      if (name !== 'health')
        expect(res.body).toMatchObject({ code: 'database.unavailable', message: expect.stringMatching(/database is unavailable/) });
    }
    // A profile replace (several tables in one transaction) during the outage leaves nothing half-written.
    const replaced = await t
      .http()
      .put('/api/v1/candidates/me')
      .set(candidate.auth)
      .send(profileBody({ headline: 'Half-written?', skills: ['Go'] }));
    expect(replaced.status).toBe(503);

    await proxy.start();
    for (const [name, send, ok] of requests()) {
      const res = await send();
      expect({ name, status: res.status }).toEqual({ name, status: ok });
    }
    const profile = await t.http().get('/api/v1/candidates/me').set(candidate.auth).expect(200);
    expect(profile.body.headline).toBe('Back after the outage');
    expect(profile.body.skills.map((s: { label: string }) => s.label)).not.toContain('Go');
  });
});
