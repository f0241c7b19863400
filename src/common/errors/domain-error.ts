import { ErrorCode } from './error-code';

/**
 * Base of every error a service raises on purpose. Services never build HTTP
 * errors; the one exception filter turns a code into a status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NotFound, `${what} not found`);
  }
}

export class StaleVersionError extends DomainError {
  constructor(what: string, sentVersion: number) {
    super(ErrorCode.StaleVersion, `${what} was changed by someone else: version ${sentVersion} is not the current version`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.Forbidden, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.Conflict, message);
  }
}

export class InvalidStateError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.InvalidState, message);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.InvalidInput, message);
  }
}
