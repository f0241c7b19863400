import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError } from '../common/errors/domain-error';

export class InvitationNotFoundError extends NotFoundError {
  constructor() {
    super('Invitation');
  }
}

export class InvitingEmployerNotVerifiedError extends ForbiddenError {
  constructor() {
    super('Only a verified employer may invite candidates; your organisation is not verified yet');
  }
}

export class AlreadyInvitedError extends ConflictError {
  constructor() {
    super('This candidate is already invited to this offer');
  }
}

export class AlreadyAppliedError extends ConflictError {
  constructor() {
    super('You have already applied to this offer');
  }
}

export class InvitationAlreadyAnsweredError extends InvalidStateError {
  constructor(status: string) {
    super(`Only a pending invitation can be answered; this one is ${status}`);
  }
}

export class OfferNotPublishedError extends InvalidStateError {
  constructor(status: string) {
    super(`Candidates can only be invited to a published offer; this one is ${status}`);
  }
}

export class OfferClosedError extends InvalidStateError {
  constructor() {
    super('This offer is closed: a closed offer takes no new applications');
  }
}

export class CandidateProfileRequiredError extends ForbiddenError {
  constructor() {
    super('Create your profile first (PUT /api/v1/candidates/me)');
  }
}

export class ApplicantHiddenByStaffError extends ForbiddenError {
  constructor() {
    super('Your profile is hidden by the agency, so you cannot apply right now; please contact support');
  }
}
