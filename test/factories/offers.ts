import { registerUser, TestUser } from '../utils/users';
import type { TestApp } from '../utils/test-app';

export const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
export const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

export function employerBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Elbtal Software GmbH',
    website: 'https://elbtal-software.example',
    city: 'Dresden',
    postalCode: '01067',
    industry: 'Software',
    size: '10-49',
    description: 'We build logistics software in Dresden.',
    registrationNumber: 'HRB 12345',
    ...overrides,
  };
}

export function offerBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Python-Entwickler/in (m/w/d)',
    description: 'Backend development for our logistics platform.',
    occupation: 'Softwareentwickler/in',
    requiredSkills: ['Python', 'SQL'],
    optionalSkills: ['Docker'],
    languages: [{ code: 'en', minLevel: 'B2' }],
    city: 'Dresden',
    postalCode: '01067',
    workplace: 'hybrid',
    contractType: 'permanent',
    salary: { min: 48000, max: 62000, currency: 'EUR', period: 'year' },
    visaSponsorship: true,
    relocationSupport: false,
    minDegree: 'bachelor',
    startDate: '2027-03-01',
    ...overrides,
  };
}

/** A fresh employer account with an organisation (pending). */
export async function employerWithOrganisation(t: TestApp, overrides: Record<string, unknown> = {}): Promise<TestUser & { employerId: string }> {
  const user = await registerUser(t, 'employer');
  const res = await t.http().put('/api/v1/employers/me').set(user.auth).send(employerBody(overrides));
  if (res.status !== 200) throw new Error(`PUT employers/me failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...user, employerId: res.body.id };
}

/** A fresh employer whose organisation staff has verified. */
export async function verifiedEmployer(t: TestApp, staff: TestUser, overrides: Record<string, unknown> = {}) {
  const employer = await employerWithOrganisation(t, overrides);
  const res = await t.http().post(`/api/v1/moderation/employers/${employer.employerId}/decision`).set(staff.auth).send({ decision: 'verify' });
  if (res.status !== 200) throw new Error(`verify failed: ${res.status} ${JSON.stringify(res.body)}`);
  return employer;
}

/** Creates, submits and approves an offer; returns the published view. */
export async function publishedOffer(t: TestApp, employer: TestUser, staff: TestUser, overrides: Record<string, unknown> = {}) {
  const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody(overrides));
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await t.http().post(`/api/v1/job-offers/${created.body.id}/submit`).set(employer.auth);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approved = await t.http().post(`/api/v1/moderation/job-offers/${created.body.id}/decision`).set(staff.auth).send({ decision: 'approve' });
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body;
}
