import { candidateWithProfile } from '../factories/candidates';
import { employerWithStatus, verifiedEmployer } from '../factories/employers';
import { offerBody } from '../factories/offers';
import { registerUser, type TestUser } from '../factories/users';
import { ids, inIndex, searchUntil } from '../utils/search';
import { useTestApp } from '../utils/test-app';

describe('candidate privacy', () => {
  const t = useTestApp({ staff: true });
  let employer: TestUser;
  /** A real offer: consent rows reference job_offers (rows are inserted directly here; the routes have their own spec). */
  let OFFER: string;

  const byId = (id: string, auth: Record<string, string>) => t.http().get(`/api/v1/candidates/${id}`).set(auth);
  const search = (query: Record<string, string>, auth = employer.auth) => t.http().get('/api/v1/candidates/search').set(auth).query(query);
  /** Straight from Meilisearch: is a document with this id in the candidates index? */
  const indexed = (id: string) => inIndex(t, 'candidates', id);

  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff);
    OFFER = (await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201)).body.id;
  });

  it('keeps a hidden profile from employers everywhere (search, by id: 404) while staff see it', async () => {
    const { profile, user } = await candidateWithProfile(t, { visibility: 'hidden', headline: 'Invisible glassblower' });
    await byId(profile.id, employer.auth).expect(404);
    expect((await search({ q: 'glassblower' }).expect(200)).body.total).toBe(0);
    expect(await indexed(profile.id)).toBe(false);
    const asStaff = await byId(profile.id, t.staff.auth).expect(200);
    expect(asStaff.body).toMatchObject({
      id: profile.id,
      visibility: 'hidden',
      searchable: false,
      email: user.email,
      lastName: 'Kovalenko',
    });
    await byId('00000000-0000-4000-8000-000000000000', employer.auth).expect(404);
    await byId('not-an-id', employer.auth).expect(404);
  });

  it('shows profiles by id to verified employers only', async () => {
    const { profile } = await candidateWithProfile(t);
    await byId(profile.id, (await employerWithStatus(t, 'pending')).auth).expect(403);
    await byId(profile.id, (await registerUser(t, 'employer')).auth).expect(403);
    await byId(profile.id, (await registerUser(t, 'candidate')).auth).expect(403);
    const res = await byId(profile.id, employer.auth).expect(200);
    expect(res.body).toMatchObject({ id: profile.id, firstName: 'Olena', contactShared: false, skills: expect.any(Array) });
  });

  it('shares contact data only after an accepted invitation or an application to that employer; staff always', async () => {
    const { profile, user } = await candidateWithProfile(t);
    const other = await verifiedEmployer(t, t.staff);
    const hiddenContact = await byId(profile.id, employer.auth).expect(200);
    expect(hiddenContact.body).not.toHaveProperty('email');
    expect(hiddenContact.body).not.toHaveProperty('lastName');

    await t.sql(
      `INSERT INTO invitations (job_offer_id, employer_user_id, candidate_profile_id, message, status) VALUES ($1, $2, $3, 'Hello', 'pending')`,
      [OFFER, employer.id, profile.id],
    );
    expect((await byId(profile.id, employer.auth).expect(200)).body).not.toHaveProperty('email');
    await t.sql(`UPDATE invitations SET status = 'declined', responded_at = now() WHERE candidate_profile_id = $1`, [profile.id]);
    expect((await byId(profile.id, employer.auth).expect(200)).body).not.toHaveProperty('email');
    await t.sql(`UPDATE invitations SET status = 'accepted' WHERE candidate_profile_id = $1`, [profile.id]);
    expect((await byId(profile.id, employer.auth).expect(200)).body).toMatchObject({
      email: user.email,
      lastName: 'Kovalenko',
      contactShared: true,
    });
    expect((await byId(profile.id, other.auth).expect(200)).body).not.toHaveProperty('email');

    await t.sql(`INSERT INTO applications (job_offer_id, employer_user_id, candidate_profile_id, message) VALUES ($1, $2, $3, 'I apply')`, [
      OFFER,
      other.id,
      profile.id,
    ]);
    expect((await byId(profile.id, other.auth).expect(200)).body).toMatchObject({ email: user.email, contactShared: true });
    expect((await byId(profile.id, t.staff.auth).expect(200)).body).toMatchObject({ email: user.email });
    // Search lists never carry contact data, even for an employer the candidate shared it with.
    const listed = await searchUntil(t, employer.auth, {}, (b) => ids(b).includes(profile.id));
    for (const item of listed.body.items) expect(item).not.toHaveProperty('email');
  });

  it('exports everything held about the candidate: account, every stored profile field, invitations, applications', async () => {
    const { profile, user } = await candidateWithProfile(t);
    await t.sql(`INSERT INTO invitations (job_offer_id, employer_user_id, candidate_profile_id, message) VALUES ($1, $2, $3, 'Join us')`, [
      OFFER,
      employer.id,
      profile.id,
    ]);
    await t.sql(
      `INSERT INTO applications (job_offer_id, employer_user_id, candidate_profile_id, message) VALUES ($1, $2, $3, 'My application')`,
      [OFFER, employer.id, profile.id],
    );
    const res = await t.http().get('/api/v1/candidates/me/export').set(user.auth).expect(200);
    expect(res.body.account).toEqual({
      id: user.id,
      email: user.email,
      role: 'candidate',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      lastLoginAt: expect.any(String),
      language: 'en',
      emailVerifiedAt: null,
      emailNotifications: true,
    });
    const columns = await t.sql<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'candidate_profiles'`,
    );
    const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    expect(columns.length).toBeGreaterThan(20);
    for (const { name } of columns) expect(res.body.profile).toHaveProperty(camel(name));
    const [row] = await t.sql<Record<string, unknown>>(
      `SELECT first_name, last_name, summary, salary_min, degrees FROM candidate_profiles WHERE id = $1`,
      [profile.id],
    );
    expect(res.body.profile).toMatchObject({
      id: profile.id,
      userId: user.id,
      firstName: row.first_name,
      lastName: row.last_name,
      summary: row.summary,
      salaryMin: row.salary_min,
      degrees: row.degrees,
      salaryExpectation: { min: 52000, currency: 'EUR' },
    });
    expect(res.body.invitations).toEqual([expect.objectContaining({ jobOfferId: OFFER, message: 'Join us', status: 'pending' })]);
    expect(res.body.applications).toEqual([expect.objectContaining({ jobOfferId: OFFER, message: 'My application' })]);
    expect(res.body.auditEntries).toEqual([]);
    expect(res.body.searchDocument).toMatchObject({ id: profile.id, firstName: 'Olena' });
    expect(res.body.searchDocument).not.toHaveProperty('lastName');
    expect(JSON.stringify(res.body.searchDocument)).not.toContain(user.email);
    expect(JSON.stringify(res.body.searchDocument)).not.toContain('52000');
  });

  it('erases profile and account: gone from Meilisearch before the 204, rows gone, the employer side anonymised', async () => {
    const { profile, user } = await candidateWithProfile(t, { headline: 'Erasable bookbinder' });
    await t.sql(
      `INSERT INTO applications (job_offer_id, employer_user_id, candidate_profile_id, message) VALUES ($1, $2, $3, 'Please hire me')`,
      [OFFER, employer.id, profile.id],
    );
    await t.sql(
      `INSERT INTO invitations (job_offer_id, employer_user_id, candidate_profile_id, message, status) VALUES ($1, $2, $3, 'Join us', 'accepted')`,
      [OFFER, employer.id, profile.id],
    );
    expect(await indexed(profile.id)).toBe(true);
    const mails = `SELECT count(*)::int AS count FROM mail_outbox WHERE user_id = $1 OR to_address = $2`;
    // The verification mail of the sign-up.
    expect(await t.sql(mails, [user.id, user.email])).toEqual([{ count: 1 }]);

    await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(204);
    expect(await t.sql(mails, [user.id, user.email])).toEqual([{ count: 0 }]);
    expect(await indexed(profile.id)).toBe(false);
    expect((await search({ q: 'bookbinder' }).expect(200)).body.total).toBe(0);

    expect(await t.sql(`SELECT id FROM users WHERE id = $1`, [user.id])).toEqual([]);
    expect(await t.sql(`SELECT id FROM candidate_profiles WHERE id = $1`, [profile.id])).toEqual([]);
    const applications = await t.sql(
      `SELECT candidate_profile_id, candidate_erased, message, employer_user_id FROM applications WHERE job_offer_id = $1 AND employer_user_id = $2 AND candidate_erased`,
      [OFFER, employer.id],
    );
    expect(applications).toEqual([
      { candidate_profile_id: null, candidate_erased: true, message: 'erased candidate', employer_user_id: employer.id },
    ]);
    const invitations = await t.sql(`SELECT candidate_profile_id, candidate_erased FROM invitations WHERE candidate_erased`);
    expect(invitations).toEqual([{ candidate_profile_id: null, candidate_erased: true }]);
    const outbox = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = $1`, [profile.id]);
    expect(outbox[0].n).toBeLessThanOrEqual(1);
    const everywhere = await t.sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM users WHERE email = $1) + (SELECT count(*) FROM candidate_profiles WHERE user_id = $2) AS n`,
      [user.email, user.id],
    );
    expect(Number(everywhere[0].n)).toBe(0);
    await t.http().get('/api/v1/candidates/me').set(user.auth).expect(401);
    await byId(profile.id, t.staff.auth).expect(404);
  });

  it('erases an account without a profile too', async () => {
    const user = await registerUser(t, 'candidate');
    await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(204);
    expect(await t.sql(`SELECT id FROM users WHERE id = $1`, [user.id])).toEqual([]);
  });

  it('staff hide a profile (gone from search at once) and restore it (back at once)', async () => {
    const { profile, user } = await candidateWithProfile(t, { headline: 'Contested lutemaker' });
    expect(ids((await search({ q: 'lutemaker' }).expect(200)).body)).toEqual([profile.id]);

    const hide = await t
      .http()
      .post(`/api/v1/moderation/candidates/${profile.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'hide', reason: 'misleading degree' })
      .expect(200);
    expect(hide.body).toMatchObject({
      id: profile.id,
      hiddenByStaff: true,
      searchable: false,
      moderation: { hiddenByStaff: true, reason: 'misleading degree' },
    });
    expect((await search({ q: 'lutemaker' }).expect(200)).body.total).toBe(0);
    expect(await indexed(profile.id)).toBe(false);
    await byId(profile.id, employer.auth).expect(404);
    expect((await byId(profile.id, t.staff.auth).expect(200)).body).toMatchObject({ hiddenByStaff: true });
    expect((await t.http().get('/api/v1/candidates/me').set(user.auth).expect(200)).body).toMatchObject({
      hiddenByStaff: true,
      moderation: { reason: 'misleading degree' },
    });

    await t
      .http()
      .post(`/api/v1/moderation/candidates/${profile.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'restore', reason: 'degree verified' })
      .expect(200);
    expect(ids((await search({ q: 'lutemaker' }).expect(200)).body)).toEqual([profile.id]);

    // Both decisions are in the audit log, and in the candidate's export (without naming the staff member).
    const audit = await t.sql(
      `SELECT action, reason, actor_id, before, after FROM audit_log WHERE entity_type = 'candidate' AND entity_id = $1 ORDER BY created_at`,
      [profile.id],
    );
    expect(audit).toEqual([
      {
        action: 'candidate.hide',
        reason: 'misleading degree',
        actor_id: t.staff.id,
        before: { status: 'active' },
        after: { status: 'hidden_by_staff' },
      },
      {
        action: 'candidate.restore',
        reason: 'degree verified',
        actor_id: t.staff.id,
        before: { status: 'hidden_by_staff' },
        after: { status: 'active' },
      },
    ]);
    const exported = await t.http().get('/api/v1/candidates/me/export').set(user.auth).expect(200);
    expect(exported.body.auditEntries.map((e: { action: string }) => e.action)).toEqual(['candidate.hide', 'candidate.restore']);
    expect(JSON.stringify(exported.body.auditEntries)).not.toContain(t.staff.id);

    // Erasure keeps only an anonymous trace: what and why, no longer pointing to the profile.
    await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(204);
    expect(await t.sql(`SELECT id FROM audit_log WHERE entity_id = $1`, [profile.id])).toEqual([]);
    const traces = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE reason IN ('misleading degree', 'degree verified') AND anonymised_at IS NOT NULL`,
    );
    expect(traces[0].n).toBe(2);
  });

  it('lets only staff decide, and validates the decision', async () => {
    const { profile } = await candidateWithProfile(t);
    const url = `/api/v1/moderation/candidates/${profile.id}/decision`;
    await t.http().post(url).set(employer.auth).send({ decision: 'hide', reason: 'x' }).expect(403);
    const bad = await t.http().post(url).set(t.staff.auth).send({ decision: 'delete', reason: '' }).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringContaining('decision'), expect.stringContaining('reason')]));
    await t
      .http()
      .post('/api/v1/moderation/candidates/00000000-0000-4000-8000-000000000000/decision')
      .set(t.staff.auth)
      .send({ decision: 'hide', reason: 'x' })
      .expect(404);
  });
});

describe('candidate erasure while Meilisearch is unreachable', () => {
  // Nothing listens on port 9: every Meilisearch call fails to connect.
  const t = useTestApp({ meiliUrl: 'http://127.0.0.1:9' });

  it('still erases the rows, keeps one outbox delete marker and answers 503 saying the search removal is pending', async () => {
    const user = await registerUser(t, 'candidate');
    const put = await t
      .http()
      .put('/api/v1/candidates/me')
      .set(user.auth)
      .send({ firstName: 'Mila', lastName: 'Horak', visibility: 'employers' })
      .expect(200);
    const res = await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(503);
    expect(res.body.message).toContain('erased');
    expect(res.body.message).toContain('pending');
    expect(res.body.code).toBe('erasure.search_removal_pending');
    expect(await t.sql(`SELECT id FROM users WHERE id = $1`, [user.id])).toEqual([]);
    expect(await t.sql(`SELECT id FROM candidate_profiles WHERE id = $1`, [put.body.id])).toEqual([]);
    const outbox = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM search_outbox WHERE resource = 'candidates' AND entity_id = $1`,
      [put.body.id],
    );
    expect(outbox[0].n).toBe(1);
  });
});
