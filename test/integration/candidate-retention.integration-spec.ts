import { CandidatePrivacyService } from '../../src/candidates/candidate-privacy.service';
import { candidateWithProfile } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { type TestUser } from '../factories/users';
import { ids, inIndex } from '../utils/search';
import { useTestApp } from '../utils/test-app';

/** The retention job (CandidatePrivacyService.runRetention, run hourly by CandidateRetentionJob), seen through the routes. */
describe('candidate retention', () => {
  const t = useTestApp({ staff: true });
  let employer: TestUser;

  const byId = (id: string, auth: Record<string, string>) => t.http().get(`/api/v1/candidates/${id}`).set(auth);
  const search = (query: Record<string, string>, auth = employer.auth) => t.http().get('/api/v1/candidates/search').set(auth).query(query);
  /** Straight from Meilisearch: is a document with this id in the candidates index? */
  const indexed = (id: string) => inIndex(t, 'candidates', id);

  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff);
  });

  it('retention: hides a profile after long inactivity, tells the candidate on the next sign-in, erases after the second period', async () => {
    const privacy = t.app.get(CandidatePrivacyService);
    const { profile, user } = await candidateWithProfile(t, { headline: 'Dormant cartographer' });
    const active = await candidateWithProfile(t, { headline: 'Active cartographer' });
    await t.sql(`UPDATE users SET last_login_at = now() - interval '200 days' WHERE id = $1`, [user.id]);

    const run = await privacy.runRetention(new Date());
    expect(run.hidden).toEqual([profile.id]);
    expect(run.erased).toEqual([]);
    expect(ids((await search({ q: 'cartographer' }).expect(200)).body)).toEqual([active.profile.id]);
    await byId(profile.id, employer.auth).expect(404);

    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const me = await t.http().get('/api/v1/candidates/me').set(user.auth).expect(200);
    expect(me.body).toMatchObject({
      visibility: 'employers',
      searchable: false,
      retentionNotice: { code: 'retention_hidden', hiddenAt: expect.any(String) },
    });
    expect(me.body.notices).toHaveLength(1);
    expect(me.body.retentionNotice.message).toContain('183 days');

    // Saving the profile again ends the retention hiding.
    await t.http().patch('/api/v1/candidates/me').set(user.auth).send({ version: me.body.version }).expect(200);
    expect((await t.http().get('/api/v1/candidates/me').set(user.auth).expect(200)).body).toMatchObject({
      searchable: true,
      retentionNotice: null,
    });
    expect(ids((await search({ q: 'cartographer' }).expect(200)).body).sort()).toEqual([profile.id, active.profile.id].sort());

    // Hidden long enough and still away: erased, like DELETE /candidates/me.
    await t.sql(`UPDATE users SET last_login_at = now() - interval '400 days' WHERE id = $1`, [user.id]);
    await t.sql(`UPDATE candidate_profiles SET retention_hidden_at = now() - interval '190 days' WHERE id = $1`, [profile.id]);
    const second = await privacy.runRetention(new Date());
    expect(second).toEqual({ warned: [], hidden: [], erased: [profile.id] });
    expect(await t.sql(`SELECT id FROM users WHERE id = $1`, [user.id])).toEqual([]);
    expect(await indexed(profile.id)).toBe(false);
    expect(ids((await search({ q: 'cartographer' }).expect(200)).body)).toEqual([active.profile.id]);
  });
});
