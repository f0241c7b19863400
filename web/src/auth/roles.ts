import type { Role } from '../api';

/** Where each role starts after signing in. */
export const HOME_OF_ROLE: Record<Role, string> = {
  candidate: '/me/matches',
  employer: '/employer/offers',
  staff: '/staff/moderation',
};

/** Where each role goes after signing up: the first thing a new account needs. */
export const FIRST_STEP_OF_ROLE: Record<Exclude<Role, 'staff'>, string> = {
  candidate: '/me/profile',
  employer: '/employer/organisation',
};

/** A `next` parameter is followed only within the app (never to another site). */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}
