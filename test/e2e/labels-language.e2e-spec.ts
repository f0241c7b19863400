import { candidateWithProfile } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { PYTHON, SOFTWARE_DEVELOPER } from '../factories/esco';
import { offerBody, publishedOffer } from '../factories/offers';
import { type TestUser } from '../factories/users';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';

/** ESCO "SQL": the same preferred label in en, de and pl; none in cs. */
const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
/** ESCO "write database documentation": German label, no Polish one. */
const DB_DOCS = 'http://data.europa.eu/esco/skill/64db87c7-2360-4e20-88d3-d222402e477c';
const FREE_TEXT = 'Quantenknödel-Zubereitung';

/** The preferred labels the assertions below use, exactly as the shipped ESCO data has them. */
const LABELS: Record<string, Partial<Record<'en' | 'de' | 'pl' | 'cs', string>>> = {
  [PYTHON]: { en: 'Python (computer programming)', de: 'Python (Computerprogrammierung)', pl: 'Python (programowanie komputerowe)' },
  [SQL]: { en: 'SQL', de: 'SQL', pl: 'SQL' },
  [DB_DOCS]: { en: 'write database documentation', de: 'Datenbankdokumentation schreiben' },
  [SOFTWARE_DEVELOPER]: {
    en: 'software developer',
    de: 'Softwareentwickler/Softwareentwicklerin',
    pl: 'twórca oprogramowania',
    cs: 'softwarový vývojář/softwarová vývojářka',
  },
};

type Concept = { label: string; escoUri: string | null; lang: string | null };
type OfferView = { id: string; occupation: Concept; requiredSkills: Concept[]; optionalSkills: Concept[] };
type ProfileView = { id: string; skills: Concept[]; desiredOccupations: Concept[] };

