import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { offerBody } from '../factories/offers';
import { registerUser } from '../factories/users';
import { useTestApp } from '../utils/test-app';

describe('moderation: queue, decisions and the append-only audit log', () => {
  const t = useTestApp({ staff: true });

  it('is for staff only', async () => {
    const employer = await registerUser(t, 'employer');
    const candidate = await registerUser(t, 'candidate');
    for (const user of [employer, candidate]) {
      await t.http().get('/api/v1/moderation/queue').set(user.auth).expect(403);
      await t.http().get('/api/v1/moderation/audit-log').set(user.auth).expect(403);
    }
    await t.http().get('/api/v1/moderation/queue').expect(401);
    await t.http().get('/api/v1/moderation/queue').query({ type: 'candidate' }).set(t.staff.auth).expect(400);
  });

  it('lists the queue oldest first, per type and mixed', async () => {
    const a = await employerWithOrganisation(t, { name: 'First GmbH' });
    const b = await employerWithOrganisation(t, { name: 'Second GmbH' });
    const verified = await verifiedEmployer(t, t.staff, { name: 'Offer GmbH' });
    const offer = await t
      .http()
      .post('/api/v1/job-offers')
      .set(verified.auth)
      .send(offerBody({ title: 'Queued offer' }))
      .expect(201);
    await t.http().post(`/api/v1/job-offers/${offer.body.id}/submit`).set(verified.auth).expect(200);

    const employers = await t.http().get('/api/v1/moderation/queue').query({ type: 'employer' }).set(t.staff.auth).expect(200);
    const ids = employers.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(a.employerId)).toBeLessThan(ids.indexOf(b.employerId));
    expect(ids).not.toContain(verified.employerId);
    const times = employers.body.items.map((i: { submittedAt: string }) => i.submittedAt);
    expect([...times].sort()).toEqual(times);
    expect(employers.body).toMatchObject({ total: expect.any(Number), page: 1, limit: 20 });

    const mixed = await t.http().get('/api/v1/moderation/queue').set(t.staff.auth).expect(200);
    const mixedIds = mixed.body.items.map((i: { id: string }) => i.id);
    expect(mixedIds.indexOf(a.employerId)).toBeLessThan(mixedIds.indexOf(offer.body.id));
    expect(mixed.body.items.find((i: { id: string }) => i.id === offer.body.id)).toMatchObject({
      type: 'job_offer',
      title: 'Queued offer',
    });
  });

  it('records every decision with actor, reason, before → after; newest first; filterable', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    const id = created.body.id;
    await t.http().post(`/api/v1/job-offers/${id}/submit`).set(employer.auth).expect(200);
    await t
      .http()
      .post(`/api/v1/moderation/job-offers/${id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'reject', reason: 'Please name the team language' })
      .expect(200);
    const log = await t
      .http()
      .get('/api/v1/moderation/audit-log')
      .query({ entityType: 'job_offer', entityId: id })
      .set(t.staff.auth)
      .expect(200);
    expect(log.body).toMatchObject({ total: 2, page: 1, limit: 20 });
    expect(log.body.items[0]).toMatchObject({
      actorId: t.staff.id,
      actorRole: 'staff',
      action: 'job_offer.reject',
      entityType: 'job_offer',
      entityId: id,
      reason: 'Please name the team language',
      before: { status: 'pending_review' },
      after: { status: 'rejected' },
      createdAt: expect.any(String),
    });
    expect(log.body.items[1]).toMatchObject({
      actorId: employer.id,
      actorRole: 'employer',
      action: 'job_offer.submit',
      before: { status: 'draft' },
      after: { status: 'pending_review' },
    });
    const employerLog = await t
      .http()
      .get('/api/v1/moderation/audit-log')
      .query({ entityType: 'employer', entityId: employer.employerId })
      .set(t.staff.auth)
      .expect(200);
    expect(employerLog.body.items).toEqual([
      expect.objectContaining({
        action: 'employer.verify',
        actorId: t.staff.id,
        before: { verificationStatus: 'pending' },
        after: { verificationStatus: 'verified' },
      }),
    ]);
    await t.http().get('/api/v1/moderation/audit-log').query({ entityId: 'nope' }).set(t.staff.auth).expect(400);
  });

  it('decisions: 404 for unknown ids, 409 when not waiting, 400 for bad bodies', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    await t.http().post(`/api/v1/moderation/job-offers/${unknown}/decision`).set(t.staff.auth).send({ decision: 'approve' }).expect(404);
    await t.http().post(`/api/v1/moderation/employers/${unknown}/decision`).set(t.staff.auth).send({ decision: 'verify' }).expect(404);
    await t.http().post('/api/v1/moderation/job-offers/xyz/decision').set(t.staff.auth).send({ decision: 'approve' }).expect(404);
    const employer = await employerWithOrganisation(t);
    const draft = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    await t
      .http()
      .post(`/api/v1/moderation/job-offers/${draft.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'approve' })
      .expect(409);
    const bad = await t
      .http()
      .post(`/api/v1/moderation/job-offers/${draft.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'publish' })
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('decision');
    await t
      .http()
      .post(`/api/v1/moderation/employers/${employer.employerId}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'approve' })
      .expect(400);
  });
});
