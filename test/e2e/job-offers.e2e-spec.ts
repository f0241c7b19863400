import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { PYTHON, SOFTWARE_DEVELOPER } from '../factories/esco';
import { offerBody, publishedOffer } from '../factories/offers';
import { registerUser } from '../factories/users';
import { outboxDrained } from '../utils/search';
import { type TestClient, useTestApp } from '../utils/test-app';

const searchIds = async (t: TestClient, query: Record<string, string>) => {
  const res = await t.http().get('/api/v1/job-offers/search').query(query).expect(200);
  return (res.body.items as { id: string }[]).map((i) => i.id);
};

describe('job offers: lifecycle from registration to closed', () => {
  const t = useTestApp({ staff: true });

  it('walks the whole way: organisation, verification, offer, review, search in de/en/typo, close', async () => {
    const employer = await registerUser(t, 'employer');
    // No organisation yet: no offer.
    const noOrganisation = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(403);
    expect(noOrganisation.body.code).toBe('employer.organisation_required');
    const noEmployer = await t.http().get('/api/v1/employers/me').set(employer.auth).expect(404);
    expect(noEmployer.body.code).toBe('employer.not_found');

    const org = await t
      .http()
      .put('/api/v1/employers/me')
      .set(employer.auth)
      .send({
        name: 'Elbtal Software GmbH',
        city: 'Dresden',
        postalCode: '01067',
        industry: 'Software',
        size: '10-49',
        description: 'Logistics software',
        registrationNumber: 'HRB 12345',
      })
      .expect(200);
    expect(org.body).toMatchObject({ verificationStatus: 'pending', version: 1, rejectionReason: null });

    // Unverified: may draft, may not submit.
    const draft = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      version: 1,
      employer: { id: org.body.id, name: 'Elbtal Software GmbH' },
      occupation: { escoUri: SOFTWARE_DEVELOPER, label: 'software developer' },
      languages: [{ code: 'en', minLevel: 'B2' }],
      salary: { min: 48000, max: 62000, currency: 'EUR', period: 'year' },
      startDate: '2027-03-01',
    });
    expect(draft.body.requiredSkills).toContainEqual({ escoUri: PYTHON, label: 'Python (computer programming)', lang: 'en' });
    const unverified = await t.http().post(`/api/v1/job-offers/${draft.body.id}/submit`).set(employer.auth).expect(403);
    expect(unverified.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Only a verified employer may submit offers for publication; your organisation is not verified yet',
      code: 'employer.not_verified',
    });

    // Staff sees the organisation in the queue and verifies it.
    const queue = await t.http().get('/api/v1/moderation/queue').query({ type: 'employer' }).set(t.staff.auth).expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(org.body.id);
    expect(queue.body.items.find((i: { id: string }) => i.id === org.body.id)).toMatchObject({
      type: 'employer',
      name: 'Elbtal Software GmbH',
    });
    await t.http().post(`/api/v1/moderation/employers/${org.body.id}/decision`).set(t.staff.auth).send({ decision: 'verify' }).expect(200);
    expect((await t.http().get('/api/v1/employers/me').set(employer.auth).expect(200)).body.verificationStatus).toBe('verified');

    // Submit → in the offer queue; not public yet.
    const submitted = await t.http().post(`/api/v1/job-offers/${draft.body.id}/submit`).set(employer.auth).expect(200);
    expect(submitted.body).toMatchObject({ status: 'pending_review', version: 2 });
    expect(submitted.body.submittedAt).toEqual(expect.any(String));
    await t.http().get(`/api/v1/job-offers/${draft.body.id}`).expect(404);
    const offerQueue = await t.http().get('/api/v1/moderation/queue').query({ type: 'job_offer' }).set(t.staff.auth).expect(200);
    expect(offerQueue.body.items).toContainEqual(
      expect.objectContaining({ type: 'job_offer', id: draft.body.id, title: 'Python-Entwickler/in (m/w/d)' }),
    );

    // Approve → published and searchable when the answer comes back (no waiting for the worker).
    const approved = await t
      .http()
      .post(`/api/v1/moderation/job-offers/${draft.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'approve' })
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect(await searchIds(t, { q: 'Softwareentwickler' })).toContain(draft.body.id);
    expect(await searchIds(t, { q: 'software developer' })).toContain(draft.body.id);
    expect(await searchIds(t, { q: 'pyhton' })).toContain(draft.body.id);
    expect(await searchIds(t, { q: 'Sofwareentwickler' })).toContain(draft.body.id);
    expect(await searchIds(t, { q: 'programista' })).toContain(draft.body.id);
    const anonymous = await t.http().get(`/api/v1/job-offers/${draft.body.id}`).expect(200);
    expect(anonymous.body).toMatchObject({ id: draft.body.id, status: 'published' });

    // Close → gone from search at once.
    const closed = await t.http().post(`/api/v1/job-offers/${draft.body.id}/close`).set(employer.auth).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(await searchIds(t, { q: 'Softwareentwickler' })).not.toContain(draft.body.id);
    await t.http().get(`/api/v1/job-offers/${draft.body.id}`).expect(404);
    const closeAgain = await t.http().post(`/api/v1/job-offers/${draft.body.id}/close`).set(employer.auth).expect(409);
    const editClosed = await t
      .http()
      .patch(`/api/v1/job-offers/${draft.body.id}`)
      .set(employer.auth)
      .send({ version: closed.body.version, title: 'x' })
      .expect(409);
    expect([closeAgain.body.code, editClosed.body.code]).toEqual(['job_offer.invalid_transition', 'job_offer.invalid_transition']);
  });

  it('a rejection carries its reason to the employer; the edited offer goes to draft and can be submitted again', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    await t.http().post(`/api/v1/job-offers/${created.body.id}/submit`).set(employer.auth).expect(200);
    const noReason = await t
      .http()
      .post(`/api/v1/moderation/job-offers/${created.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'reject' })
      .expect(400);
    expect(JSON.stringify(noReason.body.message)).toContain('reason');
    expect(noReason.body.code).toBe('validation.failed');
    await t
      .http()
      .post(`/api/v1/moderation/job-offers/${created.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'reject', reason: 'Salary range is missing the hourly equivalent' })
      .expect(200);
    const seen = await t.http().get(`/api/v1/job-offers/${created.body.id}`).set(employer.auth).expect(200);
    expect(seen.body).toMatchObject({ status: 'rejected', rejectionReason: 'Salary range is missing the hourly equivalent' });
    await t.http().get(`/api/v1/job-offers/${created.body.id}`).expect(404);
    // A second decision on a rejected offer is refused.
    await t
      .http()
      .post(`/api/v1/moderation/job-offers/${created.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'approve' })
      .expect(409);

    const edited = await t
      .http()
      .patch(`/api/v1/job-offers/${created.body.id}`)
      .set(employer.auth)
      .send({ version: seen.body.version, salary: { min: 4000, max: 5200, currency: 'EUR', period: 'month' } })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', salary: { min: 4000, max: 5200, period: 'month' } });
    const again = await t.http().post(`/api/v1/job-offers/${created.body.id}/submit`).set(employer.auth).expect(200);
    expect(again.body.status).toBe('pending_review');
    expect(again.body.rejectionReason).toBeUndefined();
  });

  it('editing a published offer sends it back to review and out of search at once', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    const offer = await publishedOffer(t, employer, t.staff, { title: 'Datenbankspezialist Zwickau' });
    expect(await searchIds(t, { q: 'Datenbankspezialist' })).toContain(offer.id);
    const edited = await t
      .http()
      .patch(`/api/v1/job-offers/${offer.id}`)
      .set(employer.auth)
      .send({ version: offer.version, description: 'Now with on-call duty.' })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'pending_review', version: offer.version + 1, description: 'Now with on-call duty.' });
    expect(await searchIds(t, { q: 'Datenbankspezialist' })).not.toContain(offer.id);
    const queue = await t.http().get('/api/v1/moderation/queue').query({ type: 'job_offer' }).set(t.staff.auth).expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(offer.id);
  });

  it('a stale PATCH gets 409 and changes nothing', async () => {
    const employer = await employerWithOrganisation(t);
    const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    await t
      .http()
      .patch(`/api/v1/job-offers/${created.body.id}`)
      .set(employer.auth)
      .send({ version: 1, title: 'Second title' })
      .expect(200);
    const stale = await t
      .http()
      .patch(`/api/v1/job-offers/${created.body.id}`)
      .set(employer.auth)
      .send({ version: 1, title: 'Lost update' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(stale.body.code).toBe('version.stale');
    const [row] = await t.sql<{ title: string; version: number }>('SELECT title, version FROM job_offers WHERE id = $1', [created.body.id]);
    expect(row).toEqual({ title: 'Second title', version: 2 });
  });

  it('concurrent PATCHes with the same version: exactly one wins', async () => {
    const employer = await employerWithOrganisation(t);
    const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((x) =>
        t
          .http()
          .patch(`/api/v1/job-offers/${created.body.id}`)
          .set(employer.auth)
          .send({ version: 1, title: `Title ${x}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it("another employer's draft is 404 to read, edit, submit and close; drafts are 404 to the public", async () => {
    const owner = await employerWithOrganisation(t);
    const other = await verifiedEmployer(t, t.staff);
    const created = await t.http().post('/api/v1/job-offers').set(owner.auth).send(offerBody()).expect(201);
    const id = created.body.id;
    await t.http().get(`/api/v1/job-offers/${id}`).set(other.auth).expect(404);
    await t.http().get(`/api/v1/job-offers/${id}`).expect(404);
    const candidate = await registerUser(t, 'candidate');
    await t.http().get(`/api/v1/job-offers/${id}`).set(candidate.auth).expect(404);
    await t.http().patch(`/api/v1/job-offers/${id}`).set(other.auth).send({ version: 1, title: 'Mine now' }).expect(404);
    await t.http().post(`/api/v1/job-offers/${id}/submit`).set(other.auth).expect(404);
    await t.http().post(`/api/v1/job-offers/${id}/close`).set(other.auth).expect(404);
    await t.http().get(`/api/v1/job-offers/${id}`).set(t.staff.auth).expect(200);
    await t.http().get('/api/v1/job-offers/not-a-uuid').expect(404);
    const unknown = await t.http().get('/api/v1/job-offers/00000000-0000-0000-0000-000000000000').expect(404);
    expect(unknown.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Job offer not found', code: 'job_offer.not_found' });
    const othersDraft = await t.http().get(`/api/v1/job-offers/${id}`).set(other.auth).expect(404);
    expect(othersDraft.body).toEqual(unknown.body);
    const [row] = await t.sql<{ title: string }>('SELECT title FROM job_offers WHERE id = $1', [id]);
    expect(row.title).toBe('Python-Entwickler/in (m/w/d)');
  });

  it('lists my offers in every status, paginated', async () => {
    const employer = await employerWithOrganisation(t);
    for (const title of ['One', 'Two', 'Three'])
      await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody({ title })).expect(201);
    const page1 = await t.http().get('/api/v1/job-offers/mine').query({ limit: 2 }).set(employer.auth).expect(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page1.body.items.map((i: { title: string }) => i.title)).toEqual(['Three', 'Two']);
    const page2 = await t.http().get('/api/v1/job-offers/mine').query({ limit: 2, page: 2 }).set(employer.auth).expect(200);
    expect(page2.body.items.map((i: { title: string }) => i.title)).toEqual(['One']);
    await t.http().get('/api/v1/job-offers/mine').query({ limit: 101 }).set(employer.auth).expect(400);
    await t.http().get('/api/v1/job-offers/mine').set(t.staff.auth).expect(403);
  });

  it('staff may close any offer; it leaves search at once', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    const offer = await publishedOffer(t, employer, t.staff, { title: 'Staplerfahrer Chemnitz' });
    expect(await searchIds(t, { q: 'Staplerfahrer' })).toContain(offer.id);
    await t.http().post(`/api/v1/job-offers/${offer.id}/close`).set(t.staff.auth).expect(200);
    expect(await searchIds(t, { q: 'Staplerfahrer' })).not.toContain(offer.id);
    await outboxDrained(t, 'job_offers');
    expect(await searchIds(t, { q: 'Staplerfahrer' })).not.toContain(offer.id);
  });

  it('validation names the field: salary.min > max, language code and level, duplicates, unknown fields, too many skills', async () => {
    const employer = await employerWithOrganisation(t);
    const post = (body: Record<string, unknown>) => t.http().post('/api/v1/job-offers').set(employer.auth).send(body).expect(400);
    const salary = await post(offerBody({ salary: { min: 70000, max: 50000, currency: 'EUR', period: 'year' } }));
    expect(salary.body.message).toEqual([expect.stringContaining('salary.max')]);
    const negative = await post(offerBody({ salary: { min: -5, max: 50000, currency: 'USD', period: 'week' } }));
    expect(negative.body.message).toEqual(
      expect.arrayContaining([
        expect.stringContaining('salary.min'),
        expect.stringContaining('salary.currency'),
        expect.stringContaining('salary.period'),
      ]),
    );
    // 5e-323 is written without a decimal point: it used to crash class-validator's decimal count (500).
    const tiny = await post(offerBody({ salary: { min: 5e-323, max: 50000.125, currency: 'EUR', period: 'hour' } }));
    expect(tiny.body.message).toEqual(
      expect.arrayContaining(['salary.min must have at most 2 decimal places', 'salary.max must have at most 2 decimal places']),
    );
    const languages = await post(
      offerBody({
        languages: [
          { code: 'DE', minLevel: 'B2' },
          { code: 'en', minLevel: 'B3' },
        ],
      }),
    );
    expect(languages.body.message).toEqual(
      expect.arrayContaining([expect.stringContaining('languages.0.code'), expect.stringContaining('languages.1.minLevel')]),
    );
    const dup = await post(
      offerBody({
        languages: [
          { code: 'de', minLevel: 'B2' },
          { code: 'de', minLevel: 'C1' },
        ],
      }),
    );
    expect(JSON.stringify(dup.body.message)).toContain('languages');
    const unknown = await post(offerBody({ salaryCurrency: 'EUR' }));
    expect(JSON.stringify(unknown.body.message)).toContain('salaryCurrency');
    const many = await post(offerBody({ requiredSkills: Array.from({ length: 51 }, (_, i) => `skill ${i}`) }));
    expect(JSON.stringify(many.body.message)).toContain('requiredSkills');
    const missing = await post({ title: 'Only a title' });
    expect(missing.body.message).toEqual(
      expect.arrayContaining([
        expect.stringContaining('occupation'),
        expect.stringContaining('salary'),
        expect.stringContaining('workplace'),
      ]),
    );
    const nulls = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    const cleared = await t
      .http()
      .patch(`/api/v1/job-offers/${nulls.body.id}`)
      .set(employer.auth)
      .send({ version: 1, title: null })
      .expect(400);
    expect(JSON.stringify(cleared.body.message)).toContain('title');
    const ok = await t
      .http()
      .patch(`/api/v1/job-offers/${nulls.body.id}`)
      .set(employer.auth)
      .send({ version: 1, startDate: null })
      .expect(200);
    expect(ok.body.startDate).toBeNull();
    await t.http().post('/api/v1/job-offers').set(t.staff.auth).send(offerBody()).expect(403);
    await t.http().post('/api/v1/job-offers').send(offerBody()).expect(401);
  });
});
