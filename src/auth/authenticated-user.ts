import type { Role } from './role';

/** Who is calling: attached to the request by the access-token guard. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
}
