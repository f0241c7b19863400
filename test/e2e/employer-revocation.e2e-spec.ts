import { employerBody, publishedOffer, verifiedEmployer } from '../factories/offers';
import { createTestApp, TestApp } from '../utils/test-app';
import { staffUser, TestUser } from '../utils/users';

/** Offers are public on the strength of the employer's verification: when it no longer holds, they leave search. */
describe('an organisation that stops being verified has no public offers', () => {
  let t: TestApp;
  let staff: TestUser;

  const searchIds = async (q: string) =>
    ((await t.http().get('/api/v1/job-offers/search').query({ q }).expect(200)).body.items as { id: string }[]).map((i) => i.id);

  beforeAll(async () => {
    t = await createTestApp();
    staff = await staffUser(t);
  });
  afterAll(() => t?.close());

  it('staff revoke a verified employer: its published offers go back to review and leave search at once, with audit entries', async () => {
    const employer = await verifiedEmployer(t, staff, { name: 'Zweifelhaft Personal GmbH' });
    const offer = await publishedOffer(t, employer, staff, { title: 'Lagerist Zwickau Schichtdienst' });
    expect(await searchIds('Lagerist Zwickau')).toEqual([offer.id]);

    const revoked = await t
      .http()
      .post(`/api/v1/moderation/employers/${employer.employerId}/decision`)
      .set(staff.auth)
      .send({ decision: 'reject', reason: 'Handelsregister entry deleted' })
      .expect(200);
    expect(revoked.body).toMatchObject({ verificationStatus: 'rejected', rejectionReason: 'Handelsregister entry deleted' });
    expect(await searchIds('Lagerist Zwickau')).toEqual([]);
    expect((await t.http().get(`/api/v1/job-offers/${offer.id}`)).status).toBe(404);
    expect((await t.http().get(`/api/v1/job-offers/${offer.id}`).set(employer.auth).expect(200)).body.status).toBe('pending_review');
    // Staff cannot publish it again while the organisation is not verified.
    const approve = await t.http().post(`/api/v1/moderation/job-offers/${offer.id}/decision`).set(staff.auth).send({ decision: 'approve' });
    expect(approve.status).toBeGreaterThanOrEqual(400);
    expect(approve.status).toBeLessThan(500);
    expect(approve.body.code).toBe('job_offer.employer_not_verified');

    const log = await t.http().get('/api/v1/moderation/audit-log').set(staff.auth).expect(200);
    const actions = (log.body.items as { action: string; entityId: string; reason: string | null }[]).map((e) => [e.action, e.entityId, e.reason]);
    expect(actions).toContainEqual(['employer.revoke', employer.employerId, 'Handelsregister entry deleted']);
    expect(actions).toContainEqual(['job_offer.withdraw', offer.id, 'employer verification revoked']);
  });

  it('a verified employer that changes its legal name is checked again, and its offers wait for that check', async () => {
    const employer = await verifiedEmployer(t, staff, { name: 'Elbtal Pflege GmbH' });
    const offer = await publishedOffer(t, employer, staff, { title: 'Pflegefachkraft Pirna Nachtdienst' });
    expect(await searchIds('Pflegefachkraft Pirna')).toEqual([offer.id]);

    const renamed = await t.http().put('/api/v1/employers/me').set(employer.auth).send(employerBody({ name: 'Elbtal Pflege und Service GmbH' })).expect(200);
    expect(renamed.body.verificationStatus).toBe('pending');
    expect(await searchIds('Pflegefachkraft Pirna')).toEqual([]);

    // Verified again, staff re-approve the offer and it is public once more.
    await t.http().post(`/api/v1/moderation/employers/${employer.employerId}/decision`).set(staff.auth).send({ decision: 'verify' }).expect(200);
    await t.http().post(`/api/v1/moderation/job-offers/${offer.id}/decision`).set(staff.auth).send({ decision: 'approve' }).expect(200);
    expect(await searchIds('Pflegefachkraft Pirna')).toEqual([offer.id]);
  });

  it('verifying an organisation that is already verified is refused', async () => {
    const employer = await verifiedEmployer(t, staff);
    const res = await t.http().post(`/api/v1/moderation/employers/${employer.employerId}/decision`).set(staff.auth).send({ decision: 'verify' });
    expect(res.status).toBe(409);
  });
});
