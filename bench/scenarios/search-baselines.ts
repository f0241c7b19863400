import type { SearchParams } from 'meilisearch';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { SearchReindexerService } from '../../src/search/indexing/search-reindexer.service';
import { SearchEngineService } from '../../src/search/search-engine.service';
import type { BenchStack } from '../bench-stack';
import { api } from '../bench-context';

export interface CapturedSearch {
  uid: string;
  q: string;
  params: SearchParams;
}

/**
 * Runs one request against the in-process app and records the Meilisearch search it sent (index, q, filter string,
 * facets, page…), so the raw baseline replays exactly that.
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

/** The captured search as the body of Meilisearch's own `POST /indexes/:uid/search`. */
export const rawSearchRequest = (c: CapturedSearch) => ({
  method: 'POST' as const,
  path: `/indexes/${c.uid}/search`,
  body: JSON.stringify({ q: c.q, ...c.params }),
});

export interface IndexBuild {
  documents: number;
  appDocsPerSecond: number;
  rawDocsPerSecond: number;
  rawDocuments: number;
  docs: Record<string, unknown>[];
  settings: Record<string, unknown>;
}

/** Rebuilds one index through the app's reindexer and measures it; then loads the same documents raw into a scratch index. */
export async function measureIndexBuild(stack: BenchStack, name: string, rawSample: number): Promise<IndexBuild> {
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
  const settings = (await live.getSettings()) as Record<string, unknown>;
  const rawSeconds = await addDocumentsRaw(stack.meili, `${uid}_bench_raw`, docs, settings);
  return {
    documents: result.documents,
    appDocsPerSecond: result.documents / seconds,
    rawDocsPerSecond: docs.length / rawSeconds,
    rawDocuments: docs.length,
    docs,
    settings,
  };
}

/** Creates a scratch index with `settings`, adds `docs` in batches of 1,000, waits for every task, drops it; seconds spent adding. */
export async function addDocumentsRaw(
  meili: BenchStack['meili'],
  scratch: string,
  docs: Record<string, unknown>[],
  settings: Record<string, unknown>,
): Promise<number> {
  await meili.createIndex(scratch, { primaryKey: 'id' }).waitTask({ timeout: 600_000 });
  await meili.index(scratch).updateSettings(settings).waitTask({ timeout: 600_000 });
  const started = process.hrtime.bigint();
  const tasks = [];
  for (let i = 0; i < docs.length; i += 1000) tasks.push(await meili.index(scratch).addDocuments(docs.slice(i, i + 1000)));
  for (const t of tasks) await meili.tasks.waitForTask(t.taskUid, { timeout: 1_800_000, interval: 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await meili.deleteIndex(scratch).waitTask({ timeout: 600_000 });
  return seconds;
}

/** A staff account (created in SQL: staff cannot sign up) and a verified employer, both logged in over HTTP. */
export async function verifiedEmployerToken(stack: BenchStack): Promise<string> {
  type Answer = Record<string, unknown> & { accessToken: string; id: string };
  const staffPassword = 'bench staff password 2026';
  await stack.pg.query(
    `INSERT INTO users (email, role, password_hash) VALUES ('bench-staff@bench.example', 'staff', $1) ON CONFLICT DO NOTHING`,
    [await stack.app.get(PasswordHasher).hash(staffPassword)],
  );
  const staff = await api<Answer>(stack, 'POST', '/auth/login', { email: 'bench-staff@bench.example', password: staffPassword });
  const employer = await api<Answer>(stack, 'POST', '/auth/register', {
    email: 'bench-searcher@bench.example',
    password: 'bench employer password',
    role: 'employer',
  });
  const organisation = await api<Answer>(
    stack,
    'PUT',
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
  );
  await api(stack, 'POST', `/moderation/employers/${organisation.id}/decision`, { decision: 'verify', reason: 'bench' }, staff.accessToken);
  return employer.accessToken;
}

/** A candidate account with the given profile (PUT /candidates/me); its token, profile id and version. */
export async function candidateWithProfile(stack: BenchStack, email: string, profile: Record<string, unknown>) {
  const user = await api<{ accessToken: string }>(stack, 'POST', '/auth/register', {
    email,
    password: 'bench candidate password',
    role: 'candidate',
  });
  const saved = await api<{ id: string; version: number }>(stack, 'PUT', '/candidates/me', profile, user.accessToken);
  return { token: user.accessToken, profileId: saved.id, version: saved.version };
}

export const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
