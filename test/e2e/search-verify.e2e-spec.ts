import { Logger } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { candidatesIndexDefinition } from '../../src/candidates/candidates.index';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { candidateWithProfile } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { SHARED_TAXONOMY_INDEX } from '../utils/prepare-template';
import { outboxDrained } from '../utils/search';
import { createTestApp, useTestApp } from '../utils/test-app';
import { testServers } from '../utils/test-servers';

const ROOT = resolve(__dirname, '..', '..');
const VERIFY = join(ROOT, 'dist', 'src', 'cli', 'search-verify.js');

jest.setTimeout(120_000);

/** Damage done by hand to the indexes: found by search:verify, repaired by reindex and at start-up. */
describe('search verify and repair', () => {
  const t = useTestApp({ staff: true });
  let meili: Meilisearch;
  let candidateIds: string[];
  let offerIds: string[];
  const uid = (name: string) => `${t.config.meiliIndexPrefix}${name}`;

  beforeAll(async () => {
    meili = createMeilisearchClient(t.config.meiliUrl, t.config.meiliMasterKey);
    const candidates = await Promise.all([0, 1, 2].map(() => candidateWithProfile(t)));
    candidateIds = candidates.map((c) => c.profile.id);
    const employer = await verifiedEmployer(t, t.staff);
    offerIds = [];
    for (let i = 0; i < 3; i++) offerIds.push((await publishedOffer(t, employer, t.staff, { title: `Verify-Stelle ${i}` })).id);
    await outboxDrained(t);
  });

  /** Runs `npm run search:verify` (the built CLI) against this suite's database and indexes. */
  async function verifyCli(): Promise<{ code: number | null; stdout: string; stderr: string }> {
    if (!existsSync(VERIFY)) throw new Error(`${VERIFY} is missing: run \`npm run build\` first`);
    const dataDir = await mkdtemp(join(tmpdir(), 'tb-verify-'));
    try {
      const servers = testServers();
      const child = spawn(process.execPath, [VERIFY], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATA_DIR: dataDir,
          DATABASE_URL: t.config.databaseUrl,
          MEILI_URL: t.config.meiliUrl,
          MEILI_MASTER_KEY: servers.meiliMasterKey,
          MEILI_INDEX_PREFIX: t.config.meiliIndexPrefix,
          MEILI_TAXONOMY_INDEX: SHARED_TAXONOMY_INDEX,
          JWT_SECRET: servers.jwtSecret,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: string[] = [];
      const err: string[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
      const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
      return { code, stdout: out.join(''), stderr: err.join('') };
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }

  it('reports nothing when the indexes match PostgreSQL', async () => {
    const res = await t.http().get('/api/v1/search/verify').set(t.staff.auth).expect(200);
    expect(res.body.inSync).toBe(true);
    expect(res.body.indexes.candidates).toMatchObject({ inSync: true, expectedCount: 3, indexedCount: 3, missing: [], unexpected: [] });
    expect(res.body.indexes.job_offers).toMatchObject({ inSync: true, expectedCount: 3, indexedCount: 3, missing: [], unexpected: [] });
  });

  it('documents deleted and added by hand: verify names them by id (route and CLI, exit 1); reindex repairs; verify is clean', async () => {
    const stray = { ...(await meili.index(uid('job_offers')).getDocument(offerIds[0])), id: '00000000-0000-4000-8000-000000000000' };
    await meili.index(uid('candidates')).deleteDocuments([candidateIds[1]]).waitTask();
    await meili.index(uid('job_offers')).deleteDocuments([offerIds[2]]).waitTask();
    await meili.index(uid('job_offers')).addDocuments([stray]).waitTask();

    const res = await t.http().get('/api/v1/search/verify').set(t.staff.auth).expect(200);
    expect(res.body.inSync).toBe(false);
    expect(res.body.indexes.candidates).toMatchObject({
      inSync: false,
      expectedCount: 3,
      indexedCount: 2,
      missingCount: 1,
      unexpectedCount: 0,
      missing: [candidateIds[1]],
    });
    expect(res.body.indexes.job_offers).toMatchObject({
      inSync: false,
      expectedCount: 3,
      indexedCount: 3,
      missing: [offerIds[2]],
      unexpected: [stray.id],
    });

    const cli = await verifyCli();
    expect({ code: cli.code, stderr: cli.stderr.slice(-500) }).toEqual({ code: 1, stderr: expect.any(String) });
    expect(cli.stdout).toContain(`candidates: DIFFERS (PostgreSQL 3, index 2, missing 1, unexpected 0)`);
    expect(cli.stdout).toContain(`missing: ${candidateIds[1]}`);
    expect(cli.stdout).toContain(`missing: ${offerIds[2]}`);
    expect(cli.stdout).toContain(`unexpected: ${stray.id}`);

    await t.http().post('/api/v1/search/reindex').set(t.staff.auth).expect(200);
    const after = await t.http().get('/api/v1/search/verify').set(t.staff.auth).expect(200);
    expect(after.body.inSync).toBe(true);
    const clean = await verifyCli();
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('candidates: in sync (PostgreSQL 3, index 3, missing 0, unexpected 0)');
    expect(clean.stdout).toContain('job_offers: in sync (PostgreSQL 3, index 3, missing 0, unexpected 0)');
  });

  it('settings changed by hand (a filterable attribute removed) are detected and repaired when an app instance starts', async () => {
    const index = meili.index(uid('candidates'));
    const declared = candidatesIndexDefinition.settings.filterableAttributes as string[];
    const damaged = declared.filter((a) => a !== 'workPermit');
    await index.updateSettings({ filterableAttributes: damaged }).waitTask();
    expect(await index.getFilterableAttributes()).not.toContain('workPermit');

    const warn = jest.spyOn(Logger.prototype, 'warn');
    const second = await createTestApp({ shareWith: t });
    try {
      const messages = warn.mock.calls.map((c) => String(c[0]));
      expect(messages).toContainEqual(expect.stringContaining(`Settings of index ${uid('candidates')} differ`));
      expect(messages).not.toContainEqual(expect.stringContaining(`Settings of index ${uid('job_offers')} differ`));
      expect([...((await index.getFilterableAttributes()) as string[])].sort()).toEqual([...declared].sort());
      const filtered = await t
        .http()
        .get('/api/v1/candidates/search')
        .set((await verifiedEmployer(t, t.staff)).auth)
        .query({ workPermit: 'needs_visa' });
      expect(filtered.status).toBe(200);
    } finally {
      warn.mockRestore();
      await second.close();
    }
  });

  it('verify is for staff only', async () => {
    expect((await t.http().get('/api/v1/search/verify')).status).toBe(401);
  });
});
