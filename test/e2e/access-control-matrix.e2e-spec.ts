import { createHmac, randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { candidateWithProfile, profileBody, type TestCandidate } from '../factories/candidates';
import { employerBody, employerWithStatus, verifiedEmployer, type TestEmployer } from '../factories/employers';
import { SOFTWARE_DEVELOPER } from '../factories/esco';
import { draftOffer, offerBody, publishedOffer } from '../factories/offers';
import { registerUser, staffUser, uniqueEmail, type TestUser } from '../factories/users';
import { outboxDrained } from '../utils/search';
import { linkIn, useSmtpPeer } from '../utils/smtp-peer';
import { type TestClient, useTestApp } from '../utils/test-app';

/**
 * The access-control matrix (docs/access-control.md): one table, one row per operation of the OpenAPI
 * document (plus a few rows on other objects), one expected status per actor. Path parameters are the
 * objects of candidate A and verified employer X, so every row answers "who may touch A's / X's things".
 */

const ACTORS = ['anonymous', 'candidateA', 'candidateB', 'employerNoOrg', 'employerPending', 'employerX', 'employerY', 'staff'] as const;
type Actor = (typeof ACTORS)[number];
type Expected = Record<Actor, number>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const PUBLIC_URL = 'https://talentbridge.example';
const PASSWORD = 'correct horse battery staple';
const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** Same answer for everyone (public routes). */
const all = (status: number): Expected => Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Expected;
/** Any signed-in user. */
const signedIn = (status: number): Expected => ({ ...all(status), anonymous: 401 });
/** Only these actors get `ok`; other signed-in users `denied`. */
const allowing = (ok: number, allowed: Actor[], denied = 403): Expected =>
  Object.fromEntries(ACTORS.map((actor) => [actor, actor === 'anonymous' ? 401 : allowed.includes(actor) ? ok : denied])) as Expected;
const candidatesOnly = (ok: number) => allowing(ok, ['candidateA', 'candidateB']);
const staffOnly = (ok: number) => allowing(ok, ['staff']);
const EMPLOYERS: Actor[] = ['employerNoOrg', 'employerPending', 'employerX', 'employerY'];

/** What one cell of a row gets to build its request from. */
interface Cell {
  actor: Actor;
  /** The user making the request (undefined: anonymous); a fresh one of the same kind for rows with `freshActors`. */
  user?: TestUser;
  /** What `fresh` made for this cell. */
  own: Record<string, string>;
}

interface Row {
  /** `METHOD /template` as the OpenAPI document spells it; rows on other objects add a note after it. */
  route: string;
  expected: Expected;
  /** The concrete path (the template with A's / X's objects). */
  path: (cell: Cell) => string;
  query?: Record<string, string>;
  body?: (cell: Cell) => Promise<object> | object;
  /** Per-cell fixtures for routes that change what they touch (close, delete, accept, …). */
  fresh?: (cell: Cell) => Promise<Record<string, string>>;
  /**
   * The actor acts on their own account destructively (sign-out, erasure): a fresh user of the same kind for every
   * cell expected to succeed (`profile`: candidates with a profile). Denied cells keep the fixtures' users.
   */
  freshActors?: boolean | 'profile';
  /** Whatever must not change when the request is denied (compared before/after). */
  stored?: (cell: Cell) => Promise<unknown>;
  /** Extra assertions on the answer. */
  check?: (cell: Cell, body: Record<string, unknown>) => void;
}

describe('access-control matrix', () => {
  const peer = useSmtpPeer();
  const t = useTestApp(() => ({
    env: { MAIL_POLL_INTERVAL_MS: '100', MAIL_RETRY_BASE_MS: '100', PUBLIC_URL, SMTP_URL: peer().url },
    staff: true,
  }));

  // Fixtures are made side by side; one SQL client takes one query at a time, so this suite's queries queue up.
  let queue: Promise<unknown> = Promise.resolve();
  const sql = <T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> => {
    const next = queue.then(() => t.sql<T>(text, params));
    queue = next.catch(() => undefined);
    return next;
  };
  const c: TestClient = { http: () => t.http(), sql };

  let document: OpenAPIObject;
  let A: TestCandidate;
  let B: TestCandidate;
  let hidden: TestCandidate;
  let noOrg: TestUser;
  let pending: TestEmployer;
  let X: TestEmployer;
  let Y: TestEmployer;
  /** X's objects and A's objects. */
  const o: Record<string, string> = {};

  const users = (): Record<Actor, TestUser | undefined> => ({
    anonymous: undefined,
    candidateA: A.user,
    candidateB: B.user,
    employerNoOrg: noOrg,
    employerPending: pending,
    employerX: X,
    employerY: Y,
    staff: t.staff,
  });

  /** A new user of the same kind as `actor` (for rows that sign out, erase or re-register the actor). */
  const freshUser = async (actor: Actor, withProfile: boolean): Promise<TestUser | undefined> => {
    switch (actor) {
      case 'anonymous':
        return undefined;
      case 'candidateA':
      case 'candidateB':
        return withProfile ? (await candidateWithProfile(c)).user : registerUser(c, 'candidate');
      case 'employerNoOrg':
        return registerUser(c, 'employer');
      case 'employerPending':
        return employerWithStatus(c, 'pending');
      case 'employerX':
      case 'employerY':
        return verifiedEmployer(c, t.staff);
      case 'staff':
        return staffUser(c);
    }
  };

  const offerOf = async (id: string) => (await sql(`SELECT status, version, title FROM job_offers WHERE id = $1`, [id]))[0];
  const invite = async (offerId: string, candidateId: string): Promise<string> => {
    const res = await t.http().post(`/api/v1/job-offers/${offerId}/invitations`).set(X.auth).send({ candidateId, message: 'Hallo!' });
    if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const invitationStatus = async (id: string) => (await sql(`SELECT status FROM invitations WHERE id = $1`, [id]))[0];
  /** A fresh invitation of A (to a fresh published offer of X). */
  const freshInvitationOfA = async () => {
    const offer = await publishedOffer(c, X, t.staff);
    return { invitation: await invite(offer.id, A.profile.id) };
  };
  const latestNotificationOf = async (userId: string) =>
    (await sql<{ id: string }>(`SELECT id FROM notifications WHERE recipient_user_id = $1 ORDER BY created_at DESC LIMIT 1`, [userId]))[0]
      .id;
  const savedSearch = async (user: TestUser, kind: 'job_offers' | 'candidates'): Promise<string> => {
    const res = await t
      .http()
      .post('/api/v1/saved-searches')
      .set(user.auth)
      .send({ kind, name: 'Python', query: { q: 'Python' }, alert: 'off' });
    if (res.status !== 201) throw new Error(`saved search failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const currentVersion = async (user: TestUser | undefined, path: string, fallback: TestUser) => {
    const res = await t
      .http()
      .get(path)
      .set((user ?? fallback).auth);
    return res.status === 200 ? (res.body.version as number) : 1;
  };
  const mailToken = async (email: string, count: number, prefix: string) => {
    const mails = await peer().waitFor(email, count);
    return tokenOf(linkIn(mails[count - 1], `${PUBLIC_URL}/${prefix}?token=`));
  };

  beforeAll(async () => {
    document = (await t.http().get('/docs-json').expect(200)).body as OpenAPIObject;
    [A, B, hidden, noOrg, pending, X, Y] = await Promise.all([
      candidateWithProfile(c, { firstName: 'Amira', lastName: 'Aziz' }),
      candidateWithProfile(c, { firstName: 'Bogdan', lastName: 'Bondar' }),
      candidateWithProfile(c, { visibility: 'hidden' }),
      registerUser(c, 'employer'),
      employerWithStatus(c, 'pending', t.staff),
      verifiedEmployer(c, t.staff, { name: 'X Software GmbH' }),
      verifiedEmployer(c, t.staff, { name: 'Y Logistik GmbH' }),
    ]);
    o.offer = (await publishedOffer(c, X, t.staff)).id;
    o.draft = (await draftOffer(c, X)).id;
    // A's invitation (pending: no consent from it) and A's application (consent to X only).
    o.invitation = await invite(o.offer, A.profile.id);
    o.notification = await latestNotificationOf(A.user.id);
    const applied = await t.http().post(`/api/v1/job-offers/${o.offer}/applications`).set(A.user.auth).send({ message: 'Gern!' });
    expect(applied.status).toBe(201);
    o.savedSearch = await savedSearch(A.user, 'job_offers');
  });

  const rows: Row[] = [
    // --- health, docs-free public reads
    { route: 'GET /health', expected: all(200), path: () => '/health' },
    { route: 'GET /api/v1/places', expected: all(200), path: () => '/api/v1/places', query: { q: 'Dres' } },
    { route: 'GET /api/v1/taxonomy/skills', expected: all(200), path: () => '/api/v1/taxonomy/skills', query: { q: 'pyth' } },
    { route: 'GET /api/v1/taxonomy/occupations', expected: all(200), path: () => '/api/v1/taxonomy/occupations', query: { q: 'softw' } },
    {
      route: 'GET /api/v1/taxonomy/occupations/{id}/skills',
      expected: all(200),
      path: () => `/api/v1/taxonomy/occupations/${encodeURIComponent(SOFTWARE_DEVELOPER)}/skills`,
    },

    // --- auth and accounts
    {
      route: 'POST /api/v1/auth/register',
      expected: all(201),
      path: () => '/api/v1/auth/register',
      body: () => ({ email: uniqueEmail('matrix'), password: PASSWORD, role: 'candidate' }),
    },
    {
      route: 'POST /api/v1/auth/login',
      expected: all(200),
      path: () => '/api/v1/auth/login',
      body: () => ({ email: A.user.email, password: A.user.password }),
    },
    {
      route: 'GET /api/v1/auth/me',
      expected: signedIn(200),
      path: () => '/api/v1/auth/me',
      check: (cell, body) => expect(body.id).toBe(cell.user!.id),
    },
    { route: 'PATCH /api/v1/auth/me', expected: signedIn(200), path: () => '/api/v1/auth/me', body: () => ({ language: 'en' }) },
    {
      route: 'POST /api/v1/auth/verify-email',
      expected: all(204),
      path: () => '/api/v1/auth/verify-email',
      fresh: async () => {
        const user = await registerUser(c, 'candidate');
        return { token: await mailToken(user.email, 1, 'verify-email') };
      },
      body: (cell) => ({ token: cell.own.token }),
    },
    {
      route: 'POST /api/v1/auth/verify-email/resend',
      expected: signedIn(204),
      freshActors: true,
      path: () => '/api/v1/auth/verify-email/resend',
    },
    {
      route: 'POST /api/v1/auth/password-reset',
      expected: all(202),
      path: () => '/api/v1/auth/password-reset',
      body: () => ({ email: uniqueEmail('nobody') }),
    },
    {
      route: 'POST /api/v1/auth/password-reset/confirm',
      expected: all(204),
      path: () => '/api/v1/auth/password-reset/confirm',
      fresh: async () => {
        const user = await registerUser(c, 'candidate');
        await t.http().post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
        return { token: await mailToken(user.email, 2, 'reset-password') };
      },
      body: (cell) => ({ token: cell.own.token, password: 'a brand new password 42' }),
    },
    {
      route: 'POST /api/v1/auth/password',
      expected: signedIn(200),
      freshActors: true,
      path: () => '/api/v1/auth/password',
      body: (cell) => ({ currentPassword: cell.user?.password ?? PASSWORD, newPassword: 'a brand new password 42' }),
    },
    { route: 'POST /api/v1/auth/logout', expected: signedIn(204), freshActors: true, path: () => '/api/v1/auth/logout' },

    // --- candidate profiles: "me" routes act on the caller's own profile only
    {
      route: 'GET /api/v1/candidates/me',
      expected: candidatesOnly(200),
      path: () => '/api/v1/candidates/me',
      check: (cell, body) => expect(body.id).toBe(cell.actor === 'candidateA' ? A.profile.id : B.profile.id),
    },
    {
      route: 'PUT /api/v1/candidates/me',
      expected: candidatesOnly(200),
      path: () => '/api/v1/candidates/me',
      body: (cell) =>
        profileBody(cell.actor === 'candidateB' ? { firstName: 'Bogdan', lastName: 'Bondar' } : { firstName: 'Amira', lastName: 'Aziz' }),
      stored: () => sql(`SELECT id, version FROM candidate_profiles WHERE id = $1`, [A.profile.id]),
      check: (cell, body) => expect(body.id).toBe(cell.actor === 'candidateA' ? A.profile.id : B.profile.id),
    },
    {
      route: 'PATCH /api/v1/candidates/me',
      expected: candidatesOnly(200),
      path: () => '/api/v1/candidates/me',
      body: async (cell) => ({ version: await currentVersion(cell.user, '/api/v1/candidates/me', A.user), openToRemote: true }),
      stored: () => sql(`SELECT id, version FROM candidate_profiles WHERE id = $1`, [A.profile.id]),
    },
    {
      route: 'GET /api/v1/candidates/me/export',
      expected: candidatesOnly(200),
      path: () => '/api/v1/candidates/me/export',
      check: (cell, body) => {
        const text = JSON.stringify(body);
        if (cell.actor === 'candidateB') {
          expect(text).not.toContain(A.user.email);
          expect(text).not.toContain(A.profile.id);
          expect(text).not.toContain(o.invitation);
          expect(text).not.toContain(o.notification);
          expect(text).not.toContain(o.savedSearch);
        } else expect(text).toContain(A.user.email);
      },
    },
    {
      route: 'DELETE /api/v1/candidates/me',
      expected: candidatesOnly(204),
      freshActors: 'profile',
      path: () => '/api/v1/candidates/me',
      stored: () => sql(`SELECT id, version FROM candidate_profiles WHERE id = $1`, [A.profile.id]),
    },
    {
      route: 'GET /api/v1/candidates/search',
      expected: allowing(200, ['employerX', 'employerY', 'staff']),
      path: () => '/api/v1/candidates/search',
      query: { limit: '100' },
      // Every change is in the index first: A is found, the hidden profile never, and no contact data.
      fresh: async () => {
        await outboxDrained(c);
        return {};
      },
      check: (_cell, body) => {
        const found = (body.items as { id: string }[]).map((item) => item.id);
        expect(found).toContain(A.profile.id);
        expect(found).not.toContain(hidden.profile.id);
        expect(JSON.stringify(body)).not.toContain(A.user.email);
      },
    },
    {
      route: 'GET /api/v1/candidates/{id}',
      expected: allowing(200, ['employerX', 'employerY', 'staff']),
      path: () => `/api/v1/candidates/${A.profile.id}`,
      // Contact data only with consent: A applied to X's offer, never to Y.
      check: (cell, body) => {
        const text = JSON.stringify(body);
        if (cell.actor === 'employerY') expect(text).not.toContain(A.user.email);
        else expect(text).toContain(A.user.email);
        if (cell.actor === 'employerY') expect(text).not.toContain('Aziz');
      },
    },
    {
      route: 'GET /api/v1/candidates/{id} (a hidden profile)',
      expected: { ...allowing(200, ['employerX', 'employerY', 'staff']), employerX: 404, employerY: 404 },
      path: () => `/api/v1/candidates/${hidden.profile.id}`,
    },
    {
      route: 'GET /api/v1/candidates/{id} (B: no consent to anyone)',
      expected: allowing(200, ['employerX', 'employerY', 'staff']),
      path: () => `/api/v1/candidates/${B.profile.id}`,
      check: (cell, body) => {
        if (cell.actor !== 'staff') expect(JSON.stringify(body)).not.toContain(B.user.email);
      },
    },
    { route: 'GET /api/v1/candidates/me/matches', expected: candidatesOnly(200), path: () => '/api/v1/candidates/me/matches' },

    // --- employers
    {
      route: 'PUT /api/v1/employers/me',
      expected: allowing(200, EMPLOYERS),
      freshActors: true,
      path: () => '/api/v1/employers/me',
      body: () => employerBody(),
    },
    {
      route: 'GET /api/v1/employers/me',
      expected: { ...allowing(200, EMPLOYERS), employerNoOrg: 404 },
      path: () => '/api/v1/employers/me',
      check: (cell, body) => expect(body.id).toBe((users()[cell.actor] as TestEmployer).employerId),
    },

    // --- job offers
    {
      route: 'POST /api/v1/job-offers',
      expected: { ...allowing(201, ['employerPending', 'employerX', 'employerY']) },
      path: () => '/api/v1/job-offers',
      body: () => offerBody(),
    },
    {
      route: 'GET /api/v1/job-offers/mine',
      expected: allowing(200, EMPLOYERS),
      path: () => '/api/v1/job-offers/mine',
      check: (cell, body) => {
        const ids = (body.items as { id: string }[]).map((i) => i.id);
        if (cell.actor === 'employerX') expect(ids).toEqual(expect.arrayContaining([o.offer, o.draft]));
        else expect(ids).not.toEqual(expect.arrayContaining([o.offer]));
        if (cell.actor !== 'employerX') expect(ids).not.toContain(o.draft);
      },
    },
    { route: 'GET /api/v1/job-offers/search', expected: all(200), path: () => '/api/v1/job-offers/search' },
    { route: 'GET /api/v1/job-offers/{id}', expected: all(200), path: () => `/api/v1/job-offers/${o.offer}` },
    {
      route: 'GET /api/v1/job-offers/{id} (X’s draft)',
      expected: { ...all(404), employerX: 200, staff: 200 },
      path: () => `/api/v1/job-offers/${o.draft}`,
    },
    {
      route: 'PATCH /api/v1/job-offers/{id}',
      expected: { ...allowing(200, ['employerX'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.draft}`,
      body: async () => ({ version: (await offerOf(o.draft)).version, title: `Python-Entwickler/in ${randomUUID().slice(0, 6)}` }),
      stored: () => offerOf(o.draft),
    },
    {
      route: 'POST /api/v1/job-offers/{id}/submit',
      expected: { ...allowing(200, ['employerX'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      fresh: async () => ({ offer: (await draftOffer(c, X)).id }),
      path: (cell) => `/api/v1/job-offers/${cell.own.offer}/submit`,
      stored: (cell) => offerOf(cell.own.offer),
    },
    {
      route: 'POST /api/v1/job-offers/{id}/submit (the pending employer’s own draft)',
      expected: { ...allowing(200, [], 403), employerNoOrg: 404, employerX: 404, employerY: 404 },
      fresh: async () => ({ offer: (await draftOffer(c, pending)).id }),
      path: (cell) => `/api/v1/job-offers/${cell.own.offer}/submit`,
      stored: (cell) => offerOf(cell.own.offer),
    },
    {
      route: 'POST /api/v1/job-offers/{id}/close',
      expected: { ...allowing(200, ['employerX', 'staff'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      fresh: async () => ({ offer: (await publishedOffer(c, X, t.staff)).id }),
      path: (cell) => `/api/v1/job-offers/${cell.own.offer}/close`,
      stored: (cell) => offerOf(cell.own.offer),
    },
    {
      route: 'GET /api/v1/job-offers/{id}/matches',
      expected: { ...allowing(200, ['employerX', 'staff'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.offer}/matches`,
      // A hidden profile never appears; B's contact data (no consent to anyone) never does either.
      check: (_cell, body) => {
        expect(JSON.stringify(body)).not.toContain(hidden.profile.id);
        expect(JSON.stringify(body)).not.toContain(B.user.email);
      },
    },
    {
      route: 'GET /api/v1/job-offers/{id}/matches (X’s draft)',
      expected: { ...allowing(200, ['employerX', 'staff'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.draft}/matches`,
    },

    // --- invitations and applications
    {
      route: 'POST /api/v1/job-offers/{id}/invitations',
      expected: { ...allowing(201, ['employerX'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      fresh: async () => ({ candidate: (await candidateWithProfile(c)).profile.id }),
      path: () => `/api/v1/job-offers/${o.offer}/invitations`,
      body: (cell) => ({ candidateId: cell.own.candidate, message: 'Hallo!' }),
      stored: (cell) => sql(`SELECT count(*) FROM invitations WHERE candidate_profile_id = $1`, [cell.own.candidate]),
    },
    {
      route: 'POST /api/v1/job-offers/{id}/invitations (a hidden profile)',
      expected: { ...allowing(201, [], 403), employerNoOrg: 404, employerPending: 404, employerX: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.offer}/invitations`,
      body: () => ({ candidateId: hidden.profile.id, message: 'Hallo!' }),
      stored: () => sql(`SELECT count(*) FROM invitations WHERE candidate_profile_id = $1`, [hidden.profile.id]),
    },
    {
      route: 'GET /api/v1/job-offers/{id}/invitations',
      expected: { ...allowing(200, ['employerX', 'staff'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.offer}/invitations`,
      check: (_cell, body) => expect(JSON.stringify(body)).toContain(o.invitation),
    },
    {
      route: 'GET /api/v1/job-offers/{id}/invitations (X’s draft)',
      expected: { ...allowing(200, ['employerX', 'staff'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.draft}/invitations`,
    },
    {
      route: 'GET /api/v1/candidates/me/invitations',
      expected: candidatesOnly(200),
      path: () => '/api/v1/candidates/me/invitations',
      check: (cell, body) => {
        const ids = (body.items as { id: string }[]).map((i) => i.id);
        if (cell.actor === 'candidateA') expect(ids).toContain(o.invitation);
        else expect(ids).not.toContain(o.invitation);
      },
    },
    {
      route: 'POST /api/v1/invitations/{id}/accept',
      expected: { ...allowing(200, ['candidateA']), candidateB: 404 },
      fresh: freshInvitationOfA,
      path: (cell) => `/api/v1/invitations/${cell.own.invitation}/accept`,
      stored: (cell) => invitationStatus(cell.own.invitation),
    },
    {
      route: 'POST /api/v1/invitations/{id}/decline',
      expected: { ...allowing(200, ['candidateA']), candidateB: 404 },
      fresh: freshInvitationOfA,
      path: (cell) => `/api/v1/invitations/${cell.own.invitation}/decline`,
      stored: (cell) => invitationStatus(cell.own.invitation),
    },
    {
      route: 'POST /api/v1/job-offers/{id}/applications',
      expected: candidatesOnly(201),
      fresh: async () => ({ offer: (await publishedOffer(c, X, t.staff)).id }),
      path: (cell) => `/api/v1/job-offers/${cell.own.offer}/applications`,
      body: () => ({ message: 'Gern!' }),
      stored: (cell) => sql(`SELECT count(*) FROM applications WHERE job_offer_id = $1`, [cell.own.offer]),
    },
    {
      route: 'POST /api/v1/job-offers/{id}/applications (X’s draft)',
      expected: { ...candidatesOnly(201), candidateA: 404, candidateB: 404 },
      path: () => `/api/v1/job-offers/${o.draft}/applications`,
      body: () => ({ message: 'Gern!' }),
      stored: () => sql(`SELECT count(*) FROM applications WHERE job_offer_id = $1`, [o.draft]),
    },
    {
      route: 'GET /api/v1/job-offers/{id}/applications',
      expected: { ...allowing(200, ['employerX', 'staff'], 403), employerNoOrg: 404, employerPending: 404, employerY: 404 },
      path: () => `/api/v1/job-offers/${o.offer}/applications`,
      check: (_cell, body) => expect(JSON.stringify(body)).toContain(A.user.email),
    },

    // --- notifications
    {
      route: 'GET /api/v1/notifications',
      expected: signedIn(200),
      path: () => '/api/v1/notifications',
      check: (cell, body) => {
        const ids = (body.items as { id: string }[]).map((i) => i.id);
        if (cell.actor === 'candidateA') expect(ids).toContain(o.notification);
        else expect(ids).not.toContain(o.notification);
      },
    },
    { route: 'GET /api/v1/notifications/unread-count', expected: signedIn(200), path: () => '/api/v1/notifications/unread-count' },
    {
      route: 'POST /api/v1/notifications/{id}/read',
      expected: { ...signedIn(404), candidateA: 204 },
      fresh: async () => {
        await freshInvitationOfA();
        return { notification: await latestNotificationOf(A.user.id) };
      },
      path: (cell) => `/api/v1/notifications/${cell.own.notification}/read`,
      stored: (cell) => sql(`SELECT read_at FROM notifications WHERE id = $1`, [cell.own.notification]),
    },
    {
      route: 'POST /api/v1/notifications/read-all',
      expected: signedIn(204),
      path: () => '/api/v1/notifications/read-all',
      // A's own read-all marks A's notifications read: this row runs after every row reading them (see the test below for B).
    },

    // --- saved searches
    {
      route: 'POST /api/v1/saved-searches',
      expected: { ...allowing(201, ['candidateA', 'candidateB', 'employerX', 'employerY']) },
      path: () => '/api/v1/saved-searches',
      body: (cell) => ({
        kind: cell.actor.startsWith('candidate') ? 'job_offers' : 'candidates',
        name: 'Python',
        query: { q: 'Python' },
        alert: 'off',
      }),
    },
    {
      route: 'GET /api/v1/saved-searches',
      expected: allowing(200, ['candidateA', 'candidateB', ...EMPLOYERS]),
      path: () => '/api/v1/saved-searches',
      check: (cell, body) => {
        const ids = (body.items as { id: string }[]).map((i) => i.id);
        if (cell.actor === 'candidateA') expect(ids).toContain(o.savedSearch);
        else expect(ids).not.toContain(o.savedSearch);
      },
    },
    {
      route: 'DELETE /api/v1/saved-searches/{id}',
      expected: { ...allowing(204, ['candidateA'], 404), staff: 403 },
      fresh: async () => ({ search: await savedSearch(A.user, 'job_offers') }),
      path: (cell) => `/api/v1/saved-searches/${cell.own.search}`,
      stored: (cell) => sql(`SELECT id FROM saved_searches WHERE id = $1`, [cell.own.search]),
    },

    // --- moderation and staff tools
    { route: 'GET /api/v1/moderation/queue', expected: staffOnly(200), path: () => '/api/v1/moderation/queue' },
    {
      route: 'POST /api/v1/moderation/job-offers/{id}/decision',
      expected: staffOnly(200),
      fresh: async () => {
        const draft = await draftOffer(c, X);
        await t.http().post(`/api/v1/job-offers/${draft.id}/submit`).set(X.auth).expect(200);
        return { offer: draft.id };
      },
      path: (cell) => `/api/v1/moderation/job-offers/${cell.own.offer}/decision`,
      body: () => ({ decision: 'approve' }),
      stored: (cell) => offerOf(cell.own.offer),
    },
    {
      route: 'POST /api/v1/moderation/employers/{id}/decision',
      expected: staffOnly(200),
      fresh: async () => ({ employer: (await employerWithStatus(c, 'pending')).employerId }),
      path: (cell) => `/api/v1/moderation/employers/${cell.own.employer}/decision`,
      body: () => ({ decision: 'verify' }),
      stored: (cell) => sql(`SELECT verification_status FROM employers WHERE id = $1`, [cell.own.employer]),
    },
    {
      route: 'POST /api/v1/moderation/candidates/{id}/decision',
      expected: staffOnly(200),
      fresh: async () => ({ candidate: (await candidateWithProfile(c)).profile.id }),
      path: (cell) => `/api/v1/moderation/candidates/${cell.own.candidate}/decision`,
      body: () => ({ decision: 'hide', reason: 'fake profile' }),
      stored: (cell) => sql(`SELECT version FROM candidate_profiles WHERE id = $1`, [cell.own.candidate]),
    },
    { route: 'GET /api/v1/moderation/audit-log', expected: staffOnly(200), path: () => '/api/v1/moderation/audit-log' },
    { route: 'GET /api/v1/moderation/statistics', expected: staffOnly(200), path: () => '/api/v1/moderation/statistics' },
    { route: 'GET /api/v1/matching/blue-card-thresholds', expected: staffOnly(200), path: () => '/api/v1/matching/blue-card-thresholds' },
    {
      route: 'POST /api/v1/matching/blue-card-thresholds',
      expected: staffOnly(201),
      path: () => '/api/v1/matching/blue-card-thresholds',
      body: () => ({ validFrom: '2099-01-01', standardAnnualEur: 90000, reducedAnnualEur: 80000, source: 'matrix test' }),
      stored: () => sql(`SELECT count(*) FROM blue_card_thresholds`),
    },
    { route: 'POST /api/v1/search/reindex', expected: staffOnly(200), path: () => '/api/v1/search/reindex' },
    { route: 'GET /api/v1/search/verify', expected: staffOnly(200), path: () => '/api/v1/search/verify' },
  ];

  it('has a row for every operation of the OpenAPI document, and none for an operation it lacks', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => (item as Record<string, unknown>)[method]).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(rows.map((row) => row.route.replace(/ \(.*\)$/, '')));
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !documented.includes(route))).toEqual([]);
  });

  it.each(rows.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const failures: string[] = [];
    // Fresh users and fixtures of every cell are made up front, side by side; the requests then run one by one.
    const cells = await Promise.all(
      ACTORS.map(async (actor): Promise<Cell> => {
        const fresh = row.freshActors && row.expected[actor] < 300;
        const cell: Cell = { actor, user: fresh ? await freshUser(actor, row.freshActors === 'profile') : users()[actor], own: {} };
        if (row.fresh) cell.own = await row.fresh(cell);
        return cell;
      }),
    );
    for (const cell of cells) {
      const { actor, user } = cell;
      const expected = row.expected[actor];
      const before = row.stored ? await row.stored(cell) : undefined;
      const method = row.route.split(' ')[0].toLowerCase() as Method;
      let req = t.http()[method](row.path(cell));
      if (row.query) req = req.query(row.query);
      if (user) req = req.set(user.auth);
      const res = await (row.body ? req.send(await row.body(cell)) : req);
      if (res.status !== expected) {
        failures.push(`${actor}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        continue;
      }
      if (expected >= 400 && row.stored) {
        expect({ actor, stored: await row.stored(cell) }).toEqual({ actor, stored: before });
      }
      if (expected < 300 && row.check) row.check(cell, res.body as Record<string, unknown>);
    }
    expect(failures).toEqual([]);
  });

  it('B’s read-all leaves A’s notifications unread', async () => {
    await freshInvitationOfA();
    const id = await latestNotificationOf(A.user.id);
    await t.http().post('/api/v1/notifications/read-all').set(B.user.auth).expect(204);
    await t.http().post('/api/v1/notifications/read-all').set(X.auth).expect(204);
    expect((await sql(`SELECT read_at FROM notifications WHERE id = $1`, [id]))[0].read_at).toBeNull();
  });

  describe('tokens that must answer 401', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = (claims: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }) => {
      const unsigned = `${b64(header)}.${b64(claims)}`;
      return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    };
    const claimsOf = (user: TestUser) => JSON.parse(Buffer.from(user.token.split('.')[1], 'base64url').toString());
    const routes = [
      { role: 'candidate' as const, path: '/api/v1/candidates/me', owner: () => A.user },
      { role: 'employer' as const, path: '/api/v1/job-offers/mine', owner: () => X as TestUser },
    ];
    const kinds: [string, (role: 'candidate' | 'employer', owner: TestUser) => Promise<string>][] = [
      ['expired', async (_role, owner) => sign({ ...claimsOf(owner), jti: randomUUID(), exp: now() - 10 }, t.config.jwtSecret)],
      [
        'wrong signature',
        async (_role, owner) => sign({ ...claimsOf(owner), jti: randomUUID() }, 'another secret that is long enough 0123'),
      ],
      ['alg none', async (_role, owner) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claimsOf(owner), jti: randomUUID() })}.`],
      [
        'of a deleted or erased user',
        async (role) => {
          if (role === 'candidate') {
            const fresh = await candidateWithProfile(c);
            await t.http().delete('/api/v1/candidates/me').set(fresh.user.auth).expect(204);
            return fresh.user.token;
          }
          const fresh = await registerUser(c, 'employer');
          await sql(`DELETE FROM users WHERE id = $1`, [fresh.id]);
          return fresh.token;
        },
      ],
      [
        'after logout',
        async (role) => {
          const fresh = await registerUser(c, role);
          await t.http().post('/api/v1/auth/logout').set(fresh.auth).expect(204);
          return fresh.token;
        },
      ],
      [
        'after password reset',
        async (role) => {
          const fresh = await registerUser(c, role);
          await t.http().post('/api/v1/auth/password-reset').send({ email: fresh.email }).expect(202);
          const token = await mailToken(fresh.email, 2, 'reset-password');
          await t.http().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'a brand new password 42' }).expect(204);
          return fresh.token;
        },
      ],
    ];
    it.each(routes.flatMap((route) => kinds.map(([kind, make]) => [route.path, kind, route, make] as const)))(
      'GET %s with a token %s → 401',
      async (_path, _kind, route, make) => {
        const token = await make(route.role, route.owner());
        await t.http().get(route.path).set(bearer(token)).expect(401);
        // The owner's own token still works: the refusal is about the token.
        await t.http().get(route.path).set(route.owner().auth).expect(200);
      },
    );
  });
});
