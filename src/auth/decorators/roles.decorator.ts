import { SetMetadata } from '@nestjs/common';
import type { Role } from '../role';

export const ROLES_KEY = 'roles';
/** Only these roles may call the route (403 for the others). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
