import { ErrorCategory } from './error-category';

/**
 * Base of every error a service raises on purpose. Services never build HTTP
 * errors; the one exception filter turns a code into a status.
 */
export class DomainError extends Error {
  constructor(
    readonly category: ErrorCategory,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCategory.NotFound, `${what} not found`);
  }
}

export class StaleVersionError extends DomainError {
  constructor(what: string, sentVersion: number) {
    super(ErrorCategory.StaleVersion, `${what} was changed by someone else: version ${sentVersion} is not the current version`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCategory.Forbidden, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(ErrorCategory.Conflict, message);
  }
}

export class InvalidStateError extends DomainError {
  constructor(message: string) {
    super(ErrorCategory.InvalidState, message);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string) {
    super(ErrorCategory.InvalidInput, message);
  }
}
