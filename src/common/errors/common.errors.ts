import { DomainError, InvalidInputError, NotFoundError } from './domain-error';

/** Optimistic locking of the versioned resources (employer organisation, job offer, candidate profile). */
export class StaleVersionError extends DomainError {
  constructor(what: string, sentVersion: number) {
    super('version.stale', `${what} was changed by someone else: version ${sentVersion} is not the current version`);
  }
}

/**
 * A rule on the input that the DTO cannot express (a required field sent as
 * null in a PATCH, a reason required only to reject, a bad filter value): the
 * same code as the ValidationPipe's answers, so clients treat both alike.
 */
export class InputValidationError extends InvalidInputError {
  constructor(message: string) {
    super(message, 'validation.failed');
  }
}

/** An id in the path that cannot exist (not a UUID): nothing can be found under it (ParseIdPipe). */
export class MalformedIdError extends NotFoundError {
  constructor() {
    super('Resource', 'resource.not_found');
  }
}
