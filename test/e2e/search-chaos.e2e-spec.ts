import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Meilisearch } from 'meilisearch';
import { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { profileBody } from '../factories/candidates';
import { verifiedEmployer, type TestEmployer } from '../factories/employers';
import { offerBody } from '../factories/offers';
import { registerUser, type TestUser } from '../factories/users';
import { inParallel } from '../utils/concurrency';
import { useTestApp } from '../utils/test-app';
import { testServers } from '../utils/test-servers';

const WRITES = 1_000;
const CONCURRENCY = 8;
/** Meilisearch is killed once this many writes have answered, and restarted OUTAGE_MS later. */
const KILL_AFTER = 300;
const OUTAGE_MS = 3_000;
const CONVERGE_MS = 30_000;

jest.setTimeout(400_000);

interface Write {
  what: string;
  status: number;
  code?: string;
  /** Answered while Meilisearch was down. */
  duringOutage: boolean;
}

/**
 * Chaos: a Meilisearch of this suite's own is SIGKILLed in the middle of 1,000
 * concurrent profile and offer writes and restarted a few seconds later. No
 * write may be lost in PostgreSQL, and the indexes must converge to exactly
 * PostgreSQL's visible set.
 */
describe('search chaos: Meilisearch killed during 1,000 writes', () => {
  let dir: string;
  let meiliServer: EmbeddedMeilisearchServer;
  const key = () => testServers().meiliMasterKey;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tb-chaos-'));
    meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key() });
  });
  const t = useTestApp(() => ({ meiliUrl: meiliServer.url, env: { MEILI_TAXONOMY_INDEX: 'chaos_taxonomy' }, staff: true }));
  afterAll(async () => {
    await meiliServer?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every id in an index, straight from Meilisearch. */
  async function indexIds(meili: Meilisearch, name: string): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 1_000) {
      const page = await meili.index(`${t.config.meiliIndexPrefix}${name}`).getDocuments({ fields: ['id'], limit: 1_000, offset });
      ids.push(...page.results.map((d) => String(d.id)));
      if (page.results.length < 1_000) return ids.sort();
    }
  }

  async function visibleInPostgres(): Promise<{ candidates: string[]; offers: string[] }> {
    const candidates = await t.sql<{ id: string }>(
      `SELECT id FROM candidate_profiles
       WHERE visibility = 'employers' AND hidden_by_staff_at IS NULL AND retention_hidden_at IS NULL ORDER BY id`,
    );
    const offers = await t.sql<{ id: string }>(`SELECT id FROM job_offers WHERE status = 'published' ORDER BY id`);
    return { candidates: candidates.map((r) => r.id).sort(), offers: offers.map((r) => r.id).sort() };
  }

  it('every 2xx write is in PostgreSQL, and within 30 s of the restart the indexes hold exactly the visible set', async () => {
    const started = Date.now();
    const candidateScripts = 125;
    const offerScripts = 135;
    const candidates = await inParallel(
      Array.from({ length: candidateScripts }, () => () => registerUser(t, 'candidate')),
      CONCURRENCY,
    );
    const employers = await inParallel(
      Array.from({ length: 4 }, () => () => verifiedEmployer(t, t.staff)),
      4,
    );

    const writes: Write[] = [];
    let down = false;
    let killedAt = 0;
    let restartedAt = 0;
    let restart: Promise<void> | undefined;
    const meiliPort = meiliServer.port;
    const send = async (what: string, call: () => Promise<{ status: number; body: Record<string, unknown> }>) => {
      const res = await call();
      writes.push({ what, status: res.status, code: res.body?.code as string | undefined, duringOutage: down });
      if (!killedAt && writes.length >= KILL_AFTER) {
        killedAt = Date.now();
        down = true;
        process.kill(meiliServer.pid!, 'SIGKILL');
        restart = (async () => {
          await sleep(OUTAGE_MS);
          meiliServer = await EmbeddedMeilisearchServer.start({ dataDir: dir, masterKey: key(), port: meiliPort });
          down = false;
          restartedAt = Date.now();
        })();
      }
      return res.status >= 200 && res.status < 300 ? res.body : null;
    };

    /** What each profile's last 2xx answer said: PostgreSQL must hold exactly that. */
    const lastProfile = new Map<string, { visibility: string; headline: string; version: number }>();
    const lastOffer = new Map<string, { status: string; version: number }>();
    const remember = (body: Record<string, unknown> | null) => {
      if (body)
        lastProfile.set(String(body.id), {
          visibility: String(body.visibility),
          headline: String(body.headline),
          version: Number(body.version),
        });
      return body;
    };
    const rememberOffer = (body: Record<string, unknown> | null) => {
      if (body) lastOffer.set(String(body.id), { status: String(body.status), version: Number(body.version) });
      return body;
    };

    const candidateScript = (user: TestUser, i: number) => async () => {
      const put = (body: Record<string, unknown>) => t.http().put('/api/v1/candidates/me').set(user.auth).send(body);
      const patch = (body: Record<string, unknown>) => t.http().patch('/api/v1/candidates/me').set(user.auth).send(body);
      let p = remember(await send('profile create', () => put(profileBody({ visibility: i % 3 ? 'employers' : 'hidden' }))));
      if (!p) return;
      p = remember(await send('profile patch', () => patch({ version: p!.version, headline: `Chaos ${i} headline` })));
      if (!p) return;
      p = remember(
        await send('profile visibility', () =>
          patch({ version: p!.version, visibility: p!.visibility === 'hidden' ? 'employers' : 'hidden' }),
        ),
      );
      if (!p) return;
      remember(
        await send('profile visibility', () =>
          patch({ version: p!.version, visibility: p!.visibility === 'hidden' ? 'employers' : 'hidden' }),
        ),
      );
    };

    const offerScript = (employer: TestEmployer, i: number) => async () => {
      const o = rememberOffer(
        await send('offer create', () =>
          t
            .http()
            .post('/api/v1/job-offers')
            .set(employer.auth)
            .send(offerBody({ title: `Chaos-Stelle ${i}` })),
        ),
      );
      if (!o) return;
      const edited = rememberOffer(
        await send('offer patch', () =>
          t
            .http()
            .patch(`/api/v1/job-offers/${o.id}`)
            .set(employer.auth)
            .send({ version: o.version, title: `Chaos-Stelle ${i} (neu)` }),
        ),
      );
      if (!edited) return;
      if (!rememberOffer(await send('offer submit', () => t.http().post(`/api/v1/job-offers/${o.id}/submit`).set(employer.auth)))) return;
      const approved = rememberOffer(
        await send('offer approve', () =>
          t.http().post(`/api/v1/moderation/job-offers/${o.id}/decision`).set(t.staff.auth).send({ decision: 'approve' }),
        ),
      );
      if (!approved || i % 3) return;
      rememberOffer(await send('offer close', () => t.http().post(`/api/v1/job-offers/${o.id}/close`).set(employer.auth)));
    };

    // Interleaved, so that both kinds of writes run while Meilisearch is down.
    const scripts: (() => Promise<void>)[] = [];
    for (let i = 0; i < Math.max(candidateScripts, offerScripts); i++) {
      if (i < candidateScripts) scripts.push(candidateScript(candidates[i], i));
      if (i < offerScripts) scripts.push(offerScript(employers[i % employers.length], i));
    }
    const writesStarted = Date.now();
    await inParallel(scripts, CONCURRENCY);
    const writesMs = Date.now() - writesStarted;
    await restart;

    const setupMs = writesStarted - started;
    console.log(
      `search chaos: setup ${setupMs} ms, writes ${writesMs} ms, statuses ${JSON.stringify(writes.reduce<Record<string, number>>((m, w) => ({ ...m, [`${w.what} ${w.status}`]: (m[`${w.what} ${w.status}`] ?? 0) + 1 }), {}))}`,
    );
    expect(writes.length).toBeGreaterThanOrEqual(WRITES);
    expect(killedAt).toBeGreaterThan(0);
    expect(writes.filter((w) => w.duringOutage).length).toBeGreaterThan(0);
    // No write fails because search is down: the outbox takes the changes, and skills and occupations are
    // resolved from PostgreSQL's labels while the taxonomy index cannot answer.
    expect(writes.filter((w) => w.status >= 300)).toEqual([]);

    // Every 2xx write is in PostgreSQL: each row holds what its last successful answer said.
    const profiles = await t.sql<{ id: string; visibility: string; headline: string; version: number }>(
      `SELECT id, visibility, headline, version FROM candidate_profiles WHERE id = ANY($1::uuid[])`,
      [[...lastProfile.keys()]],
    );
    expect(new Map(profiles.map((r) => [r.id, { visibility: r.visibility, headline: r.headline, version: Number(r.version) }]))).toEqual(
      lastProfile,
    );
    const offers = await t.sql<{ id: string; status: string; version: number }>(
      `SELECT id, status, version FROM job_offers WHERE id = ANY($1::uuid[])`,
      [[...lastOffer.keys()]],
    );
    expect(new Map(offers.map((r) => [r.id, { status: r.status, version: Number(r.version) }]))).toEqual(lastOffer);

    // Converges to exactly PostgreSQL's visible set, both ways, within 30 s of the restart.
    const meili = createMeilisearchClient(meiliServer.url, key());
    const expected = await visibleInPostgres();
    expect(expected.candidates.length).toBeGreaterThan(0);
    expect(expected.offers.length).toBeGreaterThan(0);
    let indexed = { candidates: [] as string[], offers: [] as string[] };
    // From the restart, or from the last write when writes went on longer (a loaded machine).
    const from = Math.max(restartedAt, writesStarted + writesMs);
    for (;;) {
      indexed = { candidates: await indexIds(meili, 'candidates'), offers: await indexIds(meili, 'job_offers') };
      if (JSON.stringify(indexed) === JSON.stringify(expected) || Date.now() - from > CONVERGE_MS) break;
      await sleep(250);
    }
    const convergedMs = Date.now() - from;
    expect(indexed.candidates).toEqual(expected.candidates);
    expect(indexed.offers).toEqual(expected.offers);
    expect(await visibleInPostgres()).toEqual(expected);
    console.log(
      `search chaos: ${writes.length} writes in ${writesMs} ms (${writes.filter((w) => w.duringOutage).length} during the outage), ` +
        `converged ${convergedMs} ms after the restart (or the last write); ${expected.candidates.length} candidates, ${expected.offers.length} offers visible; ` +
        `${Date.now() - started} ms in all`,
    );
  });
});
