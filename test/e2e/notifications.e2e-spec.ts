import { setTimeout as sleep } from 'node:timers/promises';
import { CandidatePrivacyService } from '../../src/candidates/candidate-privacy.service';
import { candidateWithProfile } from '../factories/candidates';
import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { draftOffer, publishedOffer } from '../factories/offers';
import { registerUser, type TestUser } from '../factories/users';
import { useSmtpPeer } from '../utils/smtp-peer';
import { useTestApp } from '../utils/test-app';

const PUBLIC_URL = 'https://talentbridge.example';

interface Listed {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** Every notification type of the contract, seen by its recipient: in the list, by mail, and nowhere else. */
describe('notifications', () => {
  const peer = useSmtpPeer();
  const t = useTestApp(() => ({
    staff: true,
    env: {
      SMTP_URL: peer().url,
      PUBLIC_URL,
      MAIL_POLL_INTERVAL_MS: '100',
      MAIL_RETRY_BASE_MS: '100',
      SAVED_SEARCH_ALERTS_JOB_ENABLED: 'false',
    },
  }));

  const list = async (user: TestUser, query: Record<string, string> = {}) =>
    (await t.http().get('/api/v1/notifications').set(user.auth).query(query).expect(200)).body as { items: Listed[]; total: number };
  const ofType = async (user: TestUser, type: string) => (await list(user)).items.filter((n) => n.type === type);
  /** Waits for the mail to `email` with this subject (sign-up sends a verification mail first, and more may follow). */
  const mailTitled = async (email: string, subject: string, timeoutMs = 15_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mail = peer()
        .to(email)
        .find((m) => m.subject === subject);
      if (mail) return mail;
      if (Date.now() > until)
        throw new Error(
          `No mail "${subject}" to ${email}; got: ${peer()
            .to(email)
            .map((m) => m.subject)
            .join(' | ')}`,
        );
      await sleep(25);
    }
  };
  /** The one notification of `type` the user has, and the mail that came with it. */
  const notifiedOnce = async (user: TestUser, type: string) => {
    const found = await ofType(user, type);
    expect(found).toHaveLength(1);
    const mail = await mailTitled(user.email, found[0].title);
    expect(mail!.text).toContain(found[0].body.split('\n')[0]);
    expect(mail!.text).toContain(`${PUBLIC_URL}${found[0].link}`);
    return { notification: found[0], mail: mail! };
  };

  let employer: Awaited<ReturnType<typeof verifiedEmployer>>;
  let offer: { id: string; title: string };
  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff);
    offer = await publishedOffer(t, employer, t.staff, { title: 'Kartograf/in (m/w/d)' });
  });

  it('employer.verified and job_offer.approved: the employer hears of both staff decisions, in the list and by mail', async () => {
    const verified = await notifiedOnce(employer, 'employer.verified');
    expect(verified.notification).toMatchObject({
      title: 'Organisation verified: Elbtal Software GmbH',
      link: '/employer/organisation',
      readAt: null,
      createdAt: expect.any(String),
    });
    const approved = (await ofType(employer, 'job_offer.approved'))[0];
    expect(approved).toMatchObject({ title: 'Job offer published: Kartograf/in (m/w/d)', link: `/employer/offers/${offer.id}` });
    await mailTitled(employer.email, approved.title);
  });

  it('job_offer.rejected carries the reason', async () => {
    const owner = await verifiedEmployer(t, t.staff);
    const draft = await draftOffer(t, owner, { title: 'Vermessungstechniker/in' });
    await t.http().post(`/api/v1/job-offers/${draft.id}/submit`).set(owner.auth).expect(200);
    await t
      .http()
      .post(`/api/v1/moderation/job-offers/${draft.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'reject', reason: 'Please name the team language' })
      .expect(200);
    const rejected = (await ofType(owner, 'job_offer.rejected'))[0];
    expect(rejected.title).toBe('Job offer not approved: Vermessungstechniker/in');
    expect(rejected.body).toContain('Reason: Please name the team language');
    expect((await mailTitled(owner.email, rejected.title)).text).toContain('Please name the team language');
  });

  it('employer.rejected: a first rejection and a revoked verification, each with the reason', async () => {
    const pending = await employerWithOrganisation(t, { name: 'Zwickauer Kartenwerk GmbH' });
    await t
      .http()
      .post(`/api/v1/moderation/employers/${pending.employerId}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'reject', reason: 'Not in the Handelsregister' })
      .expect(200);
    const { notification } = await notifiedOnce(pending, 'employer.rejected');
    expect(notification.title).toBe('Organisation not verified: Zwickauer Kartenwerk GmbH');
    expect(notification.body).toContain('Reason: Not in the Handelsregister');

    const revoked = await verifiedEmployer(t, t.staff, { name: 'Plauener Spitzen AG' });
    await t
      .http()
      .post(`/api/v1/moderation/employers/${revoked.employerId}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'reject', reason: 'Registration withdrawn' })
      .expect(200);
    const [withdrawn] = await ofType(revoked, 'employer.rejected');
    expect(withdrawn.title).toBe('Verification withdrawn: Plauener Spitzen AG');
    expect(withdrawn.body).toContain('Reason: Registration withdrawn');
    expect(await ofType(revoked, 'employer.verified')).toHaveLength(1);
  });

  it('invitation.received: the candidate learns employer and offer, not the message; nobody else is notified', async () => {
    const { user, profile } = await candidateWithProfile(t);
    const bystander = await candidateWithProfile(t);
    await t
      .http()
      .post(`/api/v1/job-offers/${offer.id}/invitations`)
      .set(employer.auth)
      .send({ candidateId: profile.id, message: 'Secret salary offer inside' })
      .expect(201);
    const { notification, mail } = await notifiedOnce(user, 'invitation.received');
    expect(notification).toMatchObject({ title: 'Invitation from Elbtal Software GmbH', link: '/me/invitations' });
    expect(notification.body).toContain('Kartograf/in (m/w/d)');
    expect(`${notification.body} ${mail.text} ${mail.html}`).not.toContain('Secret salary');
    expect((await list(bystander.user)).total).toBe(0);
    expect(await ofType(employer, 'invitation.received')).toEqual([]);
    // Part of the person's data export, as it was written to them.
    const exported = await t.http().get('/api/v1/candidates/me/export').set(user.auth).expect(200);
    expect(exported.body.notifications).toEqual([expect.objectContaining({ id: notification.id, title: notification.title })]);
  });

  it('invitation.accepted carries the contact data the candidate shared; invitation.declined only the headline', async () => {
    const accepting = await candidateWithProfile(t, { firstName: 'Olena', lastName: 'Kovalenko' });
    const declining = await candidateWithProfile(t, { firstName: 'Jan', lastName: 'Novák', headline: 'GIS analyst from Brno' });
    const invite = async (profileId: string) =>
      (
        await t
          .http()
          .post(`/api/v1/job-offers/${offer.id}/invitations`)
          .set(employer.auth)
          .send({ candidateId: profileId, message: 'Come and see us.' })
          .expect(201)
      ).body.id as string;
    const first = await invite(accepting.profile.id);
    const second = await invite(declining.profile.id);
    await t.http().post(`/api/v1/invitations/${first}/accept`).set(accepting.user.auth).expect(200);
    await t.http().post(`/api/v1/invitations/${second}/decline`).set(declining.user.auth).expect(200);

    const [accepted] = await ofType(employer, 'invitation.accepted');
    expect(accepted).toMatchObject({ title: 'Invitation accepted: Kartograf/in (m/w/d)', link: `/employer/offers/${offer.id}/responses` });
    expect(accepted.body).toContain('Olena Kovalenko');
    expect(accepted.body).toContain(accepting.user.email);
    const [declined] = await ofType(employer, 'invitation.declined');
    expect(declined.body).toContain('GIS analyst from Brno');
    expect(declined.body).not.toContain('Novák');
    expect(declined.body).not.toContain(declining.user.email);
    expect((await mailTitled(employer.email, accepted.title)).text).toContain(accepting.user.email);
    expect((await mailTitled(employer.email, declined.title)).text).not.toContain(declining.user.email);
  });

  it('application.received: the employer hears of it, with the applicant’s name', async () => {
    const owner = await verifiedEmployer(t, t.staff);
    const own = await publishedOffer(t, owner, t.staff, { title: 'Geodät/in' });
    const { user } = await candidateWithProfile(t, { firstName: 'Marta', lastName: 'Wiśniewska' });
    await t.http().post(`/api/v1/job-offers/${own.id}/applications`).set(user.auth).send({ message: 'Hello!' }).expect(201);
    const [application] = await ofType(owner, 'application.received');
    expect(application).toMatchObject({ title: 'New application: Geodät/in', link: `/employer/offers/${own.id}/responses` });
    expect(application.body).toContain('Marta Wiśniewska');
    await mailTitled(owner.email, application.title);
  });

  it('retention.warning: 14 days before the profile is hidden, once per period, however often the job runs', async () => {
    const privacy = t.app.get(CandidatePrivacyService);
    const { user, profile } = await candidateWithProfile(t);
    // RETENTION_HIDE_AFTER_DAYS is 183: hidden in 10 days.
    await t.sql(`UPDATE users SET last_login_at = now() - interval '173 days' WHERE id = $1`, [user.id]);
    const run = await privacy.runRetention(new Date());
    expect(run.warned).toEqual([profile.id]);
    expect(run.hidden).toEqual([]);
    const { notification } = await notifiedOnce(user, 'retention.warning');
    expect(notification).toMatchObject({ title: 'Your profile will soon be hidden', link: '/me/profile' });
    const day = new Date(Date.now() + 10 * 86_400_000).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
    expect(notification.body).toContain(day);

    expect((await privacy.runRetention(new Date())).warned).toEqual([]);
    expect(await ofType(user, 'retention.warning')).toHaveLength(1);
  });

  it('retention.warning: 14 days before a hidden profile and its account are erased', async () => {
    const privacy = t.app.get(CandidatePrivacyService);
    const { user, profile } = await candidateWithProfile(t);
    // Erased once hidden for 182 days and away for 365: in 5 days.
    await t.sql(`UPDATE users SET last_login_at = now() - interval '360 days' WHERE id = $1`, [user.id]);
    await t.sql(`UPDATE candidate_profiles SET retention_hidden_at = now() - interval '177 days' WHERE id = $1`, [profile.id]);
    const run = await privacy.runRetention(new Date());
    expect(run).toMatchObject({ warned: [profile.id], erased: [] });
    const [warning] = await ofType(user, 'retention.warning');
    expect(warning.title).toBe('Your account will soon be deleted');
  });

  it('is written in the recipient’s language, in the list and in the mail', async () => {
    const german = await candidateWithProfile(t);
    const polish = await candidateWithProfile(t);
    const czech = await candidateWithProfile(t);
    await t.http().patch('/api/v1/auth/me').set(german.user.auth).send({ language: 'de' }).expect(200);
    await t.http().patch('/api/v1/auth/me').set(polish.user.auth).send({ language: 'pl' }).expect(200);
    await t.http().patch('/api/v1/auth/me').set(czech.user.auth).send({ language: 'cs' }).expect(200);
    for (const { profile } of [german, polish, czech]) {
      await t
        .http()
        .post(`/api/v1/job-offers/${offer.id}/invitations`)
        .set(employer.auth)
        .send({ candidateId: profile.id, message: 'Hallo!' })
        .expect(201);
    }
    const expected: [TestUser, string, string][] = [
      [german.user, 'Einladung von Elbtal Software GmbH', 'lädt Sie zur Stelle „Kartograf/in (m/w/d)“ ein'],
      [polish.user, 'Zaproszenie od Elbtal Software GmbH', 'zaprasza Cię do oferty pracy „Kartograf/in (m/w/d)”'],
      [czech.user, 'Pozvánka od Elbtal Software GmbH', 'vás zve k pracovní nabídce „Kartograf/in (m/w/d)“'],
    ];
    for (const [user, title, phrase] of expected) {
      const { notification, mail } = await notifiedOnce(user, 'invitation.received');
      expect(notification.title).toBe(title);
      expect(notification.body).toContain(phrase);
      expect(mail.subject).toBe(title);
      expect(mail.text).toContain(phrase);
    }
    // The mail's link label and footer follow the language too (mail's layout).
    expect((await mailTitled(german.user.email, expected[0][1])).text).toContain('In TalentBridge Sachsen öffnen');
  });

  it('with mail notifications off: in the list, not mailed (notify has one mail path for every type)', async () => {
    const quiet = await employerWithOrganisation(t, { name: 'Stille Post GmbH' });
    const loud = await employerWithOrganisation(t, { name: 'Laute Post GmbH' });
    const me = await t
      .http()
      .patch('/api/v1/auth/me')
      .set(quiet.auth)
      .send({ notifications: { email: false } })
      .expect(200);
    expect(me.body.notifications).toEqual({ email: false });
    for (const { employerId } of [quiet, loud]) {
      await t.http().post(`/api/v1/moderation/employers/${employerId}/decision`).set(t.staff.auth).send({ decision: 'verify' }).expect(200);
    }
    await mailTitled(loud.email, 'Organisation verified: Laute Post GmbH');
    expect(await ofType(quiet, 'employer.verified')).toEqual([
      expect.objectContaining({ title: 'Organisation verified: Stille Post GmbH' }),
    ]);
    const queued = await t.sql(`SELECT key FROM mail_outbox WHERE user_id = $1 AND key LIKE 'employer.verified:%'`, [quiet.id]);
    expect(queued).toEqual([]);
    expect(
      peer()
        .to(quiet.email)
        .map((m) => m.subject),
    ).not.toContain('Organisation verified: Stille Post GmbH');
  });

  it('marks read: only the recipient (anyone else 404), unread filter and count follow', async () => {
    const owner = await verifiedEmployer(t, t.staff);
    const [first] = (await list(owner)).items;
    expect((await t.http().get('/api/v1/notifications/unread-count').set(owner.auth).expect(200)).body).toEqual({ count: 1 });

    const stranger = await registerUser(t, 'candidate');
    const refused = await t.http().post(`/api/v1/notifications/${first.id}/read`).set(stranger.auth).expect(404);
    expect(refused.body.code).toBe('notification.not_found');
    await t.http().post(`/api/v1/notifications/00000000-0000-4000-8000-000000000000/read`).set(owner.auth).expect(404);
    expect((await list(owner, { unread: 'true' })).total).toBe(1);

    await t.http().post(`/api/v1/notifications/${first.id}/read`).set(owner.auth).expect(204);
    const after = await list(owner);
    expect(after.items[0].readAt).toEqual(expect.any(String));
    expect((await list(owner, { unread: 'true' })).items).toEqual([]);
    expect((await t.http().get('/api/v1/notifications/unread-count').set(owner.auth).expect(200)).body).toEqual({ count: 0 });
    // Reading again keeps the first reading time.
    await t.http().post(`/api/v1/notifications/${first.id}/read`).set(owner.auth).expect(204);
    expect((await list(owner)).items[0].readAt).toBe(after.items[0].readAt);
  });

  it('lists newest first, pages, and refuses bad input and anonymous callers', async () => {
    expect((await t.http().get('/api/v1/notifications').query({ unread: 'maybe' }).set(employer.auth).expect(400)).body.message).toEqual([
      'unread must be true or false',
    ]);
    await t.http().get('/api/v1/notifications').expect(401);
    const all = (await list(employer)).items;
    const times = all.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const page = (await t.http().get('/api/v1/notifications').set(employer.auth).query({ limit: 1, page: 2 }).expect(200)).body;
    expect(page).toMatchObject({ page: 2, limit: 1, total: all.length, items: [{ id: all[1].id }] });
  });
});
