import { setTimeout as sleep } from 'node:timers/promises';
import type { TestApp } from './test-app';
import { registerUser, TestUser } from './users';

/** A complete, valid profile body; override what a test cares about. */
export function profileBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Olena',
    lastName: 'Kovalenko',
    headline: 'Backend developer with five years of Python',
    summary: 'I build web services and data pipelines.',
    countryOfOrigin: 'UA',
    residenceCountry: 'PL',
    degrees: [{ level: 'master', field: 'Computer Science', institution: 'Kyiv Polytechnic Institute', country: 'UA', graduationYear: 2019 }],
    skills: ['Python', 'SQL'],
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'C1' },
      { code: 'de', level: 'B1' },
    ],
    desiredOccupations: ['software developer'],
    preferredCities: ['Dresden', 'Leipzig'],
    openToRemote: true,
    crossBorderCommuter: false,
    availableFrom: '2027-03-01',
    workPermit: 'needs_visa',
    salaryExpectation: { min: 52000, currency: 'EUR' },
    visibility: 'employers',
    ...overrides,
  };
}

/** A candidate with a saved profile; returns the user and the profile answer. */
export async function candidateWithProfile(t: TestApp, overrides: Record<string, unknown> = {}) {
  const user = await registerUser(t, 'candidate');
  const res = await t.http().put('/api/v1/candidates/me').set(user.auth).send(profileBody(overrides));
  if (res.status !== 200) throw new Error(`profile PUT failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { user, profile: res.body as { id: string; version: number } & Record<string, unknown> };
}

/**
 * An employer with the given verification status. The employers module lives
 * on another branch: until it is merged, the status row is written straight
 * into an `employers` table of the shape the candidates module reads
 * (user_id, verification_status), created here when the schema lacks it.
 */
export async function employerWithStatus(t: TestApp, status: 'pending' | 'verified' | 'rejected'): Promise<TestUser> {
  const employer = await registerUser(t, 'employer');
  const [{ present }] = await t.sql<{ present: boolean }>(`SELECT to_regclass('employers') IS NOT NULL AS present`);
  if (!present) {
    await t.sql(`CREATE TABLE IF NOT EXISTS employers (user_id uuid PRIMARY KEY, verification_status varchar(16) NOT NULL)`);
  }
  await t.sql(`INSERT INTO employers (user_id, verification_status) VALUES ($1, $2)`, [employer.id, status]);
  return employer;
}

export const verifiedEmployer = (t: TestApp) => employerWithStatus(t, 'verified');

/** Searches until `until` holds or `timeoutMs` passes; returns the last answer. */
export async function searchUntil(
  t: TestApp,
  auth: Record<string, string>,
  query: Record<string, string | number>,
  until: (body: { items: { id: string }[]; total: number }) => boolean,
  timeoutMs = 1_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http().get('/api/v1/candidates/search').set(auth).query(query);
    if (res.status !== 200) throw new Error(`search failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (until(res.body) || Date.now() > deadline) return res;
    await sleep(50);
  }
}

export const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
