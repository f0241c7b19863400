import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';

/** Someone else's offer (or none): matches are "not found", never "forbidden". */
export class MatchesNotYoursError extends NotFoundError {
  constructor() {
    super('Job offer');
  }
}

export class MatchingEmployerNotVerifiedError extends ForbiddenError {
  constructor() {
    super('Only a verified employer may see the candidates matching an offer; your organisation is not verified yet');
  }
}

export class CandidateProfileRequiredError extends NotFoundError {
  constructor() {
    super('Candidate profile');
  }
}
