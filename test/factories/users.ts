import { randomBytes } from 'node:crypto';
import { PasswordHasher } from '../../src/auth/password-hasher';
import type { TestClient } from '../utils/test-app';

export interface TestUser {
  id: string;
  email: string;
  role: 'candidate' | 'employer' | 'staff';
  password: string;
  token: string;
  auth: { Authorization: string };
}

export const uniqueEmail = (label = 'user') => `${label}.${randomBytes(5).toString('hex')}@example.org`;

/** Signs up a fresh user through the public API. */
export async function registerUser(t: TestClient, role: 'candidate' | 'employer', email = uniqueEmail(role)): Promise<TestUser> {
  const password = 'correct horse battery staple';
  const res = await t.http().post('/api/v1/auth/register').send({ email, password, role });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body.user, password, token: res.body.accessToken, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
}

/** A staff account (staff cannot sign up): created directly, then logged in through the API. */
export async function staffUser(t: TestClient): Promise<TestUser> {
  const email = uniqueEmail('staff');
  const password = 'staff password 0123456789';
  const hash = await new PasswordHasher().hash(password);
  await t.sql(`INSERT INTO users (email, role, password_hash) VALUES ($1, 'staff', $2)`, [email, hash]);
  const res = await t.http().post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`staff login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body.user, password, token: res.body.accessToken, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
}
