import { InvalidStateError, NotFoundError } from '../common/errors/domain-error';

/** Also the answer for someone else's offer: never tell "exists, not yours" from "does not exist". */
export class JobOfferNotFoundError extends NotFoundError {
  constructor() {
    super('Job offer', 'job_offer.not_found');
  }
}

export class JobOfferTransitionError extends InvalidStateError {
  constructor(action: string, status: string) {
    super(`A job offer cannot be ${action} while it is ${status}`, 'job_offer.invalid_transition');
  }
}

/** Staff approving an offer whose employer lost (or never had) verification. */
export class OfferEmployerNotVerifiedError extends InvalidStateError {
  constructor() {
    super('The offer cannot be published: its employer is not verified (any more)', 'job_offer.employer_not_verified');
  }
}
