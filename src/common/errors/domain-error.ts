import { categoryOf, type ErrorCode, type ErrorCodeOf } from './error-catalogue';
import type { ErrorCategory } from './error-category';

/**
 * Base of every error a service raises on purpose. Services never build HTTP
 * errors; the one exception filter answers the specific `code` with the status
 * of its `category`. The category comes from the error catalogue, so a code
 * cannot answer two statuses. Concrete errors live in `<feature>.errors.ts`
 * (shared ones in common/errors/common.errors.ts), one class per code.
 */
export abstract class DomainError extends Error {
  readonly category: ErrorCategory;

  protected constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
    this.category = categoryOf(code);
  }
}

/**
 * Bases per category: each accepts only the codes of its category (a type error
 * otherwise). Extend them in an errors file, one class per code; services do not
 * throw them directly (error-catalogue.spec checks that).
 */

export class InvalidInputError extends DomainError {
  constructor(message: string, code: ErrorCodeOf<ErrorCategory.InvalidInput>) {
    super(code, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: string, code: ErrorCodeOf<ErrorCategory.Unauthenticated>) {
    super(code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, code: ErrorCodeOf<ErrorCategory.Forbidden>) {
    super(code, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, code: ErrorCodeOf<ErrorCategory.NotFound>) {
    super(code, `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, code: ErrorCodeOf<ErrorCategory.Conflict>) {
    super(code, message);
  }
}

export class InvalidStateError extends DomainError {
  constructor(message: string, code: ErrorCodeOf<ErrorCategory.InvalidState>) {
    super(code, message);
  }
}

export class UnavailableError extends DomainError {
  constructor(message: string, code: ErrorCodeOf<ErrorCategory.SearchUnavailable>) {
    super(code, message);
  }
}
