import { ForbiddenError, InvalidStateError, NotFoundError } from '../common/errors/domain-error';

export class EmployerNotFoundError extends NotFoundError {
  constructor() {
    super('Employer organisation', 'employer.not_found');
  }
}

/** An employer account without an organisation yet (needed before creating offers). */
export class EmployerOrganisationRequiredError extends ForbiddenError {
  constructor() {
    super('Create your organisation first (PUT /api/v1/employers/me)', 'employer.organisation_required');
  }
}

/**
 * The one "your organisation is not verified" answer of every feature that
 * needs a verified employer; `action` says what was refused, e.g.
 * "invite candidates" → "Only a verified employer may invite candidates; …".
 */
export class EmployerNotVerifiedError extends ForbiddenError {
  constructor(action: string) {
    super(`Only a verified employer may ${action}; your organisation is not verified yet`, 'employer.not_verified');
  }
}

/** Staff decisions apply to organisations waiting for verification (and revoking a verified one). */
export class EmployerNotPendingError extends InvalidStateError {
  constructor(decision: 'verify' | 'reject', status: string) {
    super(`Only a pending organisation can be ${decision === 'verify' ? 'verified' : 'rejected'}; this one is ${status}`, 'employer.not_pending');
  }
}
