import type { TestClient } from '../utils/test-app';
import { registerUser, staffUser, type TestUser } from './users';

export type TestEmployer = TestUser & { employerId: string };

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

/** A fresh employer account with an organisation (created through the API: pending). */
export async function employerWithOrganisation(t: TestClient, overrides: Record<string, unknown> = {}): Promise<TestEmployer> {
  const user = await registerUser(t, 'employer');
  const res = await t.http().put('/api/v1/employers/me').set(user.auth).send(employerBody(overrides));
  if (res.status !== 200) throw new Error(`PUT employers/me failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...user, employerId: res.body.id };
}

/**
 * A fresh employer whose organisation has this verification status, set by a
 * staff decision through the API (by `staff`, or by a staff account made for it).
 */
export async function employerWithStatus(
  t: TestClient,
  status: 'pending' | 'verified' | 'rejected',
  staff?: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<TestEmployer> {
  const employer = await employerWithOrganisation(t, overrides);
  if (status === 'pending') return employer;
  const decision = status === 'verified' ? { decision: 'verify' } : { decision: 'reject', reason: 'not a company' };
  const res = await t
    .http()
    .post(`/api/v1/moderation/employers/${employer.employerId}/decision`)
    .set((staff ?? (await staffUser(t))).auth)
    .send(decision);
  if (res.status !== 200) throw new Error(`employer decision (${decision.decision}) failed: ${res.status} ${JSON.stringify(res.body)}`);
  return employer;
}

/** A fresh employer whose organisation staff has verified: the one helper every suite uses. */
export const verifiedEmployer = (t: TestClient, staff?: TestUser, overrides: Record<string, unknown> = {}) =>
  employerWithStatus(t, 'verified', staff, overrides);
