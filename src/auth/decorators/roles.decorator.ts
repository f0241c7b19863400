import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiErrors } from '../../common/http/api-error-responses';
import type { Role } from '../role';

export const ROLES_KEY = 'roles';
/** Only these roles may call the route (403 for the others); documents the 401 and 403 answers too. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiErrors(401, [403, `Only for ${roles.join(' or ')} accounts (or, for them, not allowed here)`]),
  );
