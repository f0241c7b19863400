import { candidateWithProfile } from '../factories/candidates';
import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { offerBody, publishedOffer } from '../factories/offers';
import { type TestUser } from '../factories/users';
import { useTestApp } from '../utils/test-app';

/** The offer's sent invitations (owner, staff) and the audit trail of consent events, including erasure. */
describe('sent invitations and the consent audit trail', () => {
  const t = useTestApp({ staff: true });
  let owner: TestUser;
  let other: TestUser;
  let offerId: string;
  let accepting: Awaited<ReturnType<typeof candidateWithProfile>>;
  let declining: Awaited<ReturnType<typeof candidateWithProfile>>;
  let waiting: Awaited<ReturnType<typeof candidateWithProfile>>;
  const sent: Record<'accepted' | 'declined' | 'pending', string> = { accepted: '', declined: '', pending: '' };

  const MESSAGE = 'Secret invitation words: we would like to meet you.';
  const APPLICATION_MESSAGE = 'Secret application words: I would like to join.';
  const sentInvitations = (auth: Record<string, string>, offer = offerId) =>
    t.http().get(`/api/v1/job-offers/${offer}/invitations`).set(auth);
  const auditLog = (query: Record<string, string>) =>
    t
      .http()
      .get('/api/v1/moderation/audit-log')
      .query({ limit: '100', ...query })
      .set(t.staff.auth)
      .expect(200);

  beforeAll(async () => {
    owner = await verifiedEmployer(t, t.staff);
    other = await verifiedEmployer(t, t.staff);
    offerId = (await publishedOffer(t, owner, t.staff)).id;
    accepting = await candidateWithProfile(t);
    declining = await candidateWithProfile(t);
    waiting = await candidateWithProfile(t);
    for (const [key, who] of [
      ['accepted', accepting],
      ['declined', declining],
      ['pending', waiting],
    ] as const) {
      const res = await t
        .http()
        .post(`/api/v1/job-offers/${offerId}/invitations`)
        .set(owner.auth)
        .send({ candidateId: who.profile.id, message: MESSAGE });
      expect(res.status).toBe(201);
      sent[key] = res.body.id;
    }
    await t.http().post(`/api/v1/invitations/${sent.accepted}/accept`).set(accepting.user.auth).expect(200);
    await t.http().post(`/api/v1/invitations/${sent.declined}/decline`).set(declining.user.auth).expect(200);
  });

  it('the owner lists sent invitations newest first; contact data only for the accepted one', async () => {
    const res = await sentInvitations(owner.auth).expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([sent.pending, sent.declined, sent.accepted]);
    const [pending, declined, accepted] = res.body.items;
    expect(accepted).toEqual({
      id: sent.accepted,
      status: 'accepted',
      message: MESSAGE,
      createdAt: expect.any(String),
      respondedAt: expect.any(String),
      candidateErased: false,
      contactShared: true,
      candidate: { id: accepting.profile.id, firstName: 'Olena', lastName: 'Kovalenko', email: accepting.user.email },
    });
    expect(declined).toMatchObject({ status: 'declined', respondedAt: expect.any(String), candidateErased: false, contactShared: false });
    expect(declined.candidate).toEqual({ id: declining.profile.id, firstName: 'Olena' });
    expect(pending).toMatchObject({ status: 'pending', respondedAt: null, candidateErased: false, contactShared: false });
    expect(pending.candidate).toEqual({ id: waiting.profile.id, firstName: 'Olena' });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(declining.user.email);
    expect(text).not.toContain(waiting.user.email);

    const second = await sentInvitations(owner.auth).query({ page: 2, limit: 2 }).expect(200);
    expect(second.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(second.body.items.map((i: { id: string }) => i.id)).toEqual([sent.accepted]);
  });

  it('staff can list; another employer, an unknown or malformed offer id: 404; a candidate: 403', async () => {
    const asStaff = await sentInvitations(t.staff.auth).expect(200);
    expect(asStaff.body.total).toBe(3);
    expect(asStaff.body.items[2]).toMatchObject({ id: sent.accepted, candidate: { email: accepting.user.email } });
    expect(asStaff.body.items[0].candidate).not.toHaveProperty('email');
    await sentInvitations(other.auth).expect(404);
    await sentInvitations(owner.auth, '00000000-0000-4000-8000-000000000000').expect(404);
    await sentInvitations(accepting.user.auth).expect(403);
    await sentInvitations(owner.auth, 'not-a-uuid').expect(404); // malformed ids answer like unknown ones (ParseIdPipe)
  });

  it('an owner that is not verified still lists its own offers’ invitations', async () => {
    const pendingOwner = await employerWithOrganisation(t);
    const draft = await t.http().post('/api/v1/job-offers').set(pendingOwner.auth).send(offerBody()).expect(201);
    const res = await sentInvitations(pendingOwner.auth, draft.body.id).expect(200);
    expect(res.body).toEqual({ items: [], total: 0, page: 1, limit: 20 });
    await sentInvitations(owner.auth, draft.body.id).expect(404);
  });

  it('the audit log shows create, accept and decline with actor and before → after status, never the message', async () => {
    const log = await auditLog({ entityType: 'invitation' });
    const of = (id: string) => log.body.items.filter((e: { entityId: string }) => e.entityId === id);
    expect(of(sent.accepted)).toEqual([
      expect.objectContaining({
        action: 'invitation.accept',
        actorId: accepting.user.id,
        actorRole: 'candidate',
        entityType: 'invitation',
        before: { status: 'pending' },
        after: { status: 'accepted' },
      }),
      expect.objectContaining({
        action: 'invitation.create',
        actorId: owner.id,
        actorRole: 'employer',
        before: null,
        after: { status: 'pending' },
      }),
    ]);
    expect(of(sent.declined)).toEqual([
      expect.objectContaining({
        action: 'invitation.decline',
        actorId: declining.user.id,
        actorRole: 'candidate',
        before: { status: 'pending' },
        after: { status: 'declined' },
      }),
      expect.objectContaining({ action: 'invitation.create', actorId: owner.id }),
    ]);
    expect(of(sent.pending)).toEqual([expect.objectContaining({ action: 'invitation.create', after: { status: 'pending' } })]);
    const text = JSON.stringify(log.body);
    expect(text).not.toContain('Secret invitation words');
    for (const who of [accepting, declining, waiting]) {
      expect(text).not.toContain(who.user.email);
      expect(text).not.toContain(who.profile.id);
    }
    expect(text).not.toContain('Kovalenko');

    // A refused answer changes nothing and logs nothing.
    await t.http().post(`/api/v1/invitations/${sent.accepted}/decline`).set(accepting.user.auth).expect(409);
    expect((await auditLog({ entityType: 'invitation', entityId: sent.accepted })).body.total).toBe(2);
  });

  it('an application is logged as application.create by the candidate, without the message; a duplicate logs nothing', async () => {
    const applicant = await candidateWithProfile(t);
    const res = await t
      .http()
      .post(`/api/v1/job-offers/${offerId}/applications`)
      .set(applicant.user.auth)
      .send({ message: APPLICATION_MESSAGE })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/job-offers/${offerId}/applications`)
      .set(applicant.user.auth)
      .send({ message: APPLICATION_MESSAGE })
      .expect(409);
    const log = await auditLog({ entityType: 'application', entityId: res.body.id });
    expect(log.body.items).toEqual([
      expect.objectContaining({
        action: 'application.create',
        actorId: applicant.user.id,
        actorRole: 'candidate',
        entityType: 'application',
        before: null,
        after: { status: 'submitted' },
      }),
    ]);
    expect(JSON.stringify(log.body)).not.toContain('Secret application words');
  });

  it('after erasure no audit row names the candidate, and the employer’s list still works (candidateErased)', async () => {
    const { user, profile } = accepting;
    // More traces of the person: an application (actor) and a staff decision about the profile (entity).
    await t.http().post(`/api/v1/job-offers/${offerId}/applications`).set(user.auth).send({ message: APPLICATION_MESSAGE }).expect(201);
    await t
      .http()
      .post(`/api/v1/moderation/candidates/${profile.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'hide', reason: 'spam check' })
      .expect(200);
    const traces = () =>
      t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log
          WHERE actor_id = $1 OR entity_id = $2
             OR before::text LIKE '%' || $1 || '%' OR after::text LIKE '%' || $1 || '%'
             OR before::text LIKE '%' || $2 || '%' OR after::text LIKE '%' || $2 || '%'
             OR reason LIKE '%' || $1 || '%' OR reason LIKE '%' || $2 || '%'`,
        [user.id, profile.id],
      );
    expect((await traces())[0].n).toBeGreaterThanOrEqual(3); // accept, application.create, candidate.hide

    // Art. 15: the person's own logged consent events are part of their export.
    const exported = await t.http().get('/api/v1/candidates/me/export').set(user.auth).expect(200);
    expect(exported.body.consentEvents.map((e: { action: string }) => e.action)).toEqual(['invitation.accept', 'application.create']);
    expect(exported.body.consentEvents[0]).toMatchObject({
      entityType: 'invitation',
      entityId: sent.accepted,
      after: { status: 'accepted' },
    });

    await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(204);
    expect((await traces())[0].n).toBe(0);
    const emails = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE audit_log::text LIKE '%' || $1 || '%'`, [
      user.email,
    ]);
    expect(emails[0].n).toBe(0);

    // The events themselves stay (what happened, when), without the person.
    const accept = await auditLog({ entityType: 'invitation', entityId: sent.accepted });
    expect(accept.body.items[0]).toMatchObject({
      action: 'invitation.accept',
      actorId: null,
      actorRole: 'candidate',
      anonymisedAt: expect.any(String),
    });

    const list = await sentInvitations(owner.auth).expect(200);
    expect(list.body.total).toBe(3);
    const erased = list.body.items.find((i: { id: string }) => i.id === sent.accepted);
    expect(erased).toMatchObject({ status: 'accepted', candidateErased: true, contactShared: false, candidate: null });
    expect(JSON.stringify(list.body)).not.toContain(user.email);
    expect(list.body.items.find((i: { id: string }) => i.id === sent.declined)).toMatchObject({
      candidateErased: false,
      candidate: { id: declining.profile.id },
    });
  });
});
