import { ConflictError, ForbiddenError, InvalidInputError, UnauthenticatedError } from '../common/errors/domain-error';

export class EmailTakenError extends ConflictError {
  constructor() {
    super('An account with this e-mail address already exists', 'auth.email_taken');
  }
}

/** Same message for an unknown e-mail and a wrong password: never reveal which accounts exist. */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('Invalid e-mail or password', 'auth.invalid_credentials');
  }
}

export class InvalidTokenError extends UnauthenticatedError {
  constructor() {
    super('Missing, invalid or expired access token', 'auth.unauthenticated');
  }
}

/** The route is marked @Roles(...) for other roles (RolesGuard). */
export class RoleNotAllowedError extends ForbiddenError {
  constructor(roles: readonly string[]) {
    super(`This action is only for ${roles.join(' or ')} accounts`, 'auth.forbidden_role');
  }
}

/** A verification or reset link that is unknown, used already or expired (one answer for all three). */
export class InvalidAccountLinkError extends InvalidInputError {
  constructor() {
    super('token is unknown, already used or expired', 'auth.link_invalid');
  }
}

/** Changing the password needs the current one. */
export class WrongCurrentPasswordError extends InvalidInputError {
  constructor() {
    super('currentPassword is not correct', 'auth.wrong_password');
  }
}
