import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError } from '../common/errors/domain-error';

export class InvitationNotFoundError extends NotFoundError {
  constructor() {
    super('Invitation', 'invitation.not_found');
  }
}

export class AlreadyInvitedError extends ConflictError {
  constructor() {
    super('This candidate is already invited to this offer', 'invitation.already_invited');
  }
}

export class AlreadyAppliedError extends ConflictError {
  constructor() {
    super('You have already applied to this offer', 'application.already_applied');
  }
}

export class InvitationAlreadyAnsweredError extends InvalidStateError {
  constructor(status: string) {
    super(`Only a pending invitation can be answered; this one is ${status}`, 'invitation.already_answered');
  }
}

export class OfferNotPublishedError extends InvalidStateError {
  constructor(status: string) {
    super(`Candidates can only be invited to a published offer; this one is ${status}`, 'invitation.offer_not_published');
  }
}

export class OfferClosedError extends InvalidStateError {
  constructor() {
    super('This offer is closed: a closed offer takes no new applications', 'application.offer_closed');
  }
}

/** A candidate account applying before it has a profile (403, unlike the 404 of reading one's missing profile). */
export class ApplicantProfileRequiredError extends ForbiddenError {
  constructor() {
    super('Create your profile first (PUT /api/v1/candidates/me)', 'application.profile_required');
  }
}

export class ApplicantHiddenByStaffError extends ForbiddenError {
  constructor() {
    super('Your profile is hidden by the agency, so you cannot apply right now; please contact support', 'application.applicant_hidden');
  }
}
