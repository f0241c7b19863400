import { DomainError } from '../common/errors/domain-error';
import { ErrorCategory } from '../common/errors/error-category';

export class EmailTakenError extends DomainError {
  constructor() {
    super(ErrorCategory.Conflict, 'An account with this e-mail address already exists');
  }
}

/** Same message for an unknown e-mail and a wrong password: never reveal which accounts exist. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(ErrorCategory.Unauthenticated, 'Invalid e-mail or password');
  }
}

export class InvalidTokenError extends DomainError {
  constructor() {
    super(ErrorCategory.Unauthenticated, 'Missing, invalid or expired access token');
  }
}
