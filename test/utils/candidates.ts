import { setTimeout as sleep } from 'node:timers/promises';
import type { TestApp } from './test-app';
import { employerWithOrganisation } from '../factories/offers';
import { registerUser, staffUser, TestUser } from './users';

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

/** An employer whose organisation (created through the API) has this verification status (set by a staff decision). */
export async function employerWithStatus(t: TestApp, status: 'pending' | 'verified' | 'rejected', staff?: TestUser): Promise<TestUser> {
  const employer = await employerWithOrganisation(t);
  if (status === 'pending') return employer;
  const decision = status === 'verified' ? { decision: 'verify', reason: 'checked register' } : { decision: 'reject', reason: 'not a company' };
  const res = await t
    .http()
    .post(`/api/v1/moderation/employers/${employer.employerId}/decision`)
    .set((staff ?? (await staffUser(t))).auth)
    .send(decision);
  if (res.status !== 200) throw new Error(`employer decision failed: ${res.status} ${JSON.stringify(res.body)}`);
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
