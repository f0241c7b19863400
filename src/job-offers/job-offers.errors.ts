import { ForbiddenError, InvalidStateError, NotFoundError } from '../common/errors/domain-error';

export class JobOfferNotFoundError extends NotFoundError {
  constructor() {
    super('Job offer');
  }
}

export class EmployerNotVerifiedError extends ForbiddenError {
  constructor() {
    super('Only a verified employer may submit offers for publication; your organisation is not verified yet');
  }
}

export class JobOfferTransitionError extends InvalidStateError {
  constructor(action: string, status: string) {
    super(`A job offer cannot be ${action} while it is ${status}`);
  }
}
