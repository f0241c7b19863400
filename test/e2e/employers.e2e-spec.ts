import { employerBody } from '../factories/offers';
import { createTestApp, TestApp } from '../utils/test-app';
import { registerUser, staffUser, TestUser } from '../utils/users';

describe('employers: organisation and verification status', () => {
  let t: TestApp;
  let staff: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    staff = await staffUser(t);
  });
  afterAll(() => t.close());

  const put = (user: TestUser, body: Record<string, unknown>) => t.http().put('/api/v1/employers/me').set(user.auth).send(body);
  const decide = (id: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/moderation/employers/${id}/decision`).set(staff.auth).send(body);

  it('creates the organisation as pending, then replaces it (404 before)', async () => {
    const employer = await registerUser(t, 'employer');
    await t.http().get('/api/v1/employers/me').set(employer.auth).expect(404);
    const created = await put(employer, employerBody()).expect(200);
    expect(created.body).toMatchObject({
      id: expect.any(String), name: 'Elbtal Software GmbH', postalCode: '01067', size: '10-49',
      registrationNumber: 'HRB 12345', verificationStatus: 'pending', rejectionReason: null, version: 1,
    });
    const replaced = await put(employer, employerBody({ description: 'New text', website: undefined })).expect(200);
    expect(replaced.body).toMatchObject({ id: created.body.id, description: 'New text', website: null, version: 2, verificationStatus: 'pending' });
    expect((await t.http().get('/api/v1/employers/me').set(employer.auth).expect(200)).body).toEqual(replaced.body);
    // A stale version (when sent) is refused.
    const stale = await put(employer, employerBody({ version: 1 })).expect(409);
    expect(stale.body.code).toBe('version.stale');
  });

  it('validation names the field: postalCode, registrationNumber, website, size, unknown fields', async () => {
    const employer = await registerUser(t, 'employer');
    const res = await put(employer, employerBody({ postalCode: '1067', registrationNumber: 'HRB12345', website: 'ftp://x.example', size: '5-10', extra: 1 })).expect(400);
    const text = JSON.stringify(res.body.message);
    for (const field of ['postalCode', 'registrationNumber', 'website', 'size', 'extra']) expect(text).toContain(field);
    for (const ok of ['HRA 1234', 'HRB 12345 B', 'VR 12', 'GnR 123456']) await put(employer, employerBody({ registrationNumber: ok })).expect(200);
    for (const bad of ['HRB 1234567', 'hrb 12345', 'XYZ 123', 'HRB 123 abc']) {
      const r = await put(employer, employerBody({ registrationNumber: bad })).expect(400);
      expect(r.body.message).toEqual([expect.stringContaining('registrationNumber')]);
    }
  });

  it('only employers: candidates and staff get 403, no token 401', async () => {
    const candidate = await registerUser(t, 'candidate');
    await put(candidate, employerBody()).expect(403);
    await t.http().get('/api/v1/employers/me').set(staff.auth).expect(403);
    await t.http().get('/api/v1/employers/me').expect(401);
  });

  it('rejection shows the reason; editing sends it back to pending and into the queue', async () => {
    const employer = await registerUser(t, 'employer');
    const org = (await put(employer, employerBody()).expect(200)).body;
    const noReason = await decide(org.id, { decision: 'reject' }).expect(400);
    expect(noReason.body.code).toBe('validation.failed');
    const rejected = await decide(org.id, { decision: 'reject', reason: 'Registration number not found in the Handelsregister' }).expect(200);
    expect(rejected.body).toMatchObject({ verificationStatus: 'rejected', rejectionReason: 'Registration number not found in the Handelsregister' });
    expect((await t.http().get('/api/v1/employers/me').set(employer.auth)).body.rejectionReason).toBe('Registration number not found in the Handelsregister');
    const notPending = await decide(org.id, { decision: 'verify' }).expect(409);
    expect(notPending.body).toMatchObject({ code: 'employer.not_pending', message: 'Only a pending organisation can be verified; this one is rejected' });

    const again = await put(employer, employerBody({ registrationNumber: 'HRB 54321' })).expect(200);
    expect(again.body).toMatchObject({ verificationStatus: 'pending', rejectionReason: null });
    const queue = await t.http().get('/api/v1/moderation/queue').query({ type: 'employer', limit: 100 }).set(staff.auth).expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(org.id);
  });

  it('a verified organisation stays verified on ordinary edits, and goes back to pending when its legal identity changes', async () => {
    const employer = await registerUser(t, 'employer');
    const org = (await put(employer, employerBody()).expect(200)).body;
    await decide(org.id, { decision: 'verify', reason: 'Checked in the Handelsregister' }).expect(200);
    const edited = await put(employer, employerBody({ description: 'We grew', size: '50-249' })).expect(200);
    expect(edited.body.verificationStatus).toBe('verified');
    const renamed = await put(employer, employerBody({ name: 'Elbtal Software AG', size: '50-249' })).expect(200);
    expect(renamed.body.verificationStatus).toBe('pending');
    const log = await t.http().get('/api/v1/moderation/audit-log').query({ entityId: org.id }).set(staff.auth).expect(200);
    expect(log.body.items.map((i: { action: string }) => i.action)).toEqual(['employer.resubmit', 'employer.verify']);
  });
});
