import { findPlace } from '../../src/places/saxon-places';
import type { TestClient } from '../utils/test-app';
import type { TestUser } from './users';

/**
 * A complete, valid offer body; override what a test cares about. The postcode decides an offer's district, so
 * an offer placed in another city gets that municipality's seat postcode unless the test gives one.
 */
export function offerBody(overrides: Record<string, unknown> = {}) {
  const city = typeof overrides.city === 'string' ? overrides.city : 'Dresden';
  return {
    title: 'Python-Entwickler/in (m/w/d)',
    description: 'Backend development for our logistics platform.',
    occupation: 'Softwareentwickler/in',
    requiredSkills: ['Python', 'SQL'],
    optionalSkills: ['Docker'],
    languages: [{ code: 'en', minLevel: 'B2' }],
    city: 'Dresden',
    postalCode: city === 'Dresden' ? '01067' : (findPlace(city)?.postalCode ?? null),
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

/** A draft offer of `employer` (any employer with an organisation may draft); returns the created view. */
export async function draftOffer(t: TestClient, employer: TestUser, overrides: Record<string, unknown> = {}) {
  const created = await t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody(overrides));
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/** Creates, submits and approves an offer; returns the published view. */
export async function publishedOffer(t: TestClient, employer: TestUser, staff: TestUser, overrides: Record<string, unknown> = {}) {
  const created = await draftOffer(t, employer, overrides);
  const submitted = await t.http().post(`/api/v1/job-offers/${created.id}/submit`).set(employer.auth);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approved = await t
    .http()
    .post(`/api/v1/moderation/job-offers/${created.id}/decision`)
    .set(staff.auth)
    .send({ decision: 'approve' });
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body;
}
