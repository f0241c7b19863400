import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { createNotesTable, NotesIndexModule, writeNotes } from '../fixtures/notes-index.module';
import { candidateWithProfile } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { offerBody } from '../factories/offers';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';
import { testServers } from '../utils/test-servers';

/** This suite stops and restarts a Meilisearch of its own; the other suites keep theirs. */
describe('search outage: writes succeed, the index converges when Meilisearch is back', () => {
  let dir: string;
  let meiliServer: EmbeddedMeilisearchServer;
  const key = () => testServers().meiliMasterKey;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tb-outage-'));
    meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key() });
  });
  // Started after this suite's Meilisearch, closed before it is stopped (hooks run in the order they are declared).
  const t = useTestApp(() => ({
    meiliUrl: meiliServer.url,
    imports: [NotesIndexModule],
    env: { MEILI_TAXONOMY_INDEX: 'outage_taxonomy' },
    staff: true,
  }));
  beforeAll(() => createNotesTable(t));
  afterAll(async () => {
    await meiliServer?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps changes in the outbox while search is down and applies them after the restart', async () => {
    await writeNotes(t, [{ id: 'before', text: 'Pflegefachkraft Bautzen' }]);
    await outboxDrained(t, 'notes');

    const port = meiliServer.port;
    await meiliServer.stop();
    expect((await t.http().get('/health')).status).toBe(503);

    await writeNotes(t, [{ id: 'during', text: 'Pflegefachkraft Görlitz' }]);
    // The worker tries, fails, and keeps the row with the reason and a back-off.
    let row: { attempts: number; last_error: string | null } | undefined;
    const deadline = Date.now() + 10_000;
    while (!(row?.attempts && row.last_error) && Date.now() < deadline) {
      [row] = await t.sql(`SELECT attempts, last_error FROM search_outbox WHERE entity_id = 'during'`);
      await sleep(50);
    }
    expect(row?.attempts).toBeGreaterThanOrEqual(1);
    expect(row?.last_error).toMatch(/unavailable/i);

    meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key(), port });
    await outboxDrained(t, 'notes', 30_000);
    const meili = createMeilisearchClient(meiliServer.url, key());
    const hits = await meili.index(`${t.config.meiliIndexPrefix}notes`).search('Pflegefachkraft');
    expect(hits.hits.map((h) => h.id).sort()).toEqual(['before', 'during']);
    expect((await t.http().get('/health')).status).toBe(200);
  });

  it('an offer approved while search is down: the decision succeeds, the offer is findable once search is back', async () => {
    const employer = await verifiedEmployer(t, t.staff, { name: 'Ausfallsicher GmbH' });
    const created = await t
      .http()
      .post('/api/v1/job-offers')
      .set(employer.auth)
      .send(offerBody({ title: 'Schweißer (m/w/d) Riesa' }))
      .expect(201);
    await t.http().post(`/api/v1/job-offers/${created.body.id}/submit`).set(employer.auth).expect(200);

    const port = meiliServer.port;
    await meiliServer.stop();
    const approved = await t
      .http()
      .post(`/api/v1/moderation/job-offers/${created.body.id}/decision`)
      .set(t.staff.auth)
      .send({ decision: 'approve' });
    expect(approved.status).toBeLessThan(300);
    expect((await t.http().get(`/api/v1/job-offers/${created.body.id}`)).body.status).toBe('published');
    // Search itself cannot answer now, and says so instead of returning "no offers".
    const unavailable = await t.http().get('/api/v1/job-offers/search').query({ q: 'Schweißer' });
    expect(unavailable.status).toBe(503);
    expect(unavailable.body).toMatchObject({ statusCode: 503, code: 'search.unavailable' });

    meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key(), port });
    await outboxDrained(t, undefined, 30_000);
    const res = await t.http().get('/api/v1/job-offers/search').query({ q: 'Schweisser Riesa' }).expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
  });

  it('profiles and offers are saved while search is down, misspelt skills still resolved to ESCO from PostgreSQL', async () => {
    const employer = await verifiedEmployer(t, t.staff, { name: 'Tippfehler GmbH' });
    const spelt = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody()).expect(201);
    const python = spelt.body.requiredSkills[0];
    expect(python.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);

    const port = meiliServer.port;
    await meiliServer.stop();
    const offer = await t
      .http()
      .post('/api/v1/job-offers')
      .set(employer.auth)
      .send(offerBody({ title: 'Datenbankentwickler/in', requiredSkills: ['pyhton', 'SQL'], occupation: 'Softwareentwickler/in' }));
    expect(offer.status).toBe(201);
    expect(offer.body.requiredSkills[0]).toEqual(python);
    expect(offer.body.occupation).toEqual(spelt.body.occupation);
    const { profile } = await candidateWithProfile(t, { skills: ['Pyhton', 'Kaffeekochen nach Art des Hauses'] });
    expect(profile.skills).toEqual([expect.objectContaining({ escoUri: python.escoUri }), expect.objectContaining({ escoUri: null })]);

    // Back for the suite's clean-up; converging after an outage is the first test's concern.
    meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key(), port });
  });
});