describe('labels in the reader’s language (?lang= on the read routes)', () => {
  const t = useTestApp({ staff: true });
  let employer: TestUser;
  let offerId: string;
  let candidate: TestUser;
  let profileId: string;

  const offerFields = {
    title: 'Datenbankentwickler/in Python (m/w/d)',
    occupation: 'Softwareentwickler/in',
    requiredSkills: ['Python', 'SQL'],
    optionalSkills: ['write database documentation', FREE_TEXT],
    languages: [],
  };

  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff, { name: 'Lausitz Daten GmbH' });
    offerId = (await publishedOffer(t, employer, t.staff, offerFields)).id;
    const made = await candidateWithProfile(t, {
      skills: ['Python', 'SQL', 'write database documentation', FREE_TEXT],
      desiredOccupations: ['software developer'],
      languages: [{ code: 'en', level: 'C1' }],
      workPermit: 'eu_citizen',
    });
    candidate = made.user;
    profileId = made.profile.id;
    await outboxDrained(t);
  }, 60_000);

  it('the labels the assertions use are the ones in esco_labels (Polish lacks "write database documentation", Czech lacks Python)', async () => {
    const rows = await t.sql<{ uri: string; lang: 'en' | 'de' | 'pl' | 'cs'; label: string }>(
      `SELECT concept_uri AS uri, lang, label FROM esco_labels WHERE preferred AND concept_uri = ANY($1::text[])`,
      [Object.keys(LABELS)],
    );
    const stored: typeof LABELS = {};
    for (const r of rows) stored[r.uri] = { ...stored[r.uri], [r.lang]: r.label };
    for (const [uri, labels] of Object.entries(LABELS)) expect(stored[uri]).toMatchObject(labels);
    expect(stored[DB_DOCS]?.pl).toBeUndefined();
    expect(stored[PYTHON]?.cs).toBeUndefined();
  });

  const expectOffer = (offer: OfferView, lang: 'en' | 'de' | 'pl' | 'cs') => {
    const shown = (uri: string): Concept => {
      const label = LABELS[uri][lang];
      return label ? { label, escoUri: uri, lang } : { label: LABELS[uri].en!, escoUri: uri, lang: 'en' };
    };
    expect(offer.occupation).toEqual(shown(SOFTWARE_DEVELOPER));
    expect(offer.requiredSkills).toEqual([shown(PYTHON), shown(SQL)]);
    expect(offer.optionalSkills).toEqual([shown(DB_DOCS), { label: FREE_TEXT, escoUri: null, lang: null }]);
  };

  it('GET /job-offers/:id shows German with lang "de", Polish where ESCO has it and English (lang "en") where not; free text as written with lang null', async () => {
    const de = await t.http().get(`/api/v1/job-offers/${offerId}`).query({ lang: 'de' }).expect(200);
    expectOffer(de.body, 'de');
    expect(de.body.occupation).toEqual({ label: 'Softwareentwickler/Softwareentwicklerin', escoUri: SOFTWARE_DEVELOPER, lang: 'de' });

    const pl = await t.http().get(`/api/v1/job-offers/${offerId}`).query({ lang: 'pl' }).expect(200);
    expectOffer(pl.body, 'pl');
    expect(pl.body.occupation).toEqual({ label: 'twórca oprogramowania', escoUri: SOFTWARE_DEVELOPER, lang: 'pl' });
    expect(pl.body.optionalSkills[0]).toEqual({ label: 'write database documentation', escoUri: DB_DOCS, lang: 'en' });
    expect(pl.body.optionalSkills[1]).toEqual({ label: FREE_TEXT, escoUri: null, lang: null });

    expectOffer((await t.http().get(`/api/v1/job-offers/${offerId}`).query({ lang: 'cs' }).expect(200)).body, 'cs');
    // No lang: English, and every concept says so.
    expectOffer((await t.http().get(`/api/v1/job-offers/${offerId}`).expect(200)).body, 'en');
  });

  it('GET /job-offers/mine and /job-offers/search relabel their items; search facet keys stay the stored labels', async () => {
    const mine = await t.http().get('/api/v1/job-offers/mine').set(employer.auth).query({ lang: 'de' }).expect(200);
    expectOffer(
      mine.body.items.find((o: OfferView) => o.id === offerId),
      'de',
    );

    const search = await t.http().get('/api/v1/job-offers/search').query({ q: 'Datenbankentwickler', lang: 'pl' }).expect(200);
    const hit = search.body.items.find((o: OfferView) => o.id === offerId);
    expect(hit).toBeDefined();
    expectOffer(hit, 'pl');
    expect(Object.keys(search.body.facets.skills)).toEqual(
      expect.arrayContaining(['Python (computer programming)', 'SQL', 'write database documentation', FREE_TEXT]),
    );
    // The skills filter keeps its meaning whatever language the labels are shown in.
    const filtered = await t
      .http()
      .get('/api/v1/job-offers/search')
      .query({ skills: 'Python (Computerprogrammierung)', lang: 'de' })
      .expect(200);
    expect(filtered.body.items.map((o: OfferView) => o.id)).toContain(offerId);
  });

  const expectProfile = (profile: ProfileView, lang: 'en' | 'de' | 'pl' | 'cs') => {
    const shown = (uri: string): Concept => {
      const label = LABELS[uri][lang];
      return label ? { label, escoUri: uri, lang } : { label: LABELS[uri].en!, escoUri: uri, lang: 'en' };
    };
    expect(profile.skills).toEqual([shown(PYTHON), shown(SQL), shown(DB_DOCS), { label: FREE_TEXT, escoUri: null, lang: null }]);
    expect(profile.desiredOccupations).toEqual([shown(SOFTWARE_DEVELOPER)]);
  };

  it('GET /candidates/me?lang=pl shows the profile in Polish (English fallback, free text as written); /candidates/:id and search too', async () => {
    const pl = await t.http().get('/api/v1/candidates/me').set(candidate.auth).query({ lang: 'pl' }).expect(200);
    expectProfile(pl.body, 'pl');
    expect(pl.body.skills[2]).toEqual({ label: 'write database documentation', escoUri: DB_DOCS, lang: 'en' });
    expectProfile((await t.http().get('/api/v1/candidates/me').set(candidate.auth).expect(200)).body, 'en');

    expectProfile((await t.http().get(`/api/v1/candidates/${profileId}`).set(employer.auth).query({ lang: 'de' }).expect(200)).body, 'de');
    expectProfile((await t.http().get(`/api/v1/candidates/${profileId}`).set(t.staff.auth).query({ lang: 'cs' }).expect(200)).body, 'cs');

    const search = await t.http().get('/api/v1/candidates/search').set(employer.auth).query({ skills: 'SQL', lang: 'de' }).expect(200);
    const hit = search.body.items.find((p: ProfileView) => p.id === profileId);
    expect(hit).toBeDefined();
    expectProfile(hit, 'de');
  });

  it('matches show the embedded views and the explanation’s skill names in the asked language', async () => {
    const forCandidate = await t.http().get('/api/v1/candidates/me/matches').set(candidate.auth).query({ lang: 'de' }).expect(200);
    const match = forCandidate.body.items.find((m: { jobOffer: OfferView }) => m.jobOffer.id === offerId);
    expect(match).toBeDefined();
    expectOffer(match.jobOffer, 'de');
    expect(match.explanation.skills.matched).toEqual(
      expect.arrayContaining(['Python (Computerprogrammierung)', 'SQL', 'Datenbankdokumentation schreiben', FREE_TEXT]),
    );

    const forOffer = await t.http().get(`/api/v1/job-offers/${offerId}/matches`).set(employer.auth).query({ lang: 'pl' }).expect(200);
    const found = forOffer.body.items.find((m: { candidate: ProfileView }) => m.candidate.id === profileId);
    expect(found).toBeDefined();
    expectProfile(found.candidate, 'pl');
    expect(found.explanation.skills.matched).toEqual(
      expect.arrayContaining(['Python (programowanie komputerowe)', 'SQL', 'write database documentation', FREE_TEXT]),
    );
  });

  it('the answers of the write routes take lang too: a Polish editor sees Polish chips right after saving', async () => {
    const current = (await t.http().get('/api/v1/candidates/me').set(candidate.auth).expect(200)).body as ProfileView & { version: number };
    const patched = await t
      .http()
      .patch('/api/v1/candidates/me')
      .set(candidate.auth)
      .query({ lang: 'pl' })
      .send({ version: current.version, headline: 'Programistka Python' })
      .expect(200);
    expectProfile(patched.body, 'pl');
    // Without lang the answer keeps the labels as stored (what the contract always answered).
    const stored = await t.http().get('/api/v1/candidates/me').set(candidate.auth).expect(200);
    expectProfile(stored.body, 'en');

    const created = await t
      .http()
      .post('/api/v1/job-offers')
      .set(employer.auth)
      .query({ lang: 'de' })
      .send(offerBody(offerFields))
      .expect(201);
    expectOffer(created.body, 'de');
    const edited = await t
      .http()
      .patch(`/api/v1/job-offers/${created.body.id}`)
      .set(employer.auth)
      .query({ lang: 'pl' })
      .send({ version: created.body.version, description: 'Bez zmian w umiejętnościach.' })
      .expect(200);
    expectOffer(edited.body, 'pl');
    const bad = await t
      .http()
      .put('/api/v1/candidates/me')
      .set(candidate.auth)
      .query({ lang: 'xx' })
      .send({ firstName: 'A', lastName: 'B' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('lang must be one of: de, en, pl, cs');
  });

  it('an unknown lang is 400 naming lang on every read route', async () => {
    const routes: [string, TestUser | undefined][] = [
      [`/api/v1/job-offers/${offerId}`, undefined],
      ['/api/v1/job-offers/mine', employer],
      ['/api/v1/job-offers/search', undefined],
      [`/api/v1/job-offers/${offerId}/matches`, employer],
      ['/api/v1/candidates/me', candidate],
      [`/api/v1/candidates/${profileId}`, employer],
      ['/api/v1/candidates/search', employer],
      ['/api/v1/candidates/me/matches', candidate],
    ];
    for (const [path, user] of routes) {
      const req = t.http().get(path).query({ lang: 'xx' });
      const res = await (user ? req.set(user.auth) : req);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(res.body)).toContain('lang must be one of: de, en, pl, cs');
    }
  });
});
