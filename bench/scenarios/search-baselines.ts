import type { SearchParams } from 'meilisearch';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { SearchReindexerService } from '../../src/search/indexing/search-reindexer.service';
import { SearchEngineService } from '../../src/search/search-engine.service';
import type { BenchStack } from '../bench-stack';

export interface CapturedSearch {
  uid: string;
  q: string;
  params: SearchParams;
}

/**
 * Runs one app request and records the Meilisearch search it sent (index, q,
 * filter string, facets, page…), so the raw baseline replays exactly that.
 */
export async function captureSearch(stack: BenchStack, request: () => Promise<unknown>): Promise<CapturedSearch> {
  const engine = stack.app.get(SearchEngineService);
  const original = engine.search.bind(engine);
  let captured: CapturedSearch | null = null;
  engine.search = (async (name: string, q: string, params: SearchParams) => {
    captured = { uid: engine.uid(name), q, params };
    return original(name, q, params);
  }) as SearchEngineService['search'];
  try {
    await request();
  } finally {
    delete (engine as unknown as Record<string, unknown>).search;
  }
  if (!captured) throw new Error('the app request did not search Meilisearch');
  return captured;
}

/** Rebuilds one index through the app's reindexer and measures it; then loads the same documents raw into a scratch index. */
export async function measureIndexBuild(stack: BenchStack, name: string, rawSample: number): Promise<string> {
  const started = process.hrtime.bigint();
  const result = (await stack.app.get(SearchReindexerService).reindex([name]))[name];
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const uid = stack.app.get(SearchEngineService).uid(name);
  const live = stack.meili.index(uid);
  const docs: Record<string, unknown>[] = [];
  while (docs.length < Math.min(rawSample, result.documents)) {
    const page = await live.getDocuments({ offset: docs.length, limit: 1000 });
    if (!page.results.length) break;
    docs.push(...page.results);
  }
  const scratch = `${uid}_bench_raw`;
  await stack.meili.createIndex(scratch, { primaryKey: 'id' }).waitTask({ timeout: 600_000 });
  await stack.meili
    .index(scratch)
    .updateSettings(await live.getSettings())
    .waitTask({ timeout: 600_000 });
  const rawStarted = process.hrtime.bigint();
  const tasks = [];
  for (let i = 0; i < docs.length; i += 1000) tasks.push(await stack.meili.index(scratch).addDocuments(docs.slice(i, i + 1000)));
  for (const t of tasks) await stack.meili.tasks.waitForTask(t.taskUid, { timeout: 1_800_000 });
  const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;
  await stack.meili.deleteIndex(scratch).waitTask({ timeout: 600_000 });
  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
  return (
    `index build (app reindex: PG read + mapping + Meilisearch): ${result.documents.toLocaleString('en')} docs in ${seconds.toFixed(1)} s = ${rate(result.documents, seconds)} docs/s; ` +
    `raw Meilisearch addDocuments of ${docs.length.toLocaleString('en')} of the same docs (batches of 1,000, same settings): ${rawSeconds.toFixed(1)} s = ${rate(docs.length, rawSeconds)} docs/s`
  );
}

/** A staff account (created in SQL: staff cannot sign up) and a verified employer, both logged in over HTTP. */
export async function verifiedEmployerToken(stack: BenchStack): Promise<string> {
  const post = async (path: string, body: object, token?: string, method = 'POST') => {
    const res = await fetch(`${stack.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown> & { accessToken: string; id: string };
  };
  const staffPassword = 'bench staff password 2026';
  await stack.pg.query(
    `INSERT INTO users (email, role, password_hash) VALUES ('bench-staff@bench.example', 'staff', $1) ON CONFLICT DO NOTHING`,
    [await stack.app.get(PasswordHasher).hash(staffPassword)],
  );
  const staff = await post('/auth/login', { email: 'bench-staff@bench.example', password: staffPassword });
  const employer = await post('/auth/register', {
    email: 'bench-searcher@bench.example',
    password: 'bench employer password',
    role: 'employer',
  });
  const organisation = await post(
    '/employers/me',
    {
      name: 'Bench Recruiting GmbH',
      city: 'Dresden',
      postalCode: '01067',
      industry: 'Personal',
      size: '10-49',
      description: 'Searches candidates.',
    },
    employer.accessToken,
    'PUT',
  );
  await post(`/moderation/employers/${organisation.id}/decision`, { decision: 'verify', reason: 'bench' }, staff.accessToken);
  return employer.accessToken;
}

export const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
