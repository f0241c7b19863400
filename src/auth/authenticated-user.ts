import type { Role } from './role';

/** Who is calling: attached to the request by the access-token guard. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
}

/** The access token of the request (attached next to the user by the guard): what signing out revokes. */
export interface SessionToken {
  tokenId: string;
  expiresAt: Date;
}
