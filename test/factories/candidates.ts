import type { TestClient } from '../utils/test-app';
import { registerUser } from './users';

/** A complete, valid profile body; override what a test cares about. */
export function profileBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Olena',
    lastName: 'Kovalenko',
    headline: 'Backend developer with five years of Python',
    summary: 'I build web services and data pipelines.',
    countryOfOrigin: 'UA',
    residenceCountry: 'PL',
    degrees: [
      { level: 'master', field: 'Computer Science', institution: 'Kyiv Polytechnic Institute', country: 'UA', graduationYear: 2019 },
    ],
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

export type TestCandidate = Awaited<ReturnType<typeof candidateWithProfile>>;

/** A candidate with a saved profile; returns the user and the profile answer. */
export async function candidateWithProfile(t: TestClient, overrides: Record<string, unknown> = {}) {
  const user = await registerUser(t, 'candidate');
  const res = await t.http().put('/api/v1/candidates/me').set(user.auth).send(profileBody(overrides));
  if (res.status !== 200) throw new Error(`profile PUT failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { user, profile: res.body as { id: string; version: number } & Record<string, unknown> };
}
