import { setTimeout as sleep } from 'node:timers/promises';
import { SavedSearchAlertsService } from '../../src/saved-searches/saved-search-alerts.service';
import { MAX_SAVED_SEARCHES } from '../../src/saved-searches/saved-searches.service';
import { candidateWithProfile } from '../factories/candidates';
import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { draftOffer, publishedOffer } from '../factories/offers';
import { registerUser, type TestUser } from '../factories/users';
import { outboxDrained } from '../utils/search';
import { createTestApp, type TestApp, useTestApp } from '../utils/test-app';

const DAY_MS = 86_400_000;
/** The daily run as it happens a day (and more) from now. */
const tomorrow = (days = 1) => new Date(Date.now() + days * DAY_MS + 60_000);

interface Alert {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string;
}

describe('saved searches', () => {
  // The scheduled job stays off: each test runs the alerts itself.
  const t = useTestApp({ staff: true, env: { SAVED_SEARCH_ALERTS_JOB_ENABLED: 'false' } });
  let employer: TestUser;
  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff);
  });

  const save = (user: TestUser, body: Record<string, unknown>) => t.http().post('/api/v1/saved-searches').set(user.auth).send(body);
  const alertsOf = async (user: TestUser): Promise<Alert[]> =>
    ((await t.http().get('/api/v1/notifications').set(user.auth).expect(200)).body.items as Alert[]).filter(
      (n) => n.type === 'saved_search.results',
    );
  const alerts = () => t.app.get(SavedSearchAlertsService);
  /** Polls the user's alerts until there are `count` (instant alerts come from the search pipeline, not from the test). */
  const waitForAlerts = async (user: TestUser, count: number, timeoutMs = 15_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = await alertsOf(user);
      if (found.length >= count || Date.now() > until) return found;
      await sleep(100);
    }
  };

  describe('the routes', () => {
    it('a candidate saves a job search, lists it and deletes it; someone else’s is 404', async () => {
      const candidate = await registerUser(t, 'candidate');
      const created = await save(candidate, {
        kind: 'job_offers',
        name: 'Python in Dresden',
        query: { q: 'Python', cities: ['Dresden', 'Leipzig'], minSalary: 45000, visaSponsorship: true },
        alert: 'daily',
      }).expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        kind: 'job_offers',
        name: 'Python in Dresden',
        query: { q: 'Python', cities: 'Dresden,Leipzig', minSalary: '45000', visaSponsorship: 'true' },
        alert: 'daily',
        createdAt: expect.any(String),
        lastAlertAt: null,
      });
      const listed = await t.http().get('/api/v1/saved-searches').set(candidate.auth).expect(200);
      expect(listed.body).toMatchObject({ total: 1, page: 1, limit: 20, items: [{ id: created.body.id }] });

      const other = await registerUser(t, 'candidate');
      expect((await t.http().get('/api/v1/saved-searches').set(other.auth).expect(200)).body.total).toBe(0);
      const refused = await t.http().delete(`/api/v1/saved-searches/${created.body.id}`).set(other.auth).expect(404);
      expect(refused.body.code).toBe('saved_search.not_found');
      await t.http().delete(`/api/v1/saved-searches/${created.body.id}`).set(candidate.auth).expect(204);
      await t.http().delete(`/api/v1/saved-searches/${created.body.id}`).set(candidate.auth).expect(404);
      expect((await t.http().get('/api/v1/saved-searches').set(candidate.auth).expect(200)).body.total).toBe(0);
    });

    it('a bad search parameter answers 400 naming query.<parameter>, checked by the search route’s rules', async () => {
      const candidate = await registerUser(t, 'candidate');
      const bad = await save(candidate, {
        kind: 'job_offers',
        name: 'x',
        query: { minSalary: 'lots', colour: 'blue' },
        alert: 'off',
      }).expect(400);
      expect(bad.body.code).toBe('validation.failed');
      expect(bad.body.message).toContain('query.minSalary must be a number (annual EUR)');
      expect(bad.body.message).toContain('query.colour is not a parameter of this search');
      // A rule the search service checks itself (the same as GET /job-offers/search answers).
      const twice = await save(candidate, { kind: 'job_offers', name: 'x', query: { languages: 'de:B2,de:C1' }, alert: 'off' }).expect(400);
      expect(twice.body.message).toContain('query.languages');
      const employerQuery = await save(employer, { kind: 'candidates', name: 'x', query: { minDegree: 'diploma' }, alert: 'off' }).expect(
        400,
      );
      expect(employerQuery.body.message).toContain('query.minDegree must be one of vocational, bachelor, master, phd');
      const body = await save(candidate, { kind: 'job_offers', name: '', query: [], alert: 'hourly' }).expect(400);
      expect(body.body.message).toEqual(
        expect.arrayContaining([
          'name should not be empty',
          'alert must be one of: off, daily, instant',
          'query must be an object of search parameters',
        ]),
      );
    });

    it('each role saves its own kind (400 otherwise); an unverified employer 403; staff 403', async () => {
      const candidate = await registerUser(t, 'candidate');
      const wrong = await save(candidate, { kind: 'candidates', name: 'x', query: {}, alert: 'off' }).expect(400);
      expect(wrong.body.code).toBe('saved_search.wrong_kind');
      expect((await save(employer, { kind: 'job_offers', name: 'x', query: {}, alert: 'off' }).expect(400)).body.code).toBe(
        'saved_search.wrong_kind',
      );
      const unverified = await employerWithOrganisation(t);
      const refused = await save(unverified, { kind: 'candidates', name: 'x', query: {}, alert: 'off' }).expect(403);
      expect(refused.body.code).toBe('employer.not_verified');
      await save(t.staff, { kind: 'candidates', name: 'x', query: {}, alert: 'off' }).expect(403);
      await save(employer, { kind: 'candidates', name: 'Welders', query: { q: 'welder' }, alert: 'off' }).expect(201);
    });
  });

  describe('alerts', () => {
    it('a daily alert announces a new offer once, and never again', async () => {
      const candidate = await registerUser(t, 'candidate');
      const offerOwner = await verifiedEmployer(t, t.staff);
      const before = await publishedOffer(t, offerOwner, t.staff, { title: 'Kartograf/in Zwickau', city: 'Zwickau' });
      await outboxDrained(t, 'job_offers');
      const saved = await save(candidate, { kind: 'job_offers', name: 'Maps', query: { q: 'Kartograf' }, alert: 'daily' }).expect(201);

      // Due only a day after saving; what it found when saved is not news.
      expect(await alerts().runDaily(new Date())).toBe(0);
      expect(await alerts().runDaily(tomorrow())).toBe(0);
      expect(await alertsOf(candidate)).toEqual([]);

      const fresh = await publishedOffer(t, offerOwner, t.staff, { title: 'Kartograf/in Chemnitz', city: 'Chemnitz' });
      await outboxDrained(t, 'job_offers');
      expect(await alerts().runDaily(tomorrow(2))).toBe(1);
      const [alert] = await alertsOf(candidate);
      expect(alert.title).toBe('New results: Maps');
      expect(alert.body).toContain('Kartograf/in Chemnitz');
      expect(alert.body).not.toContain('Kartograf/in Zwickau');
      expect(alert.link).toBe('/?q=Kartograf');
      const listed = (await t.http().get('/api/v1/saved-searches').set(candidate.auth).expect(200)).body.items[0];
      expect(listed).toMatchObject({ id: saved.body.id, lastAlertAt: expect.any(String) });

      // Still findable, never announced again; an offer closed before the next run is not announced at all.
      const closed = await publishedOffer(t, offerOwner, t.staff, { title: 'Kartograf/in Plauen', city: 'Plauen' });
      await t.http().post(`/api/v1/job-offers/${closed.id}/close`).set(offerOwner.auth).expect(200);
      await outboxDrained(t, 'job_offers');
      expect(await alerts().runDaily(tomorrow(3))).toBe(0);
      expect(await alerts().runDaily(tomorrow(4))).toBe(0);
      expect(await alertsOf(candidate)).toHaveLength(1);
      expect([before.id, fresh.id]).toHaveLength(2);
    });

    it('an instant alert comes after indexing, without any job run, once per new offer', async () => {
      const candidate = await registerUser(t, 'candidate');
      const offerOwner = await verifiedEmployer(t, t.staff);
      await save(candidate, { kind: 'job_offers', name: 'Surveyors', query: { q: 'Vermessung' }, alert: 'instant' }).expect(201);
      await publishedOffer(t, offerOwner, t.staff, { title: 'Vermessungsingenieur/in' });
      const [alert] = await waitForAlerts(candidate, 1);
      expect(alert).toMatchObject({ title: 'New results: Surveyors' });
      expect(alert.body).toContain('Vermessungsingenieur/in');

      // The next one is announced on its own; the first never again.
      await publishedOffer(t, offerOwner, t.staff, { title: 'Vermessungstechniker/in' });
      const both = await waitForAlerts(candidate, 2);
      expect(both).toHaveLength(2);
      expect(both[0].body).toContain('Vermessungstechniker/in');
      expect(both[0].body).not.toContain('Vermessungsingenieur/in');
      await alerts().runInstant();
      expect(await alertsOf(candidate)).toHaveLength(2);
    });

    it('an employer’s alert names profiles by headline only, and a profile hidden since is not announced', async () => {
      const watcher = await verifiedEmployer(t, t.staff);
      await save(watcher, { kind: 'candidates', name: 'Glassblowers', query: { q: 'glassblower' }, alert: 'daily' }).expect(201);
      const shown = await candidateWithProfile(t, { firstName: 'Ilona', headline: 'Glassblower from Jablonec' });
      const hidden = await candidateWithProfile(t, { firstName: 'Petr', headline: 'Glassblower from Liberec' });
      await t
        .http()
        .patch('/api/v1/candidates/me')
        .set(hidden.user.auth)
        .send({ version: hidden.profile.version, visibility: 'hidden' })
        .expect(200);
      await outboxDrained(t, 'candidates');

      expect(await alerts().runDaily(tomorrow())).toBe(1);
      const [alert] = await alertsOf(watcher);
      expect(alert.body).toContain('new results: 1.');
      expect(alert.body).toContain('Glassblower from Jablonec');
      expect(alert.body).not.toContain('Liberec');
      expect(alert.body).not.toContain('Ilona');
      expect(alert.link).toBe('/employer/candidates?q=glassblower');
      expect(shown.profile.id).toEqual(expect.any(String));
    });

    it('an employer that lost its verification gets no alert', async () => {
      const watcher = await verifiedEmployer(t, t.staff);
      await save(watcher, { kind: 'candidates', name: 'Lacemakers', query: { q: 'lacemaker' }, alert: 'daily' }).expect(201);
      await candidateWithProfile(t, { headline: 'Lacemaker from Plauen' });
      await t
        .http()
        .post(`/api/v1/moderation/employers/${(await t.http().get('/api/v1/employers/me').set(watcher.auth)).body.id}/decision`)
        .set(t.staff.auth)
        .send({ decision: 'reject', reason: 'Company dissolved' })
        .expect(200);
      await outboxDrained(t, 'candidates');
      await alerts().runDaily(tomorrow());
      expect(await alertsOf(watcher)).toEqual([]);
    });

    it('GDPR: a graduate’s saved searches are in the export; an erased profile leaves no trace in employers’ saved searches', async () => {
      const watcher = await verifiedEmployer(t, t.staff);
      await save(watcher, { kind: 'candidates', name: 'Bookbinders', query: { q: 'bookbinder' }, alert: 'daily' }).expect(201);
      const { user, profile } = await candidateWithProfile(t, { headline: 'Bookbinder from Leipzig' });
      await outboxDrained(t, 'candidates');
      expect(await alerts().runDaily(tomorrow())).toBe(1);
      await save(user, { kind: 'job_offers', name: 'Bindery jobs', query: { q: 'Buchbinder' }, alert: 'off' }).expect(201);

      const exported = await t.http().get('/api/v1/candidates/me/export').set(user.auth).expect(200);
      expect(exported.body.savedSearches).toEqual([expect.objectContaining({ name: 'Bindery jobs', kind: 'job_offers', alert: 'off' })]);

      const seen = `SELECT count(*)::int AS n FROM saved_search_hits WHERE item_id = $1`;
      expect(await t.sql(seen, [profile.id])).toEqual([{ n: 1 }]);
      await t.http().delete('/api/v1/candidates/me').set(user.auth).expect(204);
      expect(await t.sql(seen, [profile.id])).toEqual([{ n: 0 }]);
      expect(await t.sql(`SELECT count(*)::int AS n FROM saved_searches WHERE owner_user_id = $1`, [user.id])).toEqual([{ n: 0 }]);
    });

    describe('with two app instances', () => {
      let second: TestApp;
      beforeAll(async () => {
        second = await createTestApp({ shareWith: t, env: { SAVED_SEARCH_ALERTS_JOB_ENABLED: 'false', SEARCH_WORKER_ENABLED: 'false' } });
      });
      afterAll(async () => {
        await second?.close();
      });

      it('the daily job runs once across instances (advisory lock): two runs at once announce once', async () => {
        const candidate = await registerUser(t, 'candidate');
        const offerOwner = await verifiedEmployer(t, t.staff);
        await save(candidate, { kind: 'job_offers', name: 'Weavers', query: { q: 'Weber' }, alert: 'daily' }).expect(201);
        await publishedOffer(t, offerOwner, t.staff, { title: 'Weber/in (Textil)' });
        await outboxDrained(t, 'job_offers');

        const runs = await Promise.all([alerts().runDaily(tomorrow()), second.app.get(SavedSearchAlertsService).runDaily(tomorrow())]);
        // One instance took the lock and sent the alert; the other skipped (null) or found nothing left due (0).
        expect(runs.filter((sent) => sent === 1)).toHaveLength(1);
        expect(runs.filter((sent) => sent !== 1).every((sent) => sent === null || sent === 0)).toBe(true);
        expect(await alertsOf(candidate)).toHaveLength(1);
      });

      it('while another instance holds the daily lock, a run skips at once and leaves the alert to it', async () => {
        const candidate = await registerUser(t, 'candidate');
        const offerOwner = await verifiedEmployer(t, t.staff);
        await save(candidate, { kind: 'job_offers', name: 'Potters', query: { q: 'Töpfer' }, alert: 'daily' }).expect(201);
        await publishedOffer(t, offerOwner, t.staff, { title: 'Töpfer/in' });
        await outboxDrained(t, 'job_offers');
        // The suite's own SQL connection stands for the instance that is running the job.
        await t.sql(`SELECT pg_advisory_lock(hashtextextended('saved-searches:daily', 0))`);
        try {
          expect(await second.app.get(SavedSearchAlertsService).runDaily(tomorrow())).toBeNull();
          expect(await alertsOf(candidate)).toEqual([]);
        } finally {
          await t.sql(`SELECT pg_advisory_unlock(hashtextextended('saved-searches:daily', 0))`);
        }
        expect(await second.app.get(SavedSearchAlertsService).runDaily(tomorrow())).toBe(1);
        expect(await alertsOf(candidate)).toHaveLength(1);
      });
    });
  });

  describe('filter injection in saved searches', () => {
    /** Filter syntax, quotes and escapes as parameter values: each must stay a value of the saved query. */
    const ATTEMPTS = [
      '"',
      '\\',
      '\\"',
      '" OR id EXISTS OR "',
      'x") OR (id EXISTS',
      'Dresden" OR status = "draft',
      'AND',
      'OR',
      'NOT',
      'EXISTS',
      '(',
      '1 TO 99999999',
      'de:B2 OR languages EXISTS',
      'true OR visibility = hidden',
      "'; DROP TABLE saved_searches; --",
    ];
    /** Every query parameter the search route documents (page, limit and lang too). */
    const parametersOf = async (path: string) => {
      const document = (await t.http().get('/docs-json').expect(200)).body as {
        paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
      };
      return document.paths[path].get.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    };
    /**
     * Saves one search per parameter × attempt, each stored (201) or refused naming the parameter (400), never
     * more; `newOwner()` gives another owner whenever one reaches the limit of saved searches. Returns the owners.
     */
    const saveAll = async (newOwner: () => Promise<TestUser>, kind: 'job_offers' | 'candidates', parameters: string[]) => {
      const owners = [await newOwner()];
      let stored = 0;
      for (const name of parameters) {
        for (const value of ATTEMPTS) {
          if (stored && stored % (MAX_SAVED_SEARCHES - 1) === 0) owners.push(await newOwner());
          const res = await save(owners.at(-1)!, { kind, name: `${name}: ${value}`, query: { [name]: value }, alert: 'daily' });
          expect({ name, value, status: res.status }).toEqual({ name, value, status: res.status === 201 ? 201 : 400 });
          if (res.status === 201) stored++;
          else expect(JSON.stringify(res.body.message)).toContain(`query.${name}`);
        }
      }
      expect(stored).toBeGreaterThan(ATTEMPTS.length);
      // The control: a plain search for the next visible item must announce it, or the test could not fail.
      await save(owners[0], { kind, name: 'control', query: { q: 'Injektionstest' }, alert: 'daily' }).expect(201);
      return owners;
    };
    /** Every item the owners' saved searches have ever found, and the text of every alert they were sent. */
    const foundBy = async (owners: TestUser[]) => ({
      items: (
        await t.sql<{ item_id: string }>(
          `SELECT DISTINCT h.item_id FROM saved_search_hits h JOIN saved_searches s ON s.id = h.saved_search_id
            WHERE s.owner_user_id = ANY($1::uuid[])`,
          [owners.map((o) => o.id)],
        )
      ).map((r) => r.item_id),
      alerts: (
        await t.sql<{ body: string }>(`SELECT body FROM notifications WHERE recipient_user_id = ANY($1::uuid[])`, [owners.map((o) => o.id)])
      ).map((r) => r.body),
    });

    it('job searches: no draft, pending, closed or rejected offer ever comes back, to no one else either', async () => {
      const owner = await verifiedEmployer(t, t.staff);
      const hiddenOffers = async (round: number) => {
        const draft = await draftOffer(t, owner, { title: `Injektionsgeheimnis Entwurf ${round}` });
        const pending = await draftOffer(t, owner, { title: `Injektionsgeheimnis Prüfung ${round}` });
        await t.http().post(`/api/v1/job-offers/${pending.id}/submit`).set(owner.auth).expect(200);
        const closed = await publishedOffer(t, owner, t.staff, { title: `Injektionsgeheimnis geschlossen ${round}` });
        await t.http().post(`/api/v1/job-offers/${closed.id}/close`).set(owner.auth).expect(200);
        const rejected = await draftOffer(t, owner, { title: `Injektionsgeheimnis abgelehnt ${round}` });
        await t.http().post(`/api/v1/job-offers/${rejected.id}/submit`).set(owner.auth).expect(200);
        await t
          .http()
          .post(`/api/v1/moderation/job-offers/${rejected.id}/decision`)
          .set(t.staff.auth)
          .send({ decision: 'reject', reason: 'Not a real job' })
          .expect(200);
        return [draft.id, pending.id, closed.id, rejected.id] as string[];
      };
      const hidden = await hiddenOffers(1);
      const visible = [(await publishedOffer(t, owner, t.staff, { title: 'Injektionstest Dresden' })).id as string];
      await outboxDrained(t, 'job_offers');

      const bystander = await registerUser(t, 'candidate');
      const candidates = await saveAll(() => registerUser(t, 'candidate'), 'job_offers', await parametersOf('/api/v1/job-offers/search'));

      hidden.push(...(await hiddenOffers(2)));
      visible.push((await publishedOffer(t, owner, t.staff, { title: 'Injektionstest Leipzig', city: 'Leipzig' })).id as string);
      await outboxDrained(t, 'job_offers');
      expect(await alerts().runDaily(tomorrow())).toBeGreaterThan(0);

      const found = await foundBy(candidates);
      expect(found.items).toContain(visible[1]);
      expect(found.items.filter((id) => hidden.includes(id))).toEqual([]);
      // Other tests' offers may be found too (the suite shares its database): each one is published.
      const published = await t.sql<{ id: string }>(`SELECT id FROM job_offers WHERE id = ANY($1::uuid[]) AND status = 'published'`, [
        found.items,
      ]);
      expect(published.map((r) => r.id).sort()).toEqual([...found.items].sort());
      expect(found.alerts.some((body) => body.includes('Injektionstest Leipzig'))).toBe(true);
      expect(found.alerts.filter((body) => body.includes('Injektionsgeheimnis'))).toEqual([]);
      expect(await foundBy([bystander])).toEqual({ items: [], alerts: [] });
    });

    it('candidate searches: no hidden, staff-hidden or erased profile ever comes back', async () => {
      const hiddenProfiles = async (round: number) => {
        const own = await candidateWithProfile(t, { headline: `Injektionsgeheimnis verborgen ${round}`, visibility: 'hidden' });
        const moderated = await candidateWithProfile(t, { headline: `Injektionsgeheimnis gesperrt ${round}` });
        await t
          .http()
          .post(`/api/v1/moderation/candidates/${moderated.profile.id}/decision`)
          .set(t.staff.auth)
          .send({ decision: 'hide', reason: 'misleading degree' })
          .expect(200);
        const erased = await candidateWithProfile(t, { headline: `Injektionsgeheimnis gelöscht ${round}` });
        await t.http().delete('/api/v1/candidates/me').set(erased.user.auth).expect(204);
        return [own.profile.id, moderated.profile.id, erased.profile.id];
      };
      const hidden = await hiddenProfiles(1);
      const visible = [(await candidateWithProfile(t, { headline: 'Injektionstest Schweißerin' })).profile.id];
      await outboxDrained(t, 'candidates');

      const watchers = await saveAll(() => verifiedEmployer(t, t.staff), 'candidates', await parametersOf('/api/v1/candidates/search'));

      hidden.push(...(await hiddenProfiles(2)));
      visible.push((await candidateWithProfile(t, { headline: 'Injektionstest Schlosserin' })).profile.id);
      await outboxDrained(t, 'candidates');
      expect(await alerts().runDaily(tomorrow())).toBeGreaterThan(0);

      const found = await foundBy(watchers);
      expect(found.items).toContain(visible[1]);
      expect(found.items.filter((id) => hidden.includes(id))).toEqual([]);
      const shown = await t.sql<{ id: string }>(
        `SELECT id FROM candidate_profiles WHERE id = ANY($1::uuid[])
            AND visibility = 'employers' AND hidden_by_staff_at IS NULL AND retention_hidden_at IS NULL`,
        [found.items],
      );
      expect(shown.map((r) => r.id).sort()).toEqual([...found.items].sort());
      expect(found.alerts.some((body) => body.includes('Injektionstest Schlosserin'))).toBe(true);
      expect(found.alerts.filter((body) => body.includes('Injektionsgeheimnis'))).toEqual([]);
    });
  });
});
