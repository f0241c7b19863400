import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { createNotesTable, NotesIndexModule, writeNotes } from '../fixtures/notes-index.module';
import { offerBody, verifiedEmployer } from '../factories/offers';
import { outboxDrained } from '../utils/search';
import { createTestApp, TestApp } from '../utils/test-app';
import { testServers } from '../utils/test-servers';
import { staffUser } from '../utils/users';

/** This suite stops and restarts a Meilisearch of its own; the other suites keep theirs. */
describe('search outage: writes succeed, the index converges when Meilisearch is back', () => {
  let dir: string;
  let meiliServer: EmbeddedMeilisearchServer;
  let t: TestApp;
  const key = () => testServers().meiliMasterKey;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tb-outage-'));
    meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key() });
    t = await createTestApp({ meiliUrl: meiliServer.url, imports: [NotesIndexModule], env: { MEILI_TAXONOMY_INDEX: 'outage_taxonomy' } });
    await createNotesTable(t);
  });
  afterAll(async () => {
    await t?.close();
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
    const staff = await staffUser(t);
    const employer = await verifiedEmployer(t, staff, { name: 'Ausfallsicher GmbH' });
    const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody({ title: 'Schweißer (m/w/d) Riesa' })).expect(201);
    await t.http().post(`/api/v1/job-offers/${created.body.id}/submit`).set(employer.auth).expect(200);

    const port = meiliServer.port;
    await meiliServer.stop();
    const approved = await t.http().post(`/api/v1/moderation/job-offers/${created.body.id}/decision`).set(staff.auth).send({ decision: 'approve' });
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
});
