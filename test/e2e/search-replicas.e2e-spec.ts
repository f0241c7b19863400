import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { useTestApp } from '../utils/test-app';
import { testServers } from '../utils/test-servers';

/** Two Meilisearch replicas of this suite's own; one is stopped while offers change and searches run, then restarted. */
describe('search replicas: one replica down costs no search and no write; it converges when back', () => {
  const dirs: string[] = [];
  const servers: EmbeddedMeilisearchServer[] = [];
  const key = () => testServers().meiliMasterKey;

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      dirs.push(await mkdtemp(join(tmpdir(), `tb-replica-${i + 1}-`)));
      servers.push(await EmbeddedMeilisearchServer.start({ dataDir: dirs[i], masterKey: key() }));
    }
  });
  // Started after the replicas, closed before they are stopped (hooks run in the order they are declared).
  const t = useTestApp(() => ({
    meiliUrl: servers.map((s) => s.url).join(','),
    env: { MEILI_TAXONOMY_INDEX: 'replicas_taxonomy' },
    staff: true,
  }));
  afterAll(async () => {
    for (const server of servers) await server?.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const offerIdsOn = async (server: EmbeddedMeilisearchServer) => {
    const meili = createMeilisearchClient(server.url, key());
    const { results } = await meili.index(`${t.config.meiliIndexPrefix}job_offers`).getDocuments({ fields: ['id'], limit: 10_000 });
    return results.map((d) => String(d.id)).sort();
  };
  const publishedInPostgres = async () =>
    (await t.sql<{ id: string }>(`SELECT id FROM job_offers WHERE status = 'published'`)).map((r) => r.id).sort();
  const replicaHealth = async () => {
    const res = await t.http().get('/health');
    return { status: res.status, search: res.body.details?.search ?? res.body.info?.search };
  };

  it('answers every search and takes every write with a replica down, and the replica converges to PostgreSQL', async () => {
    const employer = await verifiedEmployer(t, t.staff, { name: 'Doppelt Hält Besser GmbH' });
    const offers: string[] = [];
    for (let i = 0; i < 3; i++) offers.push((await publishedOffer(t, employer, t.staff, { title: `Elektroniker ${i} Chemnitz` })).id);
    expect(await replicaHealth()).toEqual({
      status: 200,
      search: { status: 'up', replicas: { 'search-replica-1': { status: 'up' }, 'search-replica-2': { status: 'up' } } },
    });

    const down = servers[1];
    const port = down.port;
    await down.stop();
    const during = await replicaHealth();
    expect(during.status).toBe(200);
    expect(during.search.status).toBe('up');
    expect(during.search.replicas['search-replica-1']).toEqual({ status: 'up' });
    expect(during.search.replicas['search-replica-2'].status).toBe('down');

    // Searches run the whole time the writes do; every one must answer 200.
    let writing = true;
    const searchStatuses: number[] = [];
    const searching = (async () => {
      while (writing) {
        const res = await t.http().get('/api/v1/job-offers/search').query({ q: 'Elektroniker' });
        searchStatuses.push(res.status);
        await sleep(10);
      }
    })();
    const writeStatuses: number[] = [];
    try {
      for (let i = 3; i < 9; i++) {
        offers.push((await publishedOffer(t, employer, t.staff, { title: `Elektroniker ${i} Zwickau` })).id);
        writeStatuses.push(201, 200, 200); // create, submit, approve (the factory throws on anything else)
        if (i % 2) {
          const closed = await t.http().post(`/api/v1/job-offers/${offers.shift()}/close`).set(employer.auth);
          writeStatuses.push(closed.status);
        }
      }
    } finally {
      writing = false;
      await searching;
    }
    expect(writeStatuses.every((s) => s >= 200 && s < 300)).toBe(true);
    expect(searchStatuses.length).toBeGreaterThan(5);
    expect(searchStatuses.filter((s) => s !== 200)).toEqual([]);
    // The replica that stayed up has every change already.
    expect(await offerIdsOn(servers[0])).toEqual(await publishedInPostgres());
    // The stopped one is owed its changes as retry rows of its own.
    // (The worker may still be finishing its last batch.)
    const owed = async () =>
      Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM search_outbox WHERE replica = $1`, [down.url]))[0].n);
    const owedBy = Date.now() + 15_000;
    while ((await owed()) === 0 && Date.now() < owedBy) await sleep(50);
    expect(await owed()).toBeGreaterThan(0);

    servers[1] = await EmbeddedMeilisearchServer.start({ dataDir: dirs[1], masterKey: key(), port });
    const expected = await publishedInPostgres();
    const deadline = Date.now() + 30_000;
    let onReplica = await offerIdsOn(servers[1]).catch(() => [] as string[]);
    while (JSON.stringify(onReplica) !== JSON.stringify(expected) && Date.now() < deadline) {
      await sleep(100);
      onReplica = await offerIdsOn(servers[1]).catch(() => [] as string[]);
    }
    expect(onReplica).toEqual(expected);
    expect(await replicaHealth()).toEqual({
      status: 200,
      search: { status: 'up', replicas: { 'search-replica-1': { status: 'up' }, 'search-replica-2': { status: 'up' } } },
    });
  });

  it('is 503 only when no replica answers', async () => {
    const ports = servers.map((s) => s.port);
    for (const server of servers) await server.stop();
    const res = await t.http().get('/health');
    expect(res.status).toBe(503);
    expect(res.body.error.search.replicas['search-replica-1'].status).toBe('down');
    expect(res.body.error.search.replicas['search-replica-2'].status).toBe('down');
    const search = await t.http().get('/api/v1/job-offers/search').query({ q: 'Elektroniker' });
    expect(search.status).toBe(503);
    for (const [i, port] of ports.entries()) {
      servers[i] = await EmbeddedMeilisearchServer.start({ dataDir: dirs[i], masterKey: key(), port });
    }
    expect((await t.http().get('/health')).status).toBe(200);
  });
});
