import type { INestApplicationContext } from '@nestjs/common';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { PasswordHasher } from '../../auth/password-hasher';
import { UsersRepository } from '../../auth/users.repository';

/** DEMO ONLY: every seeded account of a role shares this password. Never use the seed on a real installation. */
export const SEED_PASSWORDS = {
  employer: 'demo-employer-2026!',
  candidate: 'demo-candidate-2026!',
  staff: 'demo-staff-2026!',
} as const;
export const SEED_DOMAIN = 'talentbridge.example';
export const SEED_MARKER_EMAIL = `seed-employer-01@${SEED_DOMAIN}`;
export const DEMO_STAFF_EMAIL = `staff@${SEED_DOMAIN}`;
/** Every seeded employer and candidate account (not the staff account), as a LIKE pattern. */
export const SEED_ACCOUNTS_PATTERN = `seed-%@${SEED_DOMAIN}`;

export const seedEmployerEmail = (i: number): string => `seed-employer-${String(i + 1).padStart(2, '0')}@${SEED_DOMAIN}`;
export const seedCandidateEmail = (i: number): string => `seed-candidate-${String(i + 1).padStart(3, '0')}@${SEED_DOMAIN}`;

export interface SeedLogin {
  role: 'employer' | 'candidate' | 'staff';
  email: string;
  password: string;
}

/** The configured staff account, or the demo one (created with the demo password if missing). */
export async function staffAccount(
  app: INestApplicationContext,
  configured: { email: string; password: string } | undefined,
): Promise<{ user: AuthenticatedUser; login: SeedLogin }> {
  const users = app.get(UsersRepository);
  const email = (configured?.email ?? DEMO_STAFF_EMAIL).trim().toLowerCase();
  const password = configured?.password ?? SEED_PASSWORDS.staff;
  let row = await users.findByEmail(email);
  if (!row) {
    await users.create({ email, role: 'staff', passwordHash: await app.get(PasswordHasher).hash(password), emailVerifiedAt: new Date() });
    row = await users.findByEmail(email);
  }
  if (!row || row.role !== 'staff') throw new Error(`${email} exists but is not a staff account`);
  return { user: { id: row.id, email: row.email, role: 'staff' }, login: { role: 'staff', email, password } };
}
