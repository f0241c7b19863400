import { offerBody, publishedOffer } from '../factories/offers';
import { candidateWithProfile, employerWithStatus, verifiedEmployer } from '../utils/candidates';
import { createTestApp, TestApp } from '../utils/test-app';
import { registerUser, staffUser, TestUser } from '../utils/users';

describe('invitations and applications (mutual consent)', () => {
  let t: TestApp;
  let staff: TestUser;
  let owner: TestUser;
  let other: TestUser;
  let offerId: string;

  const invite = (auth: Record<string, string>, offer: string, candidateId: string, message = 'We would like to meet you.') =>
    t.http().post(`/api/v1/job-offers/${offer}/invitations`).set(auth).send({ candidateId, message });
  const apply = (auth: Record<string, string>, offer: string, message = 'I would like to join your team.') =>
    t.http().post(`/api/v1/job-offers/${offer}/applications`).set(auth).send({ message });
  const profileAs = (auth: Record<string, string>, id: string) => t.http().get(`/api/v1/candidates/${id}`).set(auth).expect(200);
  const myInvitations = (auth: Record<string, string>) => t.http().get('/api/v1/candidates/me/invitations').set(auth).expect(200);
  const applicationsOf = (auth: Record<string, string>, offer: string) => t.http().get(`/api/v1/job-offers/${offer}/applications`).set(auth);

  beforeAll(async () => {
    t = await createTestApp();
    staff = await staffUser(t);
    owner = await verifiedEmployer(t);
    other = await verifiedEmployer(t);
    offerId = (await publishedOffer(t, owner, staff)).id;
  });
  afterAll(() => t.close());

  it('invite → the candidate sees it → accepting shares contact data with that employer only', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const sent = await invite(owner.auth, offerId, profile.id).expect(201);
    expect(sent.body).toMatchObject({ id: expect.any(String), status: 'pending', jobOfferId: offerId, candidateId: profile.id });

    const listed = await myInvitations(user.auth);
    expect(listed.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(listed.body.items[0]).toMatchObject({
      id: sent.body.id,
      status: 'pending',
      message: 'We would like to meet you.',
      offer: { id: offerId, title: 'Python-Entwickler/in (m/w/d)', status: 'published' },
      employer: { name: 'Elbtal Software GmbH' },
      createdAt: expect.any(String),
    });

    const before = await profileAs(owner.auth, profile.id);
    expect(before.body).not.toHaveProperty('email');
    expect(before.body).not.toHaveProperty('lastName');
    expect(before.body.contactShared).toBe(false);

    const accepted = await t.http().post(`/api/v1/invitations/${sent.body.id}/accept`).set(user.auth).expect(200);
    expect(accepted.body).toMatchObject({ id: sent.body.id, status: 'accepted', respondedAt: expect.any(String) });
    expect((await profileAs(owner.auth, profile.id)).body).toMatchObject({ email: user.email, lastName: 'Kovalenko', contactShared: true });
    const stranger = await profileAs(other.auth, profile.id);
    expect(stranger.body).not.toHaveProperty('email');
    expect(stranger.body).not.toHaveProperty('lastName');

    // Answered once: neither accepted again nor declined afterwards.
    const again = await t.http().post(`/api/v1/invitations/${sent.body.id}/accept`).set(user.auth).expect(409);
    expect(again.body.code).toBe('invitation.already_answered');
    await t.http().post(`/api/v1/invitations/${sent.body.id}/decline`).set(user.auth).expect(409);
  });

  it('declining reveals nothing', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const sent = await invite(owner.auth, offerId, profile.id).expect(201);
    const declined = await t.http().post(`/api/v1/invitations/${sent.body.id}/decline`).set(user.auth).expect(200);
    expect(declined.body.status).toBe('declined');
    expect((await profileAs(owner.auth, profile.id)).body).not.toHaveProperty('email');
    await t.http().post(`/api/v1/invitations/${sent.body.id}/accept`).set(user.auth).expect(409);
  });

  it('only the invited candidate may answer: anyone else gets 404 (employers 403 by role)', async () => {
    const { profile } = await candidateWithProfile(t);
    const sent = await invite(owner.auth, offerId, profile.id).expect(201);
    const someoneElse = await candidateWithProfile(t);
    await t.http().post(`/api/v1/invitations/${sent.body.id}/accept`).set(someoneElse.user.auth).expect(404);
    await t.http().post(`/api/v1/invitations/${sent.body.id}/accept`).set((await registerUser(t, 'candidate')).auth).expect(404);
    await t.http().post(`/api/v1/invitations/${sent.body.id}/accept`).set(owner.auth).expect(403);
    await t.http().post('/api/v1/invitations/00000000-0000-4000-8000-000000000000/accept').set(someoneElse.user.auth).expect(404);
    expect((await myInvitations(someoneElse.user.auth)).body.total).toBe(0);
    expect((await profileAs(owner.auth, profile.id)).body).not.toHaveProperty('email');
  });

  it('rejects a duplicate invitation with 409, also when sent at the same moment', async () => {
    const { profile } = await candidateWithProfile(t);
    await invite(owner.auth, offerId, profile.id).expect(201);
    const duplicate = await invite(owner.auth, offerId, profile.id, 'Again').expect(409);
    expect(duplicate.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'invitation.already_invited' });

    const racer = await candidateWithProfile(t);
    const answers = await Promise.all([1, 2, 3].map(() => invite(owner.auth, offerId, racer.profile.id)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(['invitation.already_invited', 'invitation.already_invited']);
    // The same candidate may be invited to another offer.
    const second = await publishedOffer(t, owner, staff, { title: 'Data Engineer (m/w/d)' });
    await invite(owner.auth, second.id, profile.id).expect(201);
  });

  it('answers 404 for hidden, staff-hidden and absent profiles, without telling them apart', async () => {
    const hidden = await candidateWithProfile(t, { visibility: 'hidden' });
    const byStaff = await candidateWithProfile(t);
    await t.http().post(`/api/v1/moderation/candidates/${byStaff.profile.id}/decision`).set(staff.auth).send({ decision: 'hide', reason: 'fake profile' }).expect(200);
    const answers = await Promise.all(
      [hidden.profile.id, byStaff.profile.id, '00000000-0000-4000-8000-000000000000'].map((id) => invite(owner.auth, offerId, id).expect(404)),
    );
    expect(new Set(answers.map((a) => a.body.message)).size).toBe(1);
    expect(await t.sql(`SELECT 1 FROM invitations WHERE candidate_profile_id = ANY($1)`, [[hidden.profile.id, byStaff.profile.id]])).toHaveLength(0);
  });

  it('lets only the verified owner invite, and only to a published offer', async () => {
    const { profile } = await candidateWithProfile(t);
    const notYours = await invite(other.auth, offerId, profile.id).expect(404); // not your offer
    await invite(staff.auth, offerId, profile.id).expect(403); // role
    const unknown = await invite(owner.auth, '00000000-0000-4000-8000-000000000000', profile.id).expect(404);
    // Someone else's offer and no offer at all answer alike, code included.
    expect([notYours.body.code, unknown.body.code]).toEqual(['job_offer.not_found', 'job_offer.not_found']);
    expect(notYours.body).toEqual(unknown.body);
    const draft = await t.http().post('/api/v1/job-offers').set(owner.auth).send(offerBody()).expect(201);
    const res = await invite(owner.auth, draft.body.id, profile.id).expect(409);
    expect(res.body.message).toContain('published');
    expect(res.body.code).toBe('invitation.offer_not_published');
    await t.http().post(`/api/v1/job-offers/${offerId}/invitations`).set(owner.auth).send({ candidateId: profile.id, message: '   ' }).expect(400);
    await t.http().post(`/api/v1/job-offers/${offerId}/invitations`).set(owner.auth).send({ candidateId: profile.id, message: 'x'.repeat(2001) }).expect(400);
    await t.http().post(`/api/v1/job-offers/${offerId}/invitations`).set(owner.auth).send({ candidateId: 'nope', message: 'Hi' }).expect(400);

    // An owner whose organisation is no longer verified (e.g. it changed its identity data) may not invite.
    const lapsing = await verifiedEmployer(t);
    const lapsingOffer = await publishedOffer(t, lapsing, staff);
    await t.sql(`UPDATE employers SET verification_status = 'pending' WHERE user_id = $1`, [lapsing.id]);
    const unverified = await invite(lapsing.auth, lapsingOffer.id, profile.id).expect(403);
    expect(unverified.body).toMatchObject({
      statusCode: 403,
      code: 'employer.not_verified',
      message: 'Only a verified employer may invite candidates; your organisation is not verified yet',
    });
    await invite((await employerWithStatus(t, 'pending')).auth, offerId, profile.id).expect(404);
  });

  it('apply → the employer sees the application with contact data; duplicate 409; others 404; staff see it', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const offer = await publishedOffer(t, owner, staff, { title: 'Backend Engineer (m/w/d)' });
    const sent = await apply(user.auth, offer.id).expect(201);
    expect(sent.body).toMatchObject({ id: expect.any(String), jobOfferId: offer.id, candidateId: profile.id, message: 'I would like to join your team.' });
    const duplicate = await apply(user.auth, offer.id, 'Once more').expect(409);
    expect(duplicate.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'application.already_applied' });

    const list = await applicationsOf(owner.auth, offer.id).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(list.body.items[0]).toEqual({
      id: sent.body.id,
      message: 'I would like to join your team.',
      createdAt: expect.any(String),
      candidateErased: false,
      candidate: { id: profile.id, firstName: 'Olena', lastName: 'Kovalenko', email: user.email },
    });
    expect((await profileAs(owner.auth, profile.id)).body).toMatchObject({ email: user.email, contactShared: true });
    expect((await profileAs(other.auth, profile.id)).body).not.toHaveProperty('email');
    await applicationsOf(other.auth, offer.id).expect(404);
    await applicationsOf(user.auth, offer.id).expect(403);
    expect((await applicationsOf(staff.auth, offer.id).expect(200)).body.total).toBe(1);
  });

  it('takes applications only for published offers: closed 409, unpublished or absent 404; a profile is needed', async () => {
    const { user } = await candidateWithProfile(t);
    const offer = await publishedOffer(t, owner, staff);
    await t.http().post(`/api/v1/job-offers/${offer.id}/close`).set(owner.auth).expect(200);
    const closed = await apply(user.auth, offer.id).expect(409);
    expect(closed.body.message).toContain('closed offer takes no new applications');
    expect(closed.body.code).toBe('application.offer_closed');
    const draft = await t.http().post('/api/v1/job-offers').set(owner.auth).send(offerBody()).expect(201);
    await apply(user.auth, draft.body.id).expect(404);
    await apply(user.auth, '00000000-0000-4000-8000-000000000000').expect(404);
    const noProfile = await apply((await registerUser(t, 'candidate')).auth, offerId).expect(403);
    expect(noProfile.body.code).toBe('application.profile_required');
    const employerApplying = await apply(owner.auth, offerId).expect(403);
    expect(employerApplying.body.code).toBe('auth.forbidden_role');
    await t.http().post(`/api/v1/job-offers/${offerId}/applications`).set(user.auth).send({ message: '' }).expect(400);
  });

  it('lets a candidate with a hidden profile apply (applying is consent to that employer); the profile stays out of reach otherwise', async () => {
    const { user, profile } = await candidateWithProfile(t, { visibility: 'hidden' });
    const offer = await publishedOffer(t, owner, staff);
    await apply(user.auth, offer.id).expect(201);
    expect((await applicationsOf(owner.auth, offer.id).expect(200)).body.items[0].candidate).toMatchObject({ id: profile.id, email: user.email });
    await t.http().get(`/api/v1/candidates/${profile.id}`).set(owner.auth).expect(404);

    // A profile staff hid (moderation) may not reach employers by applying either.
    const moderated = await candidateWithProfile(t);
    await t.http().post(`/api/v1/moderation/candidates/${moderated.profile.id}/decision`).set(staff.auth).send({ decision: 'hide', reason: 'spam' }).expect(200);
    const hiddenByStaff = await apply(moderated.user.auth, offer.id).expect(403);
    expect(hiddenByStaff.body.code).toBe('application.applicant_hidden');
  });

  it('keeps listing applications and invitations of erased candidates, anonymised', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const offer = await publishedOffer(t, owner, staff);
    await apply(user.auth, offer.id).expect(201);
    await invite(owner.auth, offer.id, profile.id).expect(201);
    await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(204);

    const list = await applicationsOf(owner.auth, offer.id).expect(200);
    expect(list.body.items).toEqual([
      { id: expect.any(String), message: 'erased candidate', createdAt: expect.any(String), candidateErased: true, candidate: null },
    ]);
    const rows = await t.sql(`SELECT candidate_profile_id, candidate_erased FROM invitations WHERE job_offer_id = $1`, [offer.id]);
    expect(rows).toEqual([{ candidate_profile_id: null, candidate_erased: true }]);
    // A new candidate can still be invited to and apply to the same offer (the uniqueness ignores erased rows).
    const next = await candidateWithProfile(t);
    await invite(owner.auth, offer.id, next.profile.id).expect(201);
    await apply(next.user.auth, offer.id).expect(201);
  });
});
